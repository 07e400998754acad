// The kinds of job and what runs each. A job's params are in its journal row, so a job can be
// run again (resumed) from the journal alone.
import type { DB } from '../db/connection';
import { systemClock } from '../platform/clock';
import { runImportJob, type ImportParams } from '../modules/imports/import-job';
import type { JobJournal } from './journal';
import type { CancelSignal, ProgressFn } from './signals';
import { AppError } from '../contract/errors';

export function runJob(db: DB, journal: JobJournal, jobId: number, opts: { signal: CancelSignal; progress: ProgressFn }): void {
  const row = journal.row(jobId);
  if (!row) throw new AppError('not_found', `no job ${jobId}`);
  switch (row.kind) {
    case 'import':
      runImportJob({ db, clock: systemClock, actor: 'import', jobId, progress: opts.progress, signal: opts.signal }, JSON.parse(row.params) as ImportParams);
      return;
    default:
      throw new AppError('internal', `unknown job kind "${row.kind}"`);
  }
}
