// Raw SQL through a tagged template: every interpolated value becomes a `?` parameter, so
// building a query from user input can never splice that input into the SQL text. Identifiers
// (sort columns) go through `ident`, which only accepts names from an allowlist the caller owns.
export interface Sql {
  readonly text: string;
  readonly values: unknown[];
}

class Fragment implements Sql {
  constructor(
    readonly text: string,
    readonly values: unknown[],
  ) {}
}

export function sql(strings: TemplateStringsArray, ...params: unknown[]): Sql {
  let text = strings[0];
  const values: unknown[] = [];
  params.forEach((p, i) => {
    if (p instanceof Fragment) {
      text += p.text;
      values.push(...p.values);
    } else {
      text += '?';
      values.push(p);
    }
    text += strings[i + 1];
  });
  return new Fragment(text, values);
}

/** Joins fragments with a separator (" AND ", ", "). An empty list gives an empty fragment. */
export function join(parts: Sql[], separator: string): Sql {
  return new Fragment(
    parts.map((p) => p.text).join(separator),
    parts.flatMap((p) => p.values),
  );
}

export const empty: Sql = new Fragment('', []);

/** SQL text written in code (a constant list of words). Never pass input through this. */
export function raw(text: string): Sql {
  return new Fragment(text, []);
}

/** A column or direction chosen from the caller's allowlist (never from raw input). */
export function ident<T extends string>(name: string, allowed: Record<T, string>): Sql {
  if (!Object.prototype.hasOwnProperty.call(allowed, name)) throw new Error(`"${name}" is not an allowed identifier`);
  return new Fragment(allowed[name as T], []);
}

/**
 * The ORDER BY terms of a sort chosen from the caller's allowlist. A sort listed in `currencyFirst`
 * (an amount) is ordered by that currency expression first (A to Z, a mixed-currency row last), then
 * by the amount in the chosen direction: amounts in two currencies are not comparable numbers.
 */
export function orderBy<T extends string>(name: string, allowed: Record<T, string>, dir: 'asc' | 'desc', currencyFirst: Partial<Record<T, string>> = {}): Sql {
  const col = ident(name, allowed);
  const cur = Object.prototype.hasOwnProperty.call(currencyFirst, name) ? currencyFirst[name as T] : undefined;
  const d = direction(dir);
  return cur ? new Fragment(`${cur} IS NULL, ${cur}, ${col.text} ${d.text}`, []) : new Fragment(`${col.text} ${d.text}`, []);
}

export function direction(dir: 'asc' | 'desc'): Sql {
  return new Fragment(dir === 'asc' ? 'ASC' : 'DESC', []);
}

/** Escapes LIKE wildcards so a search for "50%" matches the text "50%". Use with ESCAPE '\'. */
export function likeContains(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
