import { AppError } from '../contract/errors';

/** Checked between chunks of work; a job is cancelled by throwing, which rolls its transaction back. */
export interface CancelSignal {
  readonly cancelled: boolean;
}

export const neverCancelled: CancelSignal = { cancelled: false };

/** A cancel flag shared with a worker thread: the worker is busy in synchronous SQLite work and
 * cannot receive messages, but it can read shared memory. */
export function sharedCancelSignal(buffer: SharedArrayBuffer): CancelSignal & { cancel(): void } {
  const flag = new Int32Array(buffer);
  return {
    get cancelled() {
      return Atomics.load(flag, 0) === 1;
    },
    cancel() {
      Atomics.store(flag, 0, 1);
    },
  };
}

export function throwIfCancelled(signal: CancelSignal): void {
  if (signal.cancelled) throw new AppError('cancelled', 'cancelled by the user; nothing from this run was kept');
}

export type ProgressFn = (phase: string, done: number, total: number) => void;

/**
 * Test hook for crash recovery: COUNTING_HOUSE_FAULT="stall:<phase>:<n>" makes a job stop and
 * wait once it has done n units of <phase>, so a test can kill the process at a known point
 * mid-transaction. Unset in normal runs; it never alters data.
 */
export function faultPoint(phase: string, done: number): void {
  const spec = process.env.COUNTING_HOUSE_FAULT;
  if (!spec) return;
  const [kind, p, n] = spec.split(':');
  if (kind === 'stall' && p === phase && done >= Number(n)) {
    process.stderr.write(`fault point reached: ${phase} ${done}\n`);
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 120_000);
  }
}
