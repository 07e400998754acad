import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import type { Sql } from './sql';
import { assertKnownSchema, migrate } from './migrate';
import { AppError } from '../contract/errors';
import { registerSearchFunctions } from './search';

export type DB = Database.Database;

export interface OpenOptions {
  /** skip migrations (a read-only look at a file another process is migrating) */
  readonly?: boolean;
  /** where to put the copy taken before a migration; defaults beside the file */
  backupDir?: string;
}

/**
 * Opens (creating if needed) a workspace database: WAL so the UI keeps reading while a job
 * writes, foreign keys on, a busy timeout so a second writer waits instead of failing, and
 * synchronous=FULL because a committed import or a user's edit must survive a power cut.
 */
export function openDatabase(file: string, options: OpenOptions = {}): DB {
  if (file !== ':memory:') {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    // said with the path, before SQLite's own words ("unable to open database file") could stand for it
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) throw new AppError('bad_request', `${file}: is a folder, not a workspace file`);
  }
  const db = new Database(file, { readonly: options.readonly ?? false });
  try {
    db.pragma('busy_timeout = 10000');
    assertKnownSchema(db);
  } catch (e) {
    db.close();
    if ((e as { code?: string }).code === 'SQLITE_NOTADB') throw new AppError('bad_request', `${file}: is not a Counting House workspace (not an SQLite file)`);
    throw e;
  }
  if (!options.readonly) {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
  }
  db.pragma('foreign_keys = ON');
  // accent- and case-insensitive search (see search.ts)
  registerSearchFunctions(db);
  // 64 MiB page cache: imports insert into many indexes keyed by random ids
  db.pragma('cache_size = -65536');
  if (!options.readonly) migrate(db, { file, backupDir: options.backupDir });
  return db;
}

export function all<T>(db: DB, q: Sql): T[] {
  return db.prepare(q.text).all(...q.values) as T[];
}

export function one<T>(db: DB, q: Sql): T | undefined {
  return db.prepare(q.text).get(...q.values) as T | undefined;
}

export function run(db: DB, q: Sql): Database.RunResult {
  return db.prepare(q.text).run(...q.values);
}
