// Live job progress from `job.progress` events, kept outside React so any screen can read it.
import { useSyncExternalStore } from 'react';
import type { JobProgress, JobState } from '../../../main/contract/api';

const progress = new Map<number, JobProgress>();
const listeners = new Set<() => void>();
let version = 0;

export function recordProgress(p: JobProgress): void {
  progress.set(p.jobId, p);
  version += 1;
  listeners.forEach((cb) => cb());
}

/** A job just started by this screen: known as queued until its first event (which may come first). */
export function recordQueued(jobId: number, kind = 'import'): void {
  if (!progress.has(jobId)) recordProgress({ jobId, kind, state: 'queued', phase: '', done: 0, total: 0 });
}

/** Job ids are per workspace: another workspace starts with a clean slate. */
export function clearProgress(): void {
  progress.clear();
  version += 1;
  listeners.forEach((cb) => cb());
}

function subscribe(cb: () => void) {
  listeners.add(cb);
  return () => listeners.delete(cb);
}

export function useJobProgress(jobId: number | null | undefined): JobProgress | undefined {
  return useSyncExternalStore(subscribe, () => (jobId == null ? undefined : progress.get(jobId)));
}

/** Jobs that are queued or running right now, as the events tell. */
export function useLiveJobs(): JobProgress[] {
  useSyncExternalStore(subscribe, () => version);
  return [...progress.values()].filter((p) => !isFinished(p.state));
}

export function isFinished(state: JobState): boolean {
  return state === 'succeeded' || state === 'failed' || state === 'cancelled' || state === 'interrupted';
}
