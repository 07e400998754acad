import type { DB } from './connection';

export type Outcome = 'inserted' | 'updated' | 'unchanged';
export type Row = Record<string, string | number | null>;

export interface UpsertResult {
  id: number;
  outcome: Outcome;
  /** for updates: the columns that changed, old and new */
  changes?: Record<string, [unknown, unknown]>;
}

export interface Tally {
  inserted: number;
  updated: number;
  unchanged: number;
  /** rows an export no longer has (an order's lines, a refund's lines): removed */
  removed: number;
}

/**
 * Upserts rows of one table by a natural key (normally source_id + external_id), the one
 * mechanism every import shares. Existing keys are read once per scope, so a first import is
 * pure inserts; a row that already exists is compared column by column and rewritten only when
 * something changed, which is what makes a re-import write nothing and lets the caller audit
 * exactly what changed. Table and column names come from module code, never from input.
 */
export class Upserter {
  readonly tally: Tally = { inserted: 0, updated: 0, unchanged: 0, removed: 0 };
  /** scope -> key -> id of every row that exists */
  private readonly known = new Map<string | number, Map<string, number>>();
  private readonly stampCount: number;
  private readonly insertStmt;
  private readonly selectStmt;
  private readonly updateStmt;
  private readonly loadStmt;
  private readonly quietStmt;
  private readonly deleteStmt;
  private readonly valueColumns: string[];
  private readonly quiet: Set<string>;

  constructor(
    private readonly db: DB,
    private readonly table: string,
    /** [scope column, key column]: the key is unique within the scope */
    private readonly key: [string, string],
    private readonly columns: readonly string[],
    /**
     * Time stamps, not compared: `created` columns are set on insert only, `touched` columns on
     * insert and whenever a compared column changes.
     */
    private readonly stamps: { created?: string[]; touched?: string[] } = {},
    /**
     * Columns kept current but not counted as a change when only they differ (a line's position
     * on its order: rows of an export moving about change no line).
     */
    quiet: readonly string[] = [],
  ) {
    const created = stamps.created ?? [];
    const touched = stamps.touched ?? [];
    const all = [...key, ...columns, ...created, ...touched];
    this.valueColumns = [...columns];
    this.quiet = new Set(quiet);
    this.quietStmt = quiet.length ? db.prepare(`UPDATE ${table} SET ${quiet.map((c) => `${c} = ?`).join(', ')} WHERE id = ?`) : null;
    this.deleteStmt = db.prepare(`DELETE FROM ${table} WHERE id = ?`);
    this.stampCount = created.length + touched.length;
    this.insertStmt = db.prepare(`INSERT INTO ${table} (${all.join(', ')}) VALUES (${all.map(() => '?').join(', ')})`);
    this.selectStmt = db.prepare(`SELECT ${columns.join(', ')} FROM ${table} WHERE id = ?`);
    this.updateStmt = db.prepare(`UPDATE ${table} SET ${[...columns, ...touched].map((c) => `${c} = ?`).join(', ')} WHERE id = ?`);
    this.loadStmt = db.prepare(`SELECT ${key[1]} AS k, id FROM ${table} WHERE ${key[0]} = ?`).raw(true);
  }

  private ids(scope: string | number): Map<string, number> {
    let ids = this.known.get(scope);
    if (!ids) {
      ids = new Map();
      for (const [k, id] of this.loadStmt.iterate(scope) as Iterable<[string, number]>) ids.set(k, id);
      this.known.set(scope, ids);
    }
    return ids;
  }

  /** The id of an existing row, without writing. */
  idOf(scope: string | number, key: string): number | undefined {
    return this.ids(scope).get(key);
  }

  upsert(scope: string | number, key: string, row: Row, now: string | null = null): UpsertResult {
    const ids = this.ids(scope);
    const existing = ids.get(key);
    const cols = this.valueColumns;
    // one flat parameter array: [scope, key, ...values, ...stamps]
    const params = new Array<unknown>(cols.length + 2 + this.stampCount);
    params[0] = scope;
    params[1] = key;
    for (let i = 0; i < cols.length; i++) {
      const v = row[cols[i]];
      params[i + 2] = v === undefined ? null : v;
    }
    if (existing === undefined) {
      for (let i = cols.length + 2; i < params.length; i++) params[i] = now;
      const id = Number(this.insertStmt.run(params).lastInsertRowid);
      ids.set(key, id);
      this.tally.inserted++;
      return { id, outcome: 'inserted' };
    }
    const values = params.slice(2, cols.length + 2);
    const current = this.selectStmt.get(existing) as Row;
    let changes: Record<string, [unknown, unknown]> | undefined;
    let quietChange = false;
    this.valueColumns.forEach((c, i) => {
      if (current[c] === values[i]) return;
      if (this.quiet.has(c)) quietChange = true;
      else (changes ??= {})[c] = [current[c], values[i]];
    });
    if (!changes) {
      if (quietChange) this.quietStmt!.run(...[...this.quiet].map((c) => values[cols.indexOf(c)]), existing);
      this.tally.unchanged++;
      return { id: existing, outcome: 'unchanged' };
    }
    this.updateStmt.run(...values, ...(this.stamps.touched ?? []).map(() => now), existing);
    this.tally.updated++;
    return { id: existing, outcome: 'updated', changes };
  }

  /** Removes an existing row (one an export no longer has), counted in the tally. */
  remove(scope: string | number, key: string): void {
    const ids = this.ids(scope);
    const id = ids.get(key);
    if (id === undefined) return;
    this.deleteStmt.run(id);
    ids.delete(key);
    this.tally.removed++;
  }
}
