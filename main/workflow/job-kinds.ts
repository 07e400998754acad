// The kinds of job and what runs each. A job's params are in its journal row, so a job can be
// run again (resumed) from the journal alone.
import type { DB } from '../db/connection';
import { systemClock } from '../platform/clock';
import { runImportJob, type ImportParams } from '../modules/imports/import-job';
import type { JobIdentity } from './outcomes';
import type { CancelSignal, ProgressFn } from './signals';
import { AppError } from '../contract/errors';

/** Runs one job against the workspace; returns the report its outcome row also holds. */
export function runJob(db: DB, job: JobIdentity, params: unknown, opts: { signal: CancelSignal; progress: ProgressFn }): unknown {
  switch (job.kind) {
    case 'import':
      return runImportJob({ db, clock: systemClock, actor: 'import', job, progress: opts.progress, signal: opts.signal }, params as ImportParams);
    default:
      throw new AppError('internal', `unknown job kind "${job.kind}"`);
  }
}
