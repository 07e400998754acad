import path from 'node:path';
import fs from 'node:fs';
import type Database from 'better-sqlite3';
import { migrations, type Migration } from './migrations';

/** A workspace from a newer version is refused before anything touches it. */
export function assertKnownSchema(db: Database.Database): void {
  const version = db.pragma('user_version', { simple: true }) as number;
  const latest = latestSchemaVersion();
  if (version > latest) {
    throw new Error(`this workspace was written by a newer version of Counting House (schema ${version}, this version knows ${latest})`);
  }
}

/**
 * Forward-only numbered migrations tracked by PRAGMA user_version. Each runs in its own
 * transaction with the version bump, so a crash mid-migration leaves the previous version intact.
 * An existing workspace is copied (VACUUM INTO) before its first pending migration runs.
 */
export function migrate(
  db: Database.Database,
  opts: { file: string; backupDir?: string },
  list: Migration[] = migrations,
): { from: number; to: number; backup: string | null } {
  const from = db.pragma('user_version', { simple: true }) as number;
  const latest = list[list.length - 1].version;
  if (from > latest) throw new Error(`this workspace was written by a newer version of Counting House (schema ${from}, this version knows ${latest})`);
  let backup: string | null = null;
  if (from > 0 && from < latest && opts.file !== ':memory:') {
    const dir = opts.backupDir ?? path.dirname(opts.file);
    fs.mkdirSync(dir, { recursive: true });
    backup = path.join(dir, `${path.basename(opts.file)}.schema-${from}.${Date.now()}.bak`);
    db.prepare('VACUUM INTO ?').run(backup);
  }
  for (const m of list) {
    if (m.version <= from) continue;
    // IMMEDIATE takes the write lock before the version is read again: another process that
    // opened the same file at the same moment has either migrated already (and this skips)
    // or waits here until this one has (busy timeout), never both running the same migration
    db.transaction(() => {
      const current = db.pragma('user_version', { simple: true }) as number;
      if (current >= m.version) return;
      db.exec(m.sql);
      db.pragma(`user_version = ${m.version}`);
    }).immediate();
  }
  return { from, to: latest, backup };
}

export function latestSchemaVersion(): number {
  return migrations[migrations.length - 1].version;
}
