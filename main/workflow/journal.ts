// The job journal: every long job (import now; sync, crawl, scoring, reconciliation later) is a
// row here before it starts, so a job cut off by a crash is found on the next start and either
// resumed or reported as rolled back. Its writes to business data are transactional, so a killed
// job never leaves half of its work behind.
import os from 'node:os';
import type { DB } from '../db/connection';
import type { JobInfo, JobState } from '../contract/api';
import { isoSeconds, type Clock } from '../platform/clock';
import type { AppErrorData } from '../contract/errors';

interface JobRow {
  id: number;
  kind: string;
  title: string;
  params: string;
  state: JobState;
  phase: string;
  done: number;
  total: number;
  attempts: number;
  pid: number | null;
  host: string | null;
  created_at: string;
  started_at: string | null;
  finished_at: string | null;
  report: string | null;
  error: string | null;
}

export function toJobInfo(r: JobRow): JobInfo {
  return {
    jobId: r.id,
    kind: r.kind,
    title: r.title,
    state: r.state,
    phase: r.phase,
    done: r.done,
    total: r.total,
    attempts: r.attempts,
    createdAt: r.created_at,
    startedAt: r.started_at,
    finishedAt: r.finished_at,
    report: r.report ? JSON.parse(r.report) : null,
    error: r.error ? JSON.parse(r.error) : null,
  };
}

export class JobJournal {
  constructor(
    private readonly db: DB,
    private readonly clock: Clock,
  ) {}

  private now() {
    return isoSeconds(this.clock());
  }

  create(kind: string, title: string, params: unknown): number {
    const r = this.db
      .prepare("INSERT INTO jobs (kind, title, params, state, created_at) VALUES (?, ?, ?, 'queued', ?)")
      .run(kind, title, JSON.stringify(params), this.now());
    return Number(r.lastInsertRowid);
  }

  row(id: number): JobRow | undefined {
    return this.db.prepare('SELECT * FROM jobs WHERE id = ?').get(id) as JobRow | undefined;
  }

  get(id: number): JobInfo | undefined {
    const r = this.row(id);
    return r && toJobInfo(r);
  }

  params<T>(id: number): T {
    const r = this.row(id);
    if (!r) throw new Error(`no job ${id}`);
    return JSON.parse(r.params) as T;
  }

  list(limit: number): JobInfo[] {
    return (this.db.prepare('SELECT * FROM jobs ORDER BY id DESC LIMIT ?').all(limit) as JobRow[]).map(toJobInfo);
  }

  /** Committed before the job's own transaction begins, so a crash leaves this "running" mark. */
  markRunning(id: number): void {
    this.db
      .prepare(
        "UPDATE jobs SET state = 'running', phase = 'starting', done = 0, total = 0, attempts = attempts + 1, pid = ?, host = ?, started_at = ?, heartbeat_at = ?, finished_at = NULL, error = NULL WHERE id = ?",
      )
      .run(process.pid, os.hostname(), this.now(), this.now(), id);
  }

  progress(id: number, phase: string, done: number, total: number): void {
    this.db.prepare('UPDATE jobs SET phase = ?, done = ?, total = ?, heartbeat_at = ? WHERE id = ?').run(phase, done, total, this.now(), id);
  }

  succeed(id: number, report: unknown): void {
    this.db
      .prepare("UPDATE jobs SET state = 'succeeded', phase = 'done', done = total, report = ?, finished_at = ?, pid = NULL WHERE id = ?")
      .run(JSON.stringify(report), this.now(), id);
  }

  fail(id: number, state: 'failed' | 'cancelled', error: AppErrorData): void {
    this.db
      .prepare('UPDATE jobs SET state = ?, error = ?, finished_at = ?, pid = NULL WHERE id = ?')
      .run(state, JSON.stringify(error), this.now(), id);
  }

  /** Queued again, for a resume; its next run starts from what was last committed. */
  requeue(id: number): void {
    this.db.prepare("UPDATE jobs SET state = 'queued', phase = '', done = 0, total = 0, error = NULL WHERE id = ?").run(id);
  }

  /**
   * Finds jobs left "running" by a process that no longer exists (killed, crashed, power cut) and
   * marks them interrupted. SQLite has already rolled back their open transaction; the caller
   * decides whether to run them again.
   */
  recoverInterrupted(isAlive: (pid: number) => boolean = processIsAlive): JobInfo[] {
    const host = os.hostname();
    const stale = (this.db.prepare("SELECT * FROM jobs WHERE state IN ('running')").all() as JobRow[]).filter(
      (r) => r.host !== host || r.pid === null || (r.pid !== process.pid && !isAlive(r.pid)),
    );
    for (const r of stale) {
      this.db
        .prepare("UPDATE jobs SET state = 'interrupted', error = ?, finished_at = ?, pid = NULL WHERE id = ? AND state = 'running'")
        .run(
          JSON.stringify({
            code: 'internal',
            message: `the process running this job stopped during "${r.phase || 'start'}"; its uncommitted writes were rolled back`,
          }),
          this.now(),
          r.id,
        );
    }
    return stale.map((r) => this.get(r.id)!);
  }
}

export function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}
