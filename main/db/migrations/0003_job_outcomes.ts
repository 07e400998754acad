// 0003: the job journal moved to a file of its own beside the workspace (workflow/journal.ts);
// the workspace keeps only each job's outcome, written in the job's own transaction. Workspaces
// made before that carry the old journal table and no outcome table; new ones have the outcome
// table from 0001 already, so both statements are written to be no-ops there.
export const sql = /* sql */ `
CREATE TABLE IF NOT EXISTS job_outcomes (
  job_uid      TEXT PRIMARY KEY,
  job_id       INTEGER NOT NULL,
  kind         TEXT NOT NULL,
  committed_at TEXT NOT NULL,
  report       TEXT NOT NULL
) STRICT;
DROP TABLE IF EXISTS jobs;
`;
