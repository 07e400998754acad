// The job journal: every long job (import now; sync, crawl, scoring, reconciliation later) is a
// row here before it starts, so a job cut off by a crash is found on the next start and either
// resumed or reported as rolled back.
//
// The journal is its own small SQLite file beside the workspace ("main.jobs.sqlite" beside
// "main.sqlite"). SQLite has one writer per file, and a job's worker holds the workspace's write
// lock for its whole write phase; were the journal in the workspace, the thread that answers the
// UI would wait (or fail with "database is locked") to queue a second import or cancel a queued
// one. The one fact that must be atomic with a job's data, "this job's writes are in", is a
// `job_outcomes` row the job writes inside its own transaction in the workspace (see outcomes.ts);
// recovery reads it to tell a job that committed from one that was rolled back.
//
// Who is alive: each process that opens a workspace is a *launch* (a random id, its pid and host).
// It claims the jobs it queues and runs and refreshes a heartbeat on them every few seconds. A
// queued or running job whose launch stopped beating (or whose pid is gone) was cut off.
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { DB } from '../db/connection';
import type { ImportReport, JobInfo, JobState } from '../contract/api';
import { isoSeconds, type Clock } from '../platform/clock';
import type { AppErrorData } from '../contract/errors';

interface JobRow {
  id: number;
  uid: string;
  kind: string;
  title: string;
  params: string;
  state: JobState;
  phase: string;
  done: number;
  total: number;
  attempts: number;
  auto_resume: number;
  launch: string | null;
  pid: number | null;
  host: string | null;
  heartbeat_ms: number | null;
  created_at: string;
  started_at: string | null;
  finished_at: string | null;
  report: string | null;
  error: string | null;
}

/** A launch that stopped refreshing its heartbeat for this long is gone (beats every 5 s). */
export const STALE_AFTER_MS = 30_000;
export const HEARTBEAT_MS = 5_000;
/** A job cut off this many times is not run again by itself: something in it kills the process. */
export const MAX_AUTO_ATTEMPTS = 3;

const SCHEMA = [
  `CREATE TABLE jobs (
    id           INTEGER PRIMARY KEY,
    uid          TEXT NOT NULL UNIQUE,   -- names the job in the workspace's job_outcomes
    kind         TEXT NOT NULL,
    title        TEXT NOT NULL,
    params       TEXT NOT NULL,          -- JSON: everything needed to run the job again
    state        TEXT NOT NULL,          -- queued | running | succeeded | failed | cancelled | interrupted
    phase        TEXT NOT NULL DEFAULT '',
    done         INTEGER NOT NULL DEFAULT 0,
    total        INTEGER NOT NULL DEFAULT 0,
    attempts     INTEGER NOT NULL DEFAULT 0,
    auto_resume  INTEGER NOT NULL DEFAULT 0, -- interrupted by a crash or a quit: run again on the next start
    launch       TEXT,                   -- the process that queued or runs it
    pid          INTEGER,
    host         TEXT,
    heartbeat_ms INTEGER,
    created_at   TEXT NOT NULL,
    started_at   TEXT,
    finished_at  TEXT,
    report       TEXT,                   -- JSON, for people
    error        TEXT                    -- JSON {code, message, details}
  ) STRICT;
  CREATE INDEX jobs_state ON jobs(state);`,
];

/** "main.sqlite" -> "main.jobs.sqlite"; "w.db" -> "w.jobs.db"; "w" -> "w.jobs". */
export function journalFileFor(workspaceFile: string): string {
  if (workspaceFile === ':memory:') return ':memory:';
  const ext = path.extname(workspaceFile);
  return ext ? workspaceFile.slice(0, -ext.length) + '.jobs' + ext : workspaceFile + '.jobs';
}

export function openJournalDb(file: string, options: { readonly?: boolean } = {}): DB {
  if (file !== ':memory:') fs.mkdirSync(path.dirname(file), { recursive: true });
  const db = new Database(file, { readonly: options.readonly ?? false });
  db.pragma('busy_timeout = 5000');
  if (options.readonly) return db;
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  const version = db.pragma('user_version', { simple: true }) as number;
  if (version > SCHEMA.length) {
    db.close();
    throw new Error(`this workspace's job journal was written by a newer version of Counting House (schema ${version})`);
  }
  for (let v = version; v < SCHEMA.length; v++) {
    db.transaction(() => {
      db.exec(SCHEMA[v]);
      db.pragma(`user_version = ${v + 1}`);
    })();
  }
  return db;
}

export interface Launch {
  id: string;
  pid: number;
  host: string;
}

export function thisLaunch(): Launch {
  return { id: randomUUID(), pid: process.pid, host: os.hostname() };
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

/** Looks up whether a job's writes were committed to the workspace, and with what report. */
export type OutcomeLookup = (uid: string) => ImportReport | null;

export class JobJournal {
  constructor(
    readonly db: DB,
    private readonly clock: Clock,
    readonly launch: Launch = thisLaunch(),
    /** wall-clock milliseconds for heartbeats (liveness is about real time, whatever the business clock says) */
    private readonly nowMs: () => number = Date.now,
  ) {}

  private now() {
    return isoSeconds(this.clock());
  }

  create(kind: string, title: string, params: unknown): number {
    const l = this.launch;
    const r = this.db
      .prepare(
        "INSERT INTO jobs (uid, kind, title, params, state, launch, pid, host, heartbeat_ms, created_at) VALUES (?, ?, ?, ?, 'queued', ?, ?, ?, ?, ?)",
      )
      .run(randomUUID(), kind, title, JSON.stringify(params), l.id, l.pid, l.host, this.nowMs(), this.now());
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

  markRunning(id: number): void {
    const l = this.launch;
    this.db
      .prepare(
        "UPDATE jobs SET state = 'running', phase = 'starting', done = 0, total = 0, attempts = attempts + 1, auto_resume = 0, launch = ?, pid = ?, host = ?, started_at = ?, heartbeat_ms = ?, finished_at = NULL, error = NULL WHERE id = ?",
      )
      .run(l.id, l.pid, l.host, this.now(), this.nowMs(), id);
  }

  progress(id: number, phase: string, done: number, total: number): void {
    this.db.prepare('UPDATE jobs SET phase = ?, done = ?, total = ?, heartbeat_ms = ? WHERE id = ?').run(phase, done, total, this.nowMs(), id);
  }

  succeed(id: number, report: unknown): void {
    this.db
      .prepare("UPDATE jobs SET state = 'succeeded', phase = 'done', done = total, report = ?, finished_at = ?, auto_resume = 0, launch = NULL, pid = NULL WHERE id = ?")
      .run(JSON.stringify(report), this.now(), id);
  }

  fail(id: number, state: 'failed' | 'cancelled', error: AppErrorData): void {
    this.db
      .prepare('UPDATE jobs SET state = ?, error = ?, finished_at = ?, auto_resume = 0, launch = NULL, pid = NULL WHERE id = ?')
      .run(state, JSON.stringify(error), this.now(), id);
  }

  /** Cut off (the app closed, or the process running it died): it may run again on the next start. */
  interrupt(id: number, message: string, autoResume: boolean): void {
    this.db
      .prepare("UPDATE jobs SET state = 'interrupted', error = ?, finished_at = ?, auto_resume = ?, launch = NULL, pid = NULL WHERE id = ?")
      .run(JSON.stringify({ code: 'interrupted', message }), this.now(), autoResume ? 1 : 0, id);
  }

  /** Queued again by this launch, for a resume; its next run starts from what was last committed. */
  requeue(id: number): void {
    const l = this.launch;
    this.db
      .prepare("UPDATE jobs SET state = 'queued', phase = '', done = 0, total = 0, error = NULL, auto_resume = 0, launch = ?, pid = ?, host = ?, heartbeat_ms = ? WHERE id = ?")
      .run(l.id, l.pid, l.host, this.nowMs(), id);
  }

  /** Refreshes this launch's claim on the jobs it holds. */
  heartbeat(): void {
    this.db.prepare("UPDATE jobs SET heartbeat_ms = ? WHERE launch = ? AND state IN ('queued', 'running')").run(this.nowMs(), this.launch.id);
  }

  /** Queued or running jobs held by another launch that is still alive (another app window, a CLI import). */
  activeElsewhere(isAlive: (pid: number) => boolean = processIsAlive): JobInfo[] {
    return this.active()
      .filter((r) => r.launch !== this.launch.id && !this.isStale(r, isAlive))
      .map(toJobInfo);
  }

  private active(): JobRow[] {
    return this.db.prepare("SELECT * FROM jobs WHERE state IN ('queued', 'running') ORDER BY id").all() as JobRow[];
  }

  private isStale(r: JobRow, isAlive: (pid: number) => boolean): boolean {
    if (r.launch === this.launch.id) return false;
    if (r.launch === null || r.pid === null) return true;
    if (r.host === this.launch.host) {
      // the same pid in another launch is this pid's previous life (a container restarts as pid 1)
      if (r.pid === this.launch.pid || !isAlive(r.pid)) return true;
    }
    // a pid can be reused or linger as a zombie: the heartbeat settles it
    return this.nowMs() - (r.heartbeat_ms ?? 0) > STALE_AFTER_MS;
  }

  /**
   * Finds queued and running jobs whose launch is gone (killed, crashed, power cut, or quit
   * without saying so). A running job whose outcome row is in the workspace did commit: it is
   * marked succeeded with that report. Every other one is marked interrupted, to run again on
   * the next start: SQLite has already rolled back whatever it had not committed.
   */
  recoverStale(outcome: OutcomeLookup, isAlive: (pid: number) => boolean = processIsAlive): JobInfo[] {
    const found: JobInfo[] = [];
    for (const r of this.active()) {
      if (!this.isStale(r, isAlive)) continue;
      const report = r.state === 'running' ? outcome(r.uid) : null;
      // only the launch that wins this update reports (and may resume) the job
      const claimed = report
        ? this.db
            .prepare("UPDATE jobs SET state = 'succeeded', phase = 'done', done = total, report = ?, finished_at = ?, launch = NULL, pid = NULL WHERE id = ? AND state = ? AND launch IS ?")
            .run(JSON.stringify(report), this.now(), r.id, r.state, r.launch)
        : this.db
            .prepare("UPDATE jobs SET state = 'interrupted', error = ?, finished_at = ?, auto_resume = 1, launch = NULL, pid = NULL WHERE id = ? AND state = ? AND launch IS ?")
            .run(
              JSON.stringify({
                code: 'interrupted',
                message:
                  r.state === 'running'
                    ? `the process running this job stopped during "${r.phase || 'start'}"; its uncommitted writes were rolled back`
                    : 'the process that queued this job stopped before it could start',
              }),
              this.now(),
              r.id,
              r.state,
              r.launch,
            );
      if (claimed.changes === 1) found.push(this.get(r.id)!);
    }
    return found;
  }

  /** Staging folders of import jobs that may still run again (not succeeded, not cancelled). */
  unfinishedImportBatches(): string[] {
    const params = this.db.prepare("SELECT params FROM jobs WHERE kind = 'import' AND state NOT IN ('succeeded', 'cancelled')").pluck().all() as string[];
    return params.map((p) => (JSON.parse(p) as { batchDir?: string }).batchDir).filter((d): d is string => !!d);
  }

  /** Interrupted jobs waiting to run again by themselves, oldest first. */
  toResume(): JobInfo[] {
    return (this.db.prepare("SELECT * FROM jobs WHERE state = 'interrupted' AND auto_resume = 1 ORDER BY id").all() as JobRow[]).map(toJobInfo);
  }

  /** Stops a job from running again by itself, saying why (it kept crashing, its files are gone). */
  holdBack(id: number, message: string): void {
    this.db.prepare("UPDATE jobs SET auto_resume = 0, error = ? WHERE id = ? AND state = 'interrupted'").run(JSON.stringify({ code: 'interrupted', message }), id);
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
