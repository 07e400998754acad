// Entry of the worker thread that runs one job: off the thread that answers the UI, with its own
// SQLite connection (WAL lets the UI keep reading). Progress goes back as messages; a cancel
// arrives through shared memory because this thread is busy in synchronous SQLite work.
import { parentPort, workerData } from 'node:worker_threads';
import { openDatabase } from '../db/connection';
import { systemClock } from '../platform/clock';
import { describeError } from '../db/errors';
import { JobJournal } from './journal';
import { sharedCancelSignal } from './signals';
import { runJob } from './job-kinds';

export interface WorkerInput {
  dbPath: string;
  jobId: number;
  cancel: SharedArrayBuffer;
}

export type WorkerMessage =
  | { type: 'progress'; phase: string; done: number; total: number }
  | { type: 'finished'; state: 'succeeded' | 'failed' | 'cancelled' };

const input = workerData as WorkerInput;
const post = (m: WorkerMessage) => parentPort!.postMessage(m);
const db = openDatabase(input.dbPath);
const journal = new JobJournal(db, systemClock);
const signal = sharedCancelSignal(input.cancel);
let lastPost = 0;
try {
  journal.markRunning(input.jobId);
  runJob(db, journal, input.jobId, {
    signal,
    progress: (phase, done, total) => {
      const now = Date.now();
      if (now - lastPost > 50 || done === total) {
        lastPost = now;
        post({ type: 'progress', phase, done, total });
      }
    },
  });
  post({ type: 'finished', state: 'succeeded' });
} catch (e) {
  const error = describeError(e);
  const state = error.code === 'cancelled' ? 'cancelled' : 'failed';
  journal.fail(input.jobId, state, error);
  post({ type: 'finished', state });
} finally {
  db.close();
}
