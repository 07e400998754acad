// shops: where the data comes from. Owns `sources`.
import type { DB } from '../../db/connection';
import type { SourceRow } from '../../contract/api';
import type { SourceIn } from '../imports/import-set';
import { isoSeconds, type Clock } from '../../platform/clock';

/** Finds or creates the source; its name, currency and zone follow the latest import. */
export function ensureSource(db: DB, s: SourceIn, clock: Clock): number {
  const row = db.prepare('SELECT id FROM sources WHERE kind = ? AND external_id = ?').get(s.kind, s.externalId) as { id: number } | undefined;
  if (row) {
    db.prepare('UPDATE sources SET name = ?, currency = ?, timezone = ? WHERE id = ? AND (name, currency, timezone) IS NOT (?, ?, ?)').run(
      s.name, s.currency, s.timezone, row.id, s.name, s.currency, s.timezone,
    );
    return row.id;
  }
  return Number(
    db
      .prepare('INSERT INTO sources (kind, external_id, name, currency, timezone, created_at) VALUES (?, ?, ?, ?, ?, ?)')
      .run(s.kind, s.externalId, s.name, s.currency, s.timezone, isoSeconds(clock())).lastInsertRowid,
  );
}

export function listSources(db: DB): SourceRow[] {
  return db
    .prepare(
      `SELECT s.id, s.kind, s.name, s.external_id AS externalId, s.currency,
              (SELECT COUNT(*) FROM orders o WHERE o.source_id = s.id) AS orders
         FROM sources s ORDER BY s.id`,
    )
    .all() as SourceRow[];
}

export function sourceTimezone(db: DB, sourceId: number): string {
  return (db.prepare('SELECT timezone FROM sources WHERE id = ?').pluck().get(sourceId) as string | undefined) ?? 'UTC';
}
