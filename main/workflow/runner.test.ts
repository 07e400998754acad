// Jobs run in a worker thread: the calling thread stays free (it answers while the import runs),
// progress arrives as events, and a cancel rolls the whole job back.
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { BackOffice } from '../app/backoffice';
import { onlineRetailCsv, repoRoot, tempDir } from '../testing/fixtures';
import { filesOfFolder } from '../modules/imports/staging';
import { workspaceStatus } from '../workspace/status';
import type { JobProgress } from '../contract/api';

const open: BackOffice[] = [];
function backOffice() {
  const bo = new BackOffice({ dataDir: tempDir(), shell: 'browser', version: 'test', sampleDir: path.join(repoRoot, 'resources/sample/olist') });
  open.push(bo);
  return bo;
}
afterEach(async () => {
  for (const bo of open.splice(0)) await bo.close();
});

describe('job runner', () => {
  test('runs an import off the calling thread and reports progress by phase', async () => {
    const bo = backOffice();
    const events: JobProgress[] = [];
    bo.events.on('job.progress', (p) => events.push(p));
    const id = bo.startImport({ kind: 'online-retail', files: [{ path: onlineRetailCsv, name: 'retail.csv' }] });
    // the event loop keeps turning while the worker imports: count its ticks
    let ticks = 0;
    const timer = setInterval(() => ticks++, 10);
    const job = await bo.jobs.wait(id);
    clearInterval(timer);
    expect(job.state).toBe('succeeded');
    expect(ticks).toBeGreaterThan(20);
    const phases = [...new Set(events.filter((e) => e.state === 'running').map((e) => e.phase))];
    expect(phases).toEqual(['starting', 'reading', 'writing']);
    const writing = events.filter((e) => e.phase === 'writing');
    expect(writing.at(-1)).toMatchObject({ done: writing.at(-1)!.total });
    expect(events.at(-1)).toMatchObject({ jobId: id, state: 'succeeded' });
    expect(job.report?.totals).toMatchObject({ orders: 4089, goodsMinor: 203874259 });
    expect(workspaceStatus(bo.db).orders).toBe(4089);
  });

  test('a cancel mid-write rolls the job back', async () => {
    const bo = backOffice();
    const id = bo.startImport({ kind: 'online-retail', files: [{ path: onlineRetailCsv, name: 'retail.csv' }] });
    let asked = false;
    bo.events.on('job.progress', (p) => {
      if (p.jobId === id && p.phase === 'writing' && p.done >= 20000 && !asked) {
        asked = true;
        bo.jobs.cancel(id);
      }
    });
    const job = await bo.jobs.wait(id);
    expect(asked).toBe(true);
    expect(job.state).toBe('cancelled');
    expect(job.error?.code).toBe('cancelled');
    expect(workspaceStatus(bo.db)).toMatchObject({ orders: 0, orderLines: 0, customers: 0 });
    // and it can be run again to completion
    bo.jobs.resume(id);
    expect((await bo.jobs.wait(id)).state).toBe('succeeded');
    expect(workspaceStatus(bo.db).orders).toBe(4089);
  });

  test('opening the sample workspace imports the bundled slice once', async () => {
    const bo = backOffice();
    const first = await bo.openWorkspace('sample');
    expect(first.name).toBe('sample');
    expect(first.importJobId).not.toBeNull();
    expect((await bo.jobs.wait(first.importJobId!)).state).toBe('succeeded');
    expect(workspaceStatus(bo.db)).toMatchObject({ orders: 1500, orderLines: 1688, payments: 1573 });
    expect((await bo.openWorkspace('sample')).importJobId).toBeNull();
    expect(bo.listWorkspaces().map((w) => [w.name, w.current])).toEqual([
      ['main', false],
      ['sample', true],
    ]);
    await bo.openWorkspace('main');
    expect(workspaceStatus(bo.db).orders).toBe(0);
    expect(filesOfFolder(path.join(repoRoot, 'resources/sample/olist'))).toHaveLength(8);
  });
});
