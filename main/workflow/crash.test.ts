// A real child process is killed with SIGKILL in the middle of an import's transaction. The
// workspace must be consistent afterwards (nothing half-written) and running the import again
// must complete it, with no duplicates.
import { spawn } from 'node:child_process';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, test } from 'vitest';
import { olistSample, onlineRetailCsv, repoRoot, tempDir } from '../testing/fixtures';
import { journalFileFor } from './journal';
import { BackOffice } from '../app/backoffice';
import type { JobProgress } from '../contract/api';
import { filesOfFolder } from '../modules/imports/staging';

const cli = path.join(repoRoot, 'bin/counting-house.js');

interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

function counting(args: string[], env: Record<string, string>, killWhen?: RegExp): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => {
      stderr += d;
      if (killWhen && killWhen.test(stderr)) child.kill('SIGKILL');
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
}

function inspect(dbFile: string) {
  const db = new Database(dbFile, { readonly: true });
  const journal = new Database(journalFileFor(dbFile), { readonly: true });
  try {
    return {
      integrity: db.pragma('integrity_check', { simple: true }),
      foreignKeys: (db.pragma('foreign_key_check') as unknown[]).length,
      orders: db.prepare('SELECT COUNT(*) FROM orders').pluck().get(),
      lines: db.prepare('SELECT COUNT(*) FROM order_lines').pluck().get(),
      jobs: journal.prepare('SELECT id, state, attempts FROM jobs ORDER BY id').all(),
      outcomes: db.prepare('SELECT job_id FROM job_outcomes ORDER BY job_id').pluck().all(),
    };
  } finally {
    db.close();
    journal.close();
  }
}

describe('a process killed mid-import', () => {
  test('leaves the workspace consistent, and the next run resumes the job to the exact figures', async () => {
    const home = tempDir();
    const dbFile = path.join(home, 'crash.sqlite');
    const env = { COUNTING_HOUSE_HOME: home };
    const killed = await counting(['import', 'olist', olistSample, '--db', dbFile], { ...env, COUNTING_HOUSE_FAULT: 'stall:writing:40000' }, /fault point reached/);
    expect(killed.signal).toBe('SIGKILL');
    expect(killed.stderr).toMatch(/fault point reached: writing 40000/);

    // 40,000 rows had been written inside the open transaction: none of them may be visible
    expect(inspect(dbFile)).toEqual({ integrity: 'ok', foreignKeys: 0, orders: 0, lines: 0, jobs: [{ id: 1, state: 'running', attempts: 1 }], outcomes: [] });

    const again = await counting(['import', 'olist', olistSample, '--db', dbFile, '--json'], env);
    expect(again.code).toBe(0);
    expect(again.stderr).toMatch(/job 1 .* was cut off by a crash/);
    expect(again.stderr).toMatch(/resuming job 1/);
    expect(JSON.parse(again.stdout)).toMatchObject({ jobId: 1, state: 'succeeded', report: { written: { orders: { inserted: 15000 } } } });

    const status = await counting(['status', '--db', dbFile, '--json'], env);
    expect(JSON.parse(status.stdout)).toEqual({
      orders: 15000,
      orderLines: 17071,
      payments: 15733,
      refunds: 0,
      customers: 14904,
      products: 9255,
      sellers: 1904,
      reviews: 14944,
      paymentTotals: { BRL: 239790456 },
    });
    expect(inspect(dbFile)).toMatchObject({ integrity: 'ok', foreignKeys: 0, jobs: [{ id: 1, state: 'succeeded', attempts: 2 }], outcomes: [1] });
  });

  test('a kill during a second import keeps the first import intact', async () => {
    const home = tempDir();
    const dbFile = path.join(home, 'crash2.sqlite');
    const env = { COUNTING_HOUSE_HOME: home };
    const sample = path.join(repoRoot, 'resources/sample/olist');
    expect((await counting(['import', 'olist', sample, '--db', dbFile], env)).code).toBe(0);
    const after1 = inspect(dbFile);
    const killed = await counting(['import', 'online-retail', onlineRetailCsv, '--db', dbFile], { ...env, COUNTING_HOUSE_FAULT: 'stall:writing:60000' }, /fault point reached/);
    expect(killed.signal).toBe('SIGKILL');
    expect(inspect(dbFile)).toEqual({ ...after1, jobs: [{ id: 1, state: 'succeeded', attempts: 1 }, { id: 2, state: 'running', attempts: 1 }], outcomes: [1] });
    // the journal lists the cut-off job as interrupted the next time anything opens the workspace
    const jobs = await counting(['jobs', '--db', dbFile, '--json'], env);
    expect(JSON.parse(jobs.stdout).map((j: { jobId: number; state: string }) => [j.jobId, j.state])).toEqual([
      [2, 'interrupted'],
      [1, 'succeeded'],
    ]);
    const resumed = await counting(['jobs', '--resume', '2', '--db', dbFile, '--json'], env);
    expect(resumed.code).toBe(0);
    expect(inspect(dbFile)).toMatchObject({ integrity: 'ok', orders: 1500 + 4089, lines: 1688 + 103431 });
  });

  test("while another process holds the workspace's write lock, queueing, cancelling and listing jobs answer at once", async () => {
    const home = tempDir();
    const dbFile = path.join(home, 'locked.sqlite');
    const env = { COUNTING_HOUSE_HOME: home };
    // a CLI import stalls half-way through its write transaction, holding SQLite's one write lock
    const child = spawn(process.execPath, [cli, 'import', 'olist', olistSample, '--db', dbFile], {
      env: { ...process.env, ...env, COUNTING_HOUSE_FAULT: 'stall:writing:20000' },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
    await new Promise<void>((resolve) => {
      let stderr = '';
      child.stderr.on('data', (d) => {
        stderr += d;
        if (/fault point reached/.test(stderr)) resolve();
      });
    });
    const bo = new BackOffice({ dataDir: home, dbFile, shell: 'browser', version: 'test' });
    const waiting: JobProgress[] = [];
    bo.events.on('job.progress', (p) => waiting.push(p));
    try {
      const started = performance.now();
      const mine = bo.startImport({ kind: 'olist', files: filesOfFolder(path.join(repoRoot, 'resources/sample/olist')) });
      const queued = bo.startImport({ kind: 'online-retail', files: [{ path: onlineRetailCsv, name: 'retail.csv' }] });
      bo.jobs.cancel(queued);
      const listed = bo.journal.list(10).map((j) => [j.jobId, j.state]);
      const elapsed = performance.now() - started;
      // before the journal had a file of its own, the first of these waited 10 s and then failed with "database is locked"
      expect(elapsed).toBeLessThan(5000);
      expect(listed).toEqual([
        [queued, 'cancelled'],
        [mine, 'queued'],
        [1, 'running'],
      ]);
      // ours waits its turn rather than waiting on SQLite's lock and failing as "busy"
      await new Promise((r) => setTimeout(r, 1500));
      expect(bo.journal.get(mine)?.state).toBe('queued');
      expect(waiting.some((p) => p.jobId === mine && /^waiting for job 1 of another window or command$/.test(p.phase))).toBe(true);
      child.kill('SIGKILL');
      expect(await exited).toBe('SIGKILL');
      expect((await bo.jobs.wait(mine)).state).toBe('succeeded');
      expect(inspect(dbFile)).toMatchObject({ integrity: 'ok', orders: 1500, outcomes: [mine] });
    } finally {
      // a failed expectation must not leave the stalled import holding the lock (it waits 120 s)
      child.kill('SIGKILL');
      await bo.close();
    }
  });
});
