// shops: where the data comes from. Owns `sources`.
import type { DB } from '../../db/connection';
import type { SourceRow } from '../../contract/api';
import type { SourceIn } from '../imports/import-set';
import { isoSeconds, type Clock } from '../../platform/clock';
import { AppError } from '../../contract/errors';

const DEFAULT_IDENTITY: Record<string, string> = { shopify: 'shopify', woocommerce: 'woocommerce' };

/**
 * Finds or creates the source. What the import does not know (null) is left as the source has it,
 * so a partial export never wipes a shop's time zone or name. Files that do not say which shop they
 * come from belong to the workspace's only shop of that kind; with several, the import must say.
 */
export function ensureSource(db: DB, s: SourceIn, clock: Clock): number {
  let externalId = s.externalId;
  if (externalId === null) {
    const candidates = db.prepare('SELECT external_id FROM sources WHERE kind = ?').pluck().all(s.kind) as string[];
    if (candidates.length > 1) {
      throw new AppError('bad_input', `these files do not say which ${s.kind} shop they come from, and the workspace has ${candidates.length} (${candidates.join(', ')}); import them together with the shop's shop.json or an order that names its domain`);
    }
    externalId = candidates[0] ?? DEFAULT_IDENTITY[s.kind] ?? s.kind;
  }
  const row = db.prepare('SELECT id FROM sources WHERE kind = ? AND external_id = ?').get(s.kind, externalId) as { id: number } | undefined;
  if (row) {
    db.prepare(
      `UPDATE sources SET name = COALESCE(@name, name), currency = COALESCE(@currency, currency), timezone = COALESCE(@timezone, timezone)
        WHERE id = @id AND (COALESCE(@name, name), COALESCE(@currency, currency), COALESCE(@timezone, timezone)) IS NOT (name, currency, timezone)`,
    ).run({ id: row.id, name: s.name, currency: s.currency, timezone: s.timezone });
    return row.id;
  }
  return Number(
    db
      .prepare('INSERT INTO sources (kind, external_id, name, currency, timezone, created_at) VALUES (?, ?, ?, ?, ?, ?)')
      .run(s.kind, externalId, s.name ?? externalId, s.currency, s.timezone ?? 'UTC', isoSeconds(clock())).lastInsertRowid,
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
