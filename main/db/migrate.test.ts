import fs from 'node:fs';
import path from 'node:path';
import { spawn } from 'node:child_process';
import Database from 'better-sqlite3';
import { describe, expect, test } from 'vitest';
import { repoRoot, tempDir } from '../testing/fixtures';
import { openDatabase } from './connection';
import { migrations } from './migrations';
import { migrate } from './migrate';

describe('database', () => {
  test('a new workspace is migrated to the latest schema, in WAL mode, with foreign keys on, all tables STRICT', () => {
    const file = path.join(tempDir(), 'w.sqlite');
    const db = openDatabase(file);
    expect(db.pragma('user_version', { simple: true })).toBe(migrations.at(-1)!.version);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    const tables = db.prepare("SELECT name, strict FROM pragma_table_list WHERE schema = 'main' AND type = 'table' AND name NOT LIKE 'sqlite_%'").all() as { name: string; strict: number }[];
    expect(tables.length).toBeGreaterThan(15);
    expect(tables.filter((t) => t.strict !== 1)).toEqual([]);
    db.close();
  });

  test('refuses a workspace written by a newer version, and leaves it untouched', () => {
    const file = path.join(tempDir(), 'w.sqlite');
    const raw = new Database(file);
    raw.pragma('user_version = 999');
    raw.close();
    const before = fs.readFileSync(file);
    expect(() => openDatabase(file)).toThrow(/newer version of Counting House \(schema 999/);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  test('money columns refuse text and floats (STRICT)', () => {
    const db = openDatabase(':memory:');
    db.prepare("INSERT INTO sources (kind, external_id, name, timezone, created_at) VALUES ('x', 'x', 'x', 'UTC', 'now')").run();
    const insert = (total: unknown) =>
      db.prepare("INSERT INTO orders (source_id, external_id, status, currency, total_minor, imported_at, updated_at) VALUES (1, ?, 'open', 'EUR', ?, 'now', 'now')").run(String(Math.random()), total);
    expect(() => insert(12.5)).toThrow(/INTEGER/);
    expect(() => insert('12.50')).toThrow(/INTEGER/);
    expect(() => insert(1250)).not.toThrow();
  });

  test('a workspace that kept its job journal inside moves to job outcomes, and imports into it work', () => {
    const file = path.join(tempDir(), 'w.sqlite');
    const old = new Database(file);
    migrate(old, { file }, migrations.slice(0, 2));
    old.exec("CREATE TABLE jobs (id INTEGER PRIMARY KEY, kind TEXT NOT NULL) STRICT; INSERT INTO jobs (kind) VALUES ('import');");
    old.exec('DROP TABLE job_outcomes');
    old.close();
    const db = openDatabase(file);
    const tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name IN ('jobs', 'job_outcomes')").pluck().all();
    expect(tables).toEqual(['job_outcomes']);
    db.close();
  });

  test('an existing workspace is copied before a pending migration runs', () => {
    const dir = tempDir();
    const file = path.join(dir, 'w.sqlite');
    const db = new Database(file);
    const v1 = [{ version: 1, name: 'one', sql: 'CREATE TABLE a (x INTEGER) STRICT;' }];
    expect(migrate(db, { file }, v1)).toEqual({ from: 0, to: 1, backup: null });
    db.prepare('INSERT INTO a VALUES (42)').run();
    const r = migrate(db, { file, backupDir: path.join(dir, 'backups') }, [...v1, { version: 2, name: 'two', sql: 'ALTER TABLE a ADD COLUMN y TEXT;' }]);
    expect(r.from).toBe(1);
    expect(r.backup).toMatch(/backups\/w\.sqlite\.schema-1\.\d+\.bak$/);
    const copy = new Database(r.backup!, { readonly: true });
    expect([copy.pragma('user_version', { simple: true }), copy.prepare('SELECT x FROM a').pluck().get()]).toEqual([1, 42]);
    copy.close();
    expect(db.pragma('user_version', { simple: true })).toBe(2);
    db.close();
  });

  test('a process that opens a new workspace while another is creating it waits, then finds it migrated', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'w.sqlite');
    const latest = migrations.at(-1)!.version;
    // a second process runs every migration in one IMMEDIATE transaction and holds it open for a while
    const script = path.join(dir, 'creator.mjs');
    fs.writeFileSync(
      script,
      `import { createRequire } from 'node:module';
       const [root, file, sqlFile, version] = process.argv.slice(2);
       const Database = createRequire(root + '/package.json')('better-sqlite3');
       const db = new Database(file);
       db.pragma('journal_mode = WAL');
       db.exec('BEGIN IMMEDIATE');
       db.exec((await import('node:fs')).readFileSync(sqlFile, 'utf8'));
       db.pragma('user_version = ' + version);
       process.stdout.write('holding\\n');
       setTimeout(() => { db.exec('COMMIT'); db.close(); }, 700);`,
    );
    const sqlFile = path.join(dir, 'all.sql');
    fs.writeFileSync(sqlFile, migrations.map((m) => m.sql).join('\n'));
    const child = spawn(process.execPath, [script, repoRoot, file, sqlFile, String(latest)], { stdio: ['ignore', 'pipe', 'inherit'] });
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (d: Buffer) => d.toString().includes('holding') && resolve());
      child.on('exit', (code) => reject(new Error(`the creating process ended first (${code})`)));
    });
    // this process read user_version 0 before the other committed; it must not run migration 1 again
    const started = Date.now();
    const db = openDatabase(file);
    expect(Date.now() - started).toBeGreaterThan(300); // it waited for the other's write lock
    expect(db.pragma('user_version', { simple: true })).toBe(latest);
    expect(db.prepare("SELECT COUNT(*) FROM sqlite_schema WHERE name IN ('orders', 'order_lines')").pluck().get()).toBe(2);
    db.close();
    await new Promise((resolve) => (child.exitCode === null ? child.on('exit', resolve) : resolve(null)));
  });
});
