// Runs journaled jobs one at a time (SQLite has one writer) in a worker thread, so the thread
// that answers the UI never blocks; forwards progress as events; cancels through shared memory.
// This thread alone writes the job journal (a file of its own), so queueing or cancelling never
// waits for the worker's write lock on the workspace.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { JobInfo, JobProgress } from '../contract/api';
import { AppError, type AppErrorData } from '../contract/errors';
import { HEARTBEAT_MS, type JobJournal, type OutcomeLookup } from './journal';
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
  /** whether a job's writes reached the workspace (its outcome row), for a worker that died silently */
  outcome: OutcomeLookup;
  workerFile?: string;
  onProgress?: (p: JobProgress) => void;
  onFinished?: (job: JobInfo) => void;
  /** the worker's heap limit (default WORKER_HEAP_MB) */
  workerHeapMb?: number;
  /** called on every heartbeat, to look for other launches' jobs that were cut off */
  onHeartbeat?: () => void;
}

/** The most memory a job's worker may take for its objects; an import of a larger file fails, saying so. */
export const WORKER_HEAP_MB = 4096;

function outOfMemoryMessage(params: unknown, heapMb: number): string {
  const files = ((params as { files?: { path: string; name: string }[] } | null)?.files ?? []).map((f) => {
    try {
      return { name: f.name, mb: fs.statSync(f.path).size / 1024 / 1024 };
    } catch {
      return { name: f.name, mb: 0 };
    }
  });
  const largest = files.sort((a, b) => b.mb - a.mb)[0];
  const what = largest ? `${largest.name} (${Math.round(largest.mb)} MB)` : 'these files';
  const limit = heapMb >= 1024 ? `${heapMb / 1024} GB` : `${heapMb} MB`;
  return `the import needed more than the ${limit} of memory a job may use: ${what} is too large to import at once; split it (by month, say) and import the parts one after another. Nothing was written.`;
}

/** How the message of a job interrupted by a quit (not a crash) begins. */
export const CLOSED_BY_QUIT = 'the app closed';

/** How often a job waiting for another process's job looks again. */
const WAIT_FOR_OTHERS_MS = 1_000;

/** The journal keeps the phase and counts of a running job at most this often. */
const PROGRESS_SAVE_MS = 1_000;

export class JobRunner {
  private readonly queue: number[] = [];
  private running: Running | null = null;
  private readonly waiters = new Map<number, ((j: JobInfo) => void)[]>();
  private closed = false;
  private readonly heartbeat: NodeJS.Timeout;
  private waitTimer: NodeJS.Timeout | null = null;

  constructor(private readonly opts: RunnerOptions) {
    this.heartbeat = setInterval(() => {
      try {
        // only a launch holding jobs has a claim to refresh
        if (this.busy) opts.journal.heartbeat();
        opts.onHeartbeat?.();
      } catch {
        // the journal is busy with another process's write: the next beat comes in 5 s
      }
    }, HEARTBEAT_MS);
    this.heartbeat.unref();
  }

  /** Journals a new job and queues it; returns its id at once. */
  enqueue(kind: string, title: string, params: unknown): number {
    if (this.closed) throw new AppError('conflict', 'the workspace is closing');
    const id = this.opts.journal.create(kind, title, params);
    this.queue.push(id);
    this.emit({ jobId: id, kind, state: 'queued', phase: '', done: 0, total: 0 });
    queueMicrotask(() => this.pump());
    return id;
  }

  /** Runs an interrupted, failed or cancelled job again from its journal entry. */
  resume(jobId: number): number {
    if (this.closed) throw new AppError('conflict', 'the workspace is closing');
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
    else throw new AppError('conflict', `job ${jobId} is not running in this window`);
  }

  /** Live progress of the running job (the journal row holds the last saved state). */
  live(jobId: number): JobProgress | undefined {
    return this.running?.jobId === jobId ? this.running.progress : undefined;
  }

  get busy(): boolean {
    return this.running !== null || this.queue.length > 0;
  }

  /** The jobs this runner holds: the running one, then the queued ones. */
  held(): number[] {
    return [...(this.running ? [this.running.jobId] : []), ...this.queue];
  }

  /** Resolves when the job has finished (succeeded, failed, cancelled or interrupted). */
  wait(jobId: number): Promise<JobInfo> {
    const job = this.opts.journal.get(jobId);
    if (job && !['queued', 'running'].includes(job.state) && !this.queue.includes(jobId) && this.running?.jobId !== jobId) return Promise.resolve(job);
    return new Promise((resolve) => {
      const list = this.waiters.get(jobId) ?? [];
      list.push(resolve);
      this.waiters.set(jobId, list);
    });
  }

  /**
   * Closing (the app quits, the workspace changes): the running job is stopped and rolled back,
   * and it and every queued job are left interrupted, to run again on the next start.
   */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    clearInterval(this.heartbeat);
    if (this.waitTimer) clearTimeout(this.waitTimer);
    for (const jobId of this.queue.splice(0)) {
      this.opts.journal.interrupt(jobId, `${CLOSED_BY_QUIT} before this job could start; it runs on the next start`, true);
      this.finish(jobId);
    }
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
    if (this.running || this.closed || this.waitTimer) return;
    if (this.queue.length === 0) return;
    // SQLite has one writer: while another window or command runs a job on this workspace, ours
    // waits its turn in the queue instead of waiting on the lock and failing as "busy"
    const elsewhere = this.opts.journal.activeElsewhere().find((j) => j.state === 'running');
    if (elsewhere) {
      for (const id of this.queue) {
        this.emit({ jobId: id, kind: this.opts.journal.row(id)?.kind ?? 'job', state: 'queued', phase: `waiting for job ${elsewhere.jobId} of another window or command`, done: 0, total: 0 });
      }
      this.waitTimer = setTimeout(() => {
        this.waitTimer = null;
        this.pump();
      }, WAIT_FOR_OTHERS_MS);
      return;
    }
    const jobId = this.queue.shift();
    if (jobId === undefined) return;
    const journal = this.opts.journal;
    const row = journal.row(jobId);
    if (!row) return queueMicrotask(() => this.pump());
    journal.markRunning(jobId);
    const buffer = new SharedArrayBuffer(4);
    const cancel = sharedCancelSignal(buffer);
    const params: unknown = JSON.parse(row.params);
    const input: WorkerInput = { dbPath: this.opts.dbPath, job: { uid: row.uid, id: jobId, kind: row.kind }, params, cancel: buffer };
    // a bounded heap: a file too large to import at once fails as that, in words, and cannot take the app down with it
    const worker = new Worker(this.opts.workerFile ?? defaultWorkerFile(), { workerData: input, resourceLimits: { maxOldGenerationSizeMb: this.opts.workerHeapMb ?? WORKER_HEAP_MB } });
    const progress: JobProgress = { jobId, kind: row.kind, state: 'running', phase: 'starting', done: 0, total: 0 };
    this.emit({ ...progress });
    let saved = { phase: 'starting', at: 0 };
    let result: WorkerMessage | undefined;
    let crash: Error | undefined;
    const done = new Promise<JobInfo>((resolve) => {
      let settled = false;
      const settle = () => {
        if (settled) return;
        settled = true;
        this.running = null;
        this.record(jobId, row.uid, result, crash, params);
        this.finish(jobId);
        resolve(journal.get(jobId)!);
        queueMicrotask(() => this.pump());
      };
      worker.on('message', (m: WorkerMessage) => {
        if (m.type === 'finished') {
          result = m;
          return;
        }
        Object.assign(progress, { phase: m.phase, done: m.done, total: m.total });
        this.emit({ ...progress });
        const now = Date.now();
        if (m.phase !== saved.phase || now - saved.at > PROGRESS_SAVE_MS) {
          saved = { phase: m.phase, at: now };
          try {
            journal.progress(jobId, m.phase, m.done, m.total);
          } catch {
            // another process holds the journal for a moment: the live figures are still sent
          }
        }
      });
      worker.on('error', (e) => {
        crash = e;
        settle();
      });
      worker.on('exit', () => settle());
    });
    this.running = { jobId, worker, cancel, progress, done };
  }

  /** Writes a finished run into the journal, from the worker's last word or, failing that, the workspace. */
  private record(jobId: number, uid: string, result: WorkerMessage | undefined, crash: Error | undefined, params: unknown) {
    const journal = this.opts.journal;
    if (result?.type === 'finished' && result.state === 'succeeded') return journal.succeed(jobId, result.report);
    if (result?.type === 'finished' && result.state === 'cancelled' && this.closed) {
      return journal.interrupt(jobId, `${CLOSED_BY_QUIT} while this job ran; nothing from that run was kept, and it runs again on the next start`, true);
    }
    if (result?.type === 'finished') return journal.fail(jobId, result.state, result.error);
    // the worker died without a word (out of memory, a native crash): its writes are either all in or all gone
    const report = this.opts.outcome(uid);
    if (report) return journal.succeed(jobId, report);
    const error: AppErrorData =
      (crash as NodeJS.ErrnoException | undefined)?.code === 'ERR_WORKER_OUT_OF_MEMORY'
        ? { code: 'too_large', message: outOfMemoryMessage(params, this.opts.workerHeapMb ?? WORKER_HEAP_MB) }
        : { code: 'internal', message: `the job stopped unexpectedly${crash ? ` (${crash.message})` : ''}; nothing from this run was kept` };
    journal.fail(jobId, 'failed', error);
  }
}
