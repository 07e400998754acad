// Runs journaled jobs one at a time (SQLite has one writer) in a worker thread, so the thread
// that answers the UI never blocks; forwards progress as events; cancels through shared memory.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { JobInfo, JobProgress } from '../contract/api';
import { AppError } from '../contract/errors';
import type { JobJournal } from './journal';
import { sharedCancelSignal } from './signals';
import type { WorkerInput, WorkerMessage } from './worker';

/**
 * The worker entry is the bundled dist/job-worker.js. From the bundle it sits beside this code;
 * from source (tests) it is the repository's dist/, which the test setup builds.
 */
export function defaultWorkerFile(): string {
  const here = fileURLToPath(import.meta.url);
  const beside = path.join(path.dirname(here), 'job-worker.js');
  if (fs.existsSync(beside)) return beside;
  return path.resolve(path.dirname(here), '../../dist/job-worker.js');
}

interface Running {
  jobId: number;
  worker: Worker;
  cancel: ReturnType<typeof sharedCancelSignal>;
  progress: JobProgress;
  done: Promise<JobInfo>;
}

export interface RunnerOptions {
  dbPath: string;
  journal: JobJournal;
  workerFile?: string;
  onProgress?: (p: JobProgress) => void;
  onFinished?: (job: JobInfo) => void;
}

export class JobRunner {
  private readonly queue: number[] = [];
  private running: Running | null = null;
  private readonly waiters = new Map<number, ((j: JobInfo) => void)[]>();
  private closed = false;

  constructor(private readonly opts: RunnerOptions) {}

  /** Journals a new job and queues it; returns its id at once. */
  enqueue(kind: string, title: string, params: unknown): number {
    const id = this.opts.journal.create(kind, title, params);
    this.queue.push(id);
    this.emit({ jobId: id, kind, state: 'queued', phase: '', done: 0, total: 0 });
    queueMicrotask(() => this.pump());
    return id;
  }

  /** Runs an interrupted, failed or cancelled job again from its journal entry. */
  resume(jobId: number): number {
    const job = this.opts.journal.get(jobId);
    if (!job) throw new AppError('not_found', `no job ${jobId}`);
    if (job.state === 'running' || job.state === 'queued' || this.queue.includes(jobId)) throw new AppError('conflict', `job ${jobId} is already ${job.state}`);
    if (job.state === 'succeeded') throw new AppError('conflict', `job ${jobId} already succeeded`);
    this.opts.journal.requeue(jobId);
    this.queue.push(jobId);
    this.emit({ jobId, kind: job.kind, state: 'queued', phase: '', done: 0, total: 0 });
    queueMicrotask(() => this.pump());
    return jobId;
  }

  cancel(jobId: number): void {
    const q = this.queue.indexOf(jobId);
    if (q !== -1) {
      this.queue.splice(q, 1);
      this.opts.journal.fail(jobId, 'cancelled', { code: 'cancelled', message: 'cancelled before it started' });
      this.finish(jobId);
      return;
    }
    if (this.running?.jobId === jobId) this.running.cancel.cancel();
    else throw new AppError('conflict', `job ${jobId} is not running`);
  }

  /** Live progress of the running job (the journal row holds the last committed state). */
  live(jobId: number): JobProgress | undefined {
    return this.running?.jobId === jobId ? this.running.progress : undefined;
  }

  get busy(): boolean {
    return this.running !== null || this.queue.length > 0;
  }

  /** Resolves when the job has finished (succeeded, failed or cancelled). */
  wait(jobId: number): Promise<JobInfo> {
    const job = this.opts.journal.get(jobId);
    if (job && !['queued', 'running'].includes(job.state) && !this.queue.includes(jobId) && this.running?.jobId !== jobId) return Promise.resolve(job);
    return new Promise((resolve) => {
      const list = this.waiters.get(jobId) ?? [];
      list.push(resolve);
      this.waiters.set(jobId, list);
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    this.queue.length = 0;
    if (this.running) {
      this.running.cancel.cancel();
      await this.running.done.catch(() => undefined);
    }
  }

  private emit(p: JobProgress) {
    this.opts.onProgress?.(p);
  }

  private finish(jobId: number) {
    const job = this.opts.journal.get(jobId)!;
    this.emit({ jobId, kind: job.kind, state: job.state, phase: job.phase, done: job.done, total: job.total });
    this.opts.onFinished?.(job);
    for (const w of this.waiters.get(jobId) ?? []) w(job);
    this.waiters.delete(jobId);
  }

  private pump() {
    if (this.running || this.closed) return;
    const jobId = this.queue.shift();
    if (jobId === undefined) return;
    const kind = this.opts.journal.row(jobId)?.kind ?? 'job';
    const buffer = new SharedArrayBuffer(4);
    const cancel = sharedCancelSignal(buffer);
    const input: WorkerInput = { dbPath: this.opts.dbPath, jobId, cancel: buffer };
    const worker = new Worker(this.opts.workerFile ?? defaultWorkerFile(), { workerData: input });
    const progress: JobProgress = { jobId, kind, state: 'running', phase: 'starting', done: 0, total: 0 };
    this.emit({ ...progress });
    const done = new Promise<JobInfo>((resolve) => {
      let settled = false;
      const settle = () => {
        if (settled) return;
        settled = true;
        this.running = null;
        const job = this.opts.journal.get(jobId);
        if (job && job.state === 'running') {
          // the worker died without reporting (out of memory, a native crash): its transaction is gone
          this.opts.journal.fail(jobId, 'failed', { code: 'internal', message: 'the job stopped unexpectedly; nothing from this run was kept' });
        }
        this.finish(jobId);
        resolve(this.opts.journal.get(jobId)!);
        queueMicrotask(() => this.pump());
      };
      worker.on('message', (m: WorkerMessage) => {
        if (m.type === 'progress') {
          Object.assign(progress, { phase: m.phase, done: m.done, total: m.total });
          this.emit({ ...progress });
        }
      });
      worker.on('error', () => settle());
      worker.on('exit', () => settle());
    });
    this.running = { jobId, worker, cancel, progress, done };
  }
}
