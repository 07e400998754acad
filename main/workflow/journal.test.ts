// The job journal tells a live job from one whose process is gone, by pid where it can and by
// heartbeat where a pid cannot be trusted (reused, a zombie, another machine), and tells a job
// that committed before it died from one that was rolled back.
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { frozenClock, tempDir } from '../testing/fixtures';
import { JobJournal, STALE_AFTER_MS, journalFileFor, openJournalDb, type Launch } from './journal';
import type { ImportReport } from '../contract/api';

const host = 'laptop';
const me: Launch = { id: 'launch-me', pid: 4000, host };

function journals() {
  const file = path.join(tempDir(), 'w.jobs.sqlite');
  let now = 1_000_000;
  const open = (launch: Launch) => new JobJournal(openJournalDb(file), frozenClock(), launch, () => now);
  return { open, advance: (ms: number) => (now += ms) };
}

const noOutcome = () => null;

describe('job journal', () => {
  test('is a file of its own beside the workspace', () => {
    expect(journalFileFor('/data/workspaces/main.sqlite')).toBe('/data/workspaces/main.jobs.sqlite');
    expect(journalFileFor('/tmp/w.db')).toBe('/tmp/w.jobs.db');
    expect(journalFileFor('/tmp/w')).toBe('/tmp/w.jobs');
  });

  test('a dead pid on this host: its running and queued jobs are interrupted, to run again', () => {
    const { open } = journals();
    const gone = open({ id: 'launch-gone', pid: 111, host });
    const running = gone.create('import', 'A', { files: [] });
    gone.markRunning(running);
    gone.progress(running, 'writing', 500, 1000);
    const queued = gone.create('import', 'B', { files: [] });
    const alive = (pid: number) => pid !== 111;
    const mine = open(me);
    const found = mine.recoverStale(noOutcome, alive);
    expect(found.map((j) => [j.jobId, j.state])).toEqual([
      [running, 'interrupted'],
      [queued, 'interrupted'],
    ]);
    expect(found[0].error?.message).toBe('the process running this job stopped during "writing"; its uncommitted writes were rolled back');
    expect(found[1].error?.message).toBe('the process that queued this job stopped before it could start');
    expect(mine.toResume().map((j) => j.jobId)).toEqual([running, queued]);
    // a second look finds nothing more
    expect(mine.recoverStale(noOutcome, alive)).toEqual([]);
  });

  test('a live pid that stopped beating (a zombie, a reused pid) is gone after the stale time; a beating one is not', () => {
    const { open, advance } = journals();
    const other = open({ id: 'launch-other', pid: 222, host });
    const job = other.create('import', 'A', {});
    other.markRunning(job);
    const mine = open(me);
    const alive = () => true;
    advance(STALE_AFTER_MS - 1000);
    expect(mine.recoverStale(noOutcome, alive)).toEqual([]);
    expect(mine.activeElsewhere(alive).map((j) => j.jobId)).toEqual([job]);
    other.heartbeat();
    advance(STALE_AFTER_MS - 1000);
    expect(mine.recoverStale(noOutcome, alive)).toEqual([]);
    advance(2000);
    expect(mine.activeElsewhere(alive)).toEqual([]);
    expect(mine.recoverStale(noOutcome, alive).map((j) => j.state)).toEqual(['interrupted']);
  });

  test("this pid in another launch is this process's previous life (a container restarted as pid 1)", () => {
    const { open } = journals();
    const before = open({ id: 'launch-before', pid: me.pid, host });
    const job = before.create('import', 'A', {});
    expect(open(me).recoverStale(noOutcome, () => true).map((j) => [j.jobId, j.state])).toEqual([[job, 'interrupted']]);
  });

  test("a job whose outcome is in the workspace committed before its process died: it is recorded as succeeded with that report", () => {
    const { open } = journals();
    const gone = open({ id: 'launch-gone', pid: 111, host });
    const job = gone.create('import', 'A', {});
    gone.markRunning(job);
    const uid = gone.row(job)!.uid;
    const report = { kind: 'olist', notes: ['15,000 orders'] } as unknown as ImportReport;
    const found = open(me).recoverStale((u) => (u === uid ? report : null), () => false);
    expect(found).toMatchObject([{ jobId: job, state: 'succeeded', report }]);
    expect(open(me).toResume()).toEqual([]);
  });

  test('two launches recovering at once: only one claims each job', () => {
    const { open } = journals();
    const gone = open({ id: 'launch-gone', pid: 111, host });
    gone.create('import', 'A', {});
    const a = open(me);
    const b = open({ id: 'launch-b', pid: 4001, host });
    const first = a.recoverStale(noOutcome, (pid) => pid !== 111);
    const second = b.recoverStale(noOutcome, (pid) => pid !== 111);
    expect([first.length, second.length]).toEqual([1, 0]);
  });

  test('the staging folders of imports that may still run again', () => {
    const { open } = journals();
    const j = open(me);
    const done = j.create('import', 'A', { files: [], batchDir: '/s/a' });
    j.succeed(done, {});
    const failed = j.create('import', 'B', { files: [], batchDir: '/s/b' });
    j.fail(failed, 'failed', { code: 'internal', message: 'x' });
    const cancelled = j.create('import', 'C', { files: [], batchDir: '/s/c' });
    j.fail(cancelled, 'cancelled', { code: 'cancelled', message: 'x' });
    j.create('import', 'D', { files: [], batchDir: '/s/d' });
    j.create('import', 'E', { files: [] });
    expect(j.unfinishedImportBatches().sort()).toEqual(['/s/b', '/s/d']);
  });
});
