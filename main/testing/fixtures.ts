// Shared helpers for tests: real SQLite files in a temporary folder, a frozen clock, and the
// paths of the real data sets in ../shared/data (present on every build machine and in CI).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openDatabase, type DB } from '../db/connection';
import type { Clock } from '../platform/clock';
import type { Router } from '../router/router';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const sharedData = process.env.COUNTING_HOUSE_SHARED_DATA ?? path.resolve(repoRoot, '../shared/data');
export const olistSample = path.join(sharedData, 'olist/sample_15k');
export const onlineRetailCsv = path.join(sharedData, 'online_retail/online_retail_2010-12_to_2011-02_all_rows.csv');

export function tempDir(prefix = 'ch-test-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

export function tempDb(): { db: DB; file: string; dir: string } {
  const dir = tempDir();
  const file = path.join(dir, 'workspace.sqlite');
  return { db: openDatabase(file), file, dir };
}

export function frozenClock(iso = '2026-12-01T09:00:00Z'): Clock {
  const t = new Date(iso);
  return () => t;
}

export function filesIn(dir: string): { path: string; name: string }[] {
  return fs
    .readdirSync(dir)
    .filter((f) => !f.startsWith('.'))
    .sort()
    .map((f) => ({ path: path.join(dir, f), name: f }));
}

let jobs = 0;
/** A job identity for running a job's code directly, without a journal. */
export function testJob(kind = 'import'): { uid: string; id: number; kind: string } {
  jobs++;
  return { uid: `test-job-${process.pid}-${jobs}`, id: jobs, kind };
}

/**
 * A router method called as the screens call it, its value returned or its error thrown
 * (message, with the error's code on it), so a test reads as a list of calls.
 */
export async function callRouter<T>(router: Router, method: string, input: unknown = {}): Promise<T> {
  const r = await router.dispatch(method, input);
  if (!r.ok) throw Object.assign(new Error(`${r.error.code}: ${r.error.message}`), { code: r.error.code, details: r.error.details });
  return r.value as T;
}
