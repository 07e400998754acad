// A job's outcome row: written inside the job's own transaction in the workspace, so it exists
// exactly when the job's writes do. Recovery reads it to tell a job that committed just before
// its process died from one that was rolled back (see journal.ts).
import type { DB } from '../db/connection';
import type { ImportReport } from '../contract/api';
import { isoSeconds, type Clock } from '../platform/clock';

export interface JobIdentity {
  uid: string;
  id: number;
  kind: string;
}

export function recordOutcome(db: DB, clock: Clock, job: JobIdentity, report: unknown): void {
  db.prepare('INSERT INTO job_outcomes (job_uid, job_id, kind, committed_at, report) VALUES (?, ?, ?, ?, ?)').run(
    job.uid,
    job.id,
    job.kind,
    isoSeconds(clock()),
    JSON.stringify(report),
  );
}

export function outcomeOf(db: DB, uid: string): ImportReport | null {
  const report = db.prepare('SELECT report FROM job_outcomes WHERE job_uid = ?').pluck().get(uid) as string | undefined;
  return report ? (JSON.parse(report) as ImportReport) : null;
}
