// Entry of the worker thread that runs one job: off the thread that answers the UI, with its own
// SQLite connection (WAL lets the UI keep reading). It writes only the workspace, never the job
// journal: the thread that owns the journal records what this thread reports. Progress goes back
// as messages; a cancel arrives through shared memory because this thread is busy in synchronous
// SQLite work.
import { parentPort, workerData } from 'node:worker_threads';
import { openDatabase } from '../db/connection';
import { describeError } from '../db/errors';
import type { AppErrorData } from '../contract/errors';
import { sharedCancelSignal } from './signals';
import { runJob } from './job-kinds';
import type { JobIdentity } from './outcomes';

export interface WorkerInput {
  dbPath: string;
  job: JobIdentity;
  params: unknown;
  cancel: SharedArrayBuffer;
}

export type WorkerMessage =
  | { type: 'progress'; phase: string; done: number; total: number }
  | { type: 'finished'; state: 'succeeded'; report: unknown }
  | { type: 'finished'; state: 'failed' | 'cancelled'; error: AppErrorData };

const input = workerData as WorkerInput;
const post = (m: WorkerMessage) => parentPort!.postMessage(m);
const signal = sharedCancelSignal(input.cancel);
let lastPost = 0;
let db: ReturnType<typeof openDatabase> | undefined;
try {
  db = openDatabase(input.dbPath);
  const report = runJob(db, input.job, input.params, {
    signal,
    progress: (phase, done, total) => {
      const now = Date.now();
      if (now - lastPost > 50 || done === total) {
        lastPost = now;
        post({ type: 'progress', phase, done, total });
      }
    },
  });
  post({ type: 'finished', state: 'succeeded', report });
} catch (e) {
  const error = describeError(e);
  post({ type: 'finished', state: error.code === 'cancelled' ? 'cancelled' : 'failed', error });
} finally {
  db?.close();
}
