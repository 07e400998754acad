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
}

/**
 * Upserts rows of one table by a natural key (normally source_id + external_id), the one
 * mechanism every import shares. Existing keys are read once per scope, so a first import is
 * pure inserts; a row that already exists is compared column by column and rewritten only when
 * something changed, which is what makes a re-import write nothing and lets the caller audit
 * exactly what changed. Table and column names come from module code, never from input.
 */
export class Upserter {
  readonly tally: Tally = { inserted: 0, updated: 0, unchanged: 0 };
  private readonly known = new Map<string, number>();
  private readonly loadedScopes = new Set<string | number>();
  private readonly insertStmt;
  private readonly selectStmt;
  private readonly updateStmt;
  private readonly loadStmt;
  private readonly valueColumns: string[];

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
  ) {
    const created = stamps.created ?? [];
    const touched = stamps.touched ?? [];
    const all = [...key, ...columns, ...created, ...touched];
    this.valueColumns = [...columns];
    this.insertStmt = db.prepare(`INSERT INTO ${table} (${all.join(', ')}) VALUES (${all.map(() => '?').join(', ')})`);
    this.selectStmt = db.prepare(`SELECT ${columns.join(', ')} FROM ${table} WHERE id = ?`);
    this.updateStmt = db.prepare(`UPDATE ${table} SET ${[...columns, ...touched].map((c) => `${c} = ?`).join(', ')} WHERE id = ?`);
    this.loadStmt = db.prepare(`SELECT ${key[1]} AS k, id FROM ${table} WHERE ${key[0]} = ?`).raw(true);
  }

  private load(scope: string | number) {
    if (this.loadedScopes.has(scope)) return;
    for (const [k, id] of this.loadStmt.iterate(scope) as Iterable<[string, number]>) this.known.set(`${scope}\u0000${k}`, id);
    this.loadedScopes.add(scope);
  }

  /** The id of an existing row, without writing. */
  idOf(scope: string | number, key: string): number | undefined {
    this.load(scope);
    return this.known.get(`${scope}\u0000${key}`);
  }

  upsert(scope: string | number, key: string, row: Row, now: string | null = null): UpsertResult {
    this.load(scope);
    const mapKey = `${scope}\u0000${key}`;
    const existing = this.known.get(mapKey);
    const values = this.valueColumns.map((c) => {
      const v = row[c];
      return v === undefined ? null : v;
    });
    if (existing === undefined) {
      const stampValues = [...(this.stamps.created ?? []), ...(this.stamps.touched ?? [])].map(() => now);
      const id = Number(this.insertStmt.run(scope, key, ...values, ...stampValues).lastInsertRowid);
      this.known.set(mapKey, id);
      this.tally.inserted++;
      return { id, outcome: 'inserted' };
    }
    const current = this.selectStmt.get(existing) as Row;
    let changes: Record<string, [unknown, unknown]> | undefined;
    this.valueColumns.forEach((c, i) => {
      if (current[c] !== values[i]) (changes ??= {})[c] = [current[c], values[i]];
    });
    if (!changes) {
      this.tally.unchanged++;
      return { id: existing, outcome: 'unchanged' };
    }
    this.updateStmt.run(...values, ...(this.stamps.touched ?? []).map(() => now), existing);
    this.tally.updated++;
    return { id: existing, outcome: 'updated', changes };
  }
}
