// What a merchant types should find what the data holds, whatever the accents and the case:
// "São Paulo" finds Olist's "sao paulo", "JOSE" finds "José". Both sides are folded the same way:
// lower case, then canonical decomposition (NFD) with the combining marks dropped.
//
// SQLite's LIKE already ignores the case of ASCII letters, so a stored value that is plain ASCII
// is compared as it is, natively; only a value that holds other characters (its length in bytes
// differs from its length in characters) goes through the folding function registered on the
// connection. Most stored text is ASCII, so search stays about as fast as a plain LIKE.
import type { DB } from './connection';
import { join, likeContains, raw, sql, type Sql } from './sql';

/** The name of the SQL function that folds a text (registered on every connection). */
export const FOLD_FUNCTION = 'ch_fold';

/** Lower case, accents and other combining marks removed: "São PAULO" -> "sao paulo". */
export function foldText(text: string): string {
  return text.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
}

export function registerSearchFunctions(db: DB): void {
  db.function(FOLD_FUNCTION, { deterministic: true }, (v: unknown) => (typeof v === 'string' ? foldText(v) : v));
}

export interface SearchColumns {
  /** text people write (names, places, titles): may hold accents */
  text?: string[];
  /** codes (ids, e-mails, SKUs): plain ASCII, compared without the folding function */
  codes?: string[];
}

/**
 * Any of the columns (SQL expressions written in code, never input) contains `query`, compared
 * folded. Returns a parenthesised fragment; no columns match nothing.
 */
export function textMatches(query: string, columns: SearchColumns): Sql {
  const like = likeContains(foldText(query));
  const parts = [
    ...(columns.codes ?? []).map((c) => sql`${raw(c)} LIKE ${like} ESCAPE '\\'`),
    ...(columns.text ?? []).map((c) => {
      const col = raw(c);
      // octet_length > length: the text holds a character beyond ASCII, so fold it first
      return sql`(${col} LIKE ${like} ESCAPE '\\' OR (length(${col}) < octet_length(${col}) AND ${raw(FOLD_FUNCTION)}(${col}) LIKE ${like} ESCAPE '\\'))`;
    }),
  ];
  return parts.length ? sql`(${join(parts, ' OR ')})` : raw('0');
}
