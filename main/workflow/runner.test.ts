// Jobs run in a worker thread: the calling thread stays free (it answers while the import runs),
// progress arrives as events, and a cancel rolls the whole job back.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { BackOffice, type BackOfficeOptions } from '../app/backoffice';
import { MAX_AUTO_ATTEMPTS } from './journal';
import { onlineRetailCsv, repoRoot, tempDir } from '../testing/fixtures';
import { filesOfFolder } from '../modules/imports/staging';
import { workspaceStatus } from '../workspace/status';
import type { JobProgress } from '../contract/api';

const open: BackOffice[] = [];
function backOffice(dataDir = tempDir(), more: Partial<BackOfficeOptions> = {}) {
  const bo = new BackOffice({ dataDir, shell: 'browser', version: 'test', sampleDir: path.join(repoRoot, 'resources/sample/olist'), ...more });
  open.push(bo);
  return bo;
}
const retail = { kind: 'online-retail' as const, files: [{ path: onlineRetailCsv, name: 'retail.csv' }] };
const sample = { kind: 'olist' as const, files: filesOfFolder(path.join(repoRoot, 'resources/sample/olist')) };
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

  test('closing mid-job leaves it and the queued jobs interrupted; the next start runs them to the end', async () => {
    const dataDir = tempDir();
    const bo = backOffice(dataDir);
    const first = bo.startImport(retail);
    const second = bo.startImport(sample);
    await new Promise<void>((resolve) => bo.events.on('job.progress', (p) => p.jobId === first && p.phase === 'writing' && resolve()));
    await bo.close();
    const peek = backOffice(dataDir);
    expect([peek.journal.get(first)?.state, peek.journal.get(second)?.state]).toEqual(['interrupted', 'interrupted']);
    expect(workspaceStatus(peek.db).orders).toBe(0);
    await peek.close();

    const again = backOffice(dataDir, { resumeInterrupted: true });
    expect([again.journal.get(first)?.state, again.journal.get(second)?.state]).toEqual(['queued', 'queued']);
    expect((await again.jobs.wait(first)).state).toBe('succeeded');
    expect((await again.jobs.wait(second)).state).toBe('succeeded');
    expect(workspaceStatus(again.db).orders).toBe(4089 + 1500);
    expect(again.journal.get(first)?.attempts).toBe(2);
  });

  test(`a job cut off ${MAX_AUTO_ATTEMPTS} times is not run again by itself, and says why`, async () => {
    const dataDir = tempDir();
    let id = 0;
    for (let i = 0; i < MAX_AUTO_ATTEMPTS; i++) {
      const bo = backOffice(dataDir, { resumeInterrupted: true });
      if (i === 0) id = bo.startImport(retail);
      await new Promise<void>((resolve) => bo.events.on('job.progress', (p) => p.jobId === id && p.phase === 'reading' && resolve()));
      await bo.close();
    }
    const last = backOffice(dataDir, { resumeInterrupted: true });
    const job = last.journal.get(id)!;
    expect([job.state, job.attempts]).toEqual(['interrupted', MAX_AUTO_ATTEMPTS]);
    expect(job.error?.message).toMatch(/^stopped 3 times without finishing, so it is not run again by itself/);
    expect(last.jobs.busy).toBe(false);
    // by hand it still runs
    last.jobs.resume(id);
    expect((await last.jobs.wait(id)).state).toBe('succeeded');
  });

  test('a file too large for the memory a job may use fails as that, in words, and is not offered again', async () => {
    const bo = backOffice(tempDir(), { workerHeapMb: 48 });
    const id = bo.startImport(retail);
    const job = await bo.jobs.wait(id);
    expect(job.state).toBe('failed');
    expect(job.error).toEqual({
      code: 'too_large',
      message: `the import needed more than the 48 MB of memory a job may use: retail.csv (${Math.round(fs.statSync(onlineRetailCsv).size / 1024 / 1024)} MB) is too large to import at once; split it (by month, say) and import the parts one after another. Nothing was written.`,
    });
    expect(workspaceStatus(bo.db).orders).toBe(0);
    // the app goes on: the next import runs
    const small = bo.startImport(sample);
    expect((await bo.jobs.wait(small)).state).toBe('succeeded');
  });
});
