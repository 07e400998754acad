// The back office as one object: the open workspace (a SQLite file), its job runner, the staging
// area for imports and the event bus. Every transport (Electron IPC, the browser host, tests)
// drives it through the router; the CLI uses it directly.
import fs from 'node:fs';
import path from 'node:path';
import { openDatabase, type DB } from '../db/connection';
import { systemClock, type Clock } from '../platform/clock';
import type { AppInfo, JobInfo, WorkspaceEntry } from '../contract/api';
import { AppError } from '../contract/errors';
import { JobJournal, MAX_AUTO_ATTEMPTS, journalFileFor, openJournalDb, thisLaunch } from '../workflow/journal';
import { outcomeOf } from '../workflow/outcomes';
import { JobRunner } from '../workflow/runner';
import { EventBus } from './events';
import { workspaceFile, type WorkspaceName } from './paths';
import { Staging, filesOfFolder } from '../modules/imports/staging';
import { importTitle, type ImportParams } from '../modules/imports/import-job';
import type { ImportFile } from '../modules/imports/files';

export interface BackOfficeOptions {
  dataDir: string;
  shell: AppInfo['shell'];
  version: string;
  /** where the bundled sample lives (resources/sample/olist) */
  sampleDir?: string;
  workspace?: WorkspaceName;
  /** open this SQLite file instead of a named workspace (the CLI's --db) */
  dbFile?: string;
  clock?: Clock;
  workerFile?: string;
  /** the job worker's heap limit in MB (tests make it small) */
  workerHeapMb?: number;
  /** run interrupted jobs again on start (the app does; the CLI asks) */
  resumeInterrupted?: boolean;
  /** remove week-old staged uploads (the app and the web host, which own the staging area; not the CLI) */
  sweepStaging?: boolean;
}

export class BackOffice {
  readonly events = new EventBus();
  readonly clock: Clock;
  readonly staging: Staging;
  db!: DB;
  journal!: JobJournal;
  jobs!: JobRunner;
  /** this process, as the job journal knows it */
  readonly launch = thisLaunch();
  workspace!: { name: string; path: string };
  /** jobs found cut off at start, and what was done about them */
  recovered: JobInfo[] = [];
  /** interrupted jobs (by a crash or a quit) this start ran again, or held back with the reason */
  resumedAtStart: JobInfo[] = [];

  constructor(readonly opts: BackOfficeOptions) {
    this.clock = opts.clock ?? systemClock;
    this.staging = new Staging(path.join(opts.dataDir, 'staging'));
    if (opts.dbFile) this.open('file', path.resolve(opts.dbFile));
    else this.open(opts.workspace ?? 'main', workspaceFile(opts.dataDir, opts.workspace ?? 'main'));
  }

  /** whether a job's writes reached the open workspace, and its report */
  private readonly outcome = (uid: string) => outcomeOf(this.db, uid);

  private open(name: string, file: string) {
    this.db = openDatabase(file, { backupDir: path.join(this.opts.dataDir, 'backups') });
    this.workspace = { name, path: file };
    this.journal = new JobJournal(openJournalDb(journalFileFor(file)), this.clock, this.launch);
    this.jobs = new JobRunner({
      dbPath: file,
      journal: this.journal,
      outcome: this.outcome,
      workerFile: this.opts.workerFile,
      workerHeapMb: this.opts.workerHeapMb,
      onProgress: (p) => this.events.emit('job.progress', p),
      onFinished: (job) => this.jobFinished(job),
      // another process that held jobs here may die while this one runs: take its jobs over
      onHeartbeat: () => this.takeOverStaleJobs(),
    });
    this.recovered = this.journal.recoverStale(this.outcome);
    if (this.opts.sweepStaging) this.staging.sweep(this.stagedBatchesInUse());
    if (this.opts.resumeInterrupted) this.resumeCutOffJobs();
  }

  /** Uploaded batches that a job of either named workspace may still read (failed and interrupted jobs can run again). */
  private stagedBatchesInUse(): Set<string> {
    const keep = new Set(this.journal.unfinishedImportBatches());
    for (const name of ['main', 'sample'] as const) {
      const file = journalFileFor(workspaceFile(this.opts.dataDir, name));
      if (file === journalFileFor(this.workspace.path) || !fs.existsSync(file)) continue;
      const db = openJournalDb(file, { readonly: true });
      try {
        for (const dir of new JobJournal(db, this.clock, this.launch).unfinishedImportBatches()) keep.add(dir);
      } finally {
        db.close();
      }
    }
    return keep;
  }

  /** Runs jobs cut off by a crash or a quit again, unless they keep dying or their files are gone. */
  private resumeCutOffJobs() {
    for (const job of this.journal.toResume()) {
      this.resumedAtStart.push(job);
      if (job.attempts >= MAX_AUTO_ATTEMPTS) {
        this.journal.holdBack(
          job.jobId,
          `stopped ${job.attempts} times without finishing, so it is not run again by itself; resume it by hand once the cause (memory, a damaged file) is dealt with`,
        );
      } else if (!this.canResume(job.jobId)) {
        this.journal.holdBack(job.jobId, 'cut off, and its files are no longer there to run it again; import them anew');
      } else {
        this.jobs.resume(job.jobId);
      }
    }
  }

  private takeOverStaleJobs() {
    const found = this.journal.recoverStale(this.outcome);
    if (found.length === 0) return;
    this.recovered.push(...found);
    for (const job of found) {
      this.events.emit('job.progress', { jobId: job.jobId, kind: job.kind, state: job.state, phase: job.phase, done: job.done, total: job.total });
    }
    if (this.opts.resumeInterrupted) this.resumeCutOffJobs();
  }

  private jobFinished(job: JobInfo) {
    if (job.state === 'succeeded' || job.state === 'cancelled') {
      // fold the import's write-ahead log back into the file, so it does not keep hundreds of MB;
      // without waiting: another process may be writing, and this thread answers the UI
      const wait = this.db.pragma('busy_timeout', { simple: true }) as number;
      try {
        this.db.pragma('busy_timeout = 0');
        this.db.pragma('wal_checkpoint(TRUNCATE)');
      } catch {
        // busy, or a reader still holds an old snapshot: SQLite checkpoints on its own later
      } finally {
        this.db.pragma(`busy_timeout = ${wait}`);
      }
    }
    if (job.state === 'succeeded') {
      this.events.emit('db.changed', { tables: ['orders', 'order_lines', 'payments', 'refunds', 'customers', 'products', 'sellers', 'reviews'] });
      // an uploaded batch has done its work; the report keeps each file's name and sha256
      const params = this.journal.params<ImportParams>(job.jobId);
      if (job.kind === 'import' && params.batchDir) fs.rmSync(params.batchDir, { recursive: true, force: true });
    }
  }

  /** An import job can run again while its files are still there. */
  canResume(jobId: number): boolean {
    const row = this.journal.row(jobId);
    if (!row || row.kind !== 'import') return false;
    const params = JSON.parse(row.params) as ImportParams;
    return params.files.every((f) => fs.existsSync(f.path));
  }

  startImport(params: ImportParams): number {
    if (params.files.length === 0) throw new AppError('bad_request', 'no files to import');
    return this.jobs.enqueue('import', importTitle(params), params);
  }

  startImportFromBatch(batchId: string, kind?: ImportParams['kind']): number {
    const files = this.staging.files(batchId);
    return this.startImport({ kind, files, batchDir: this.staging.folder(batchId) });
  }

  /** A previous run of the same import that was cut off, to resume rather than start anew. */
  findInterruptedImport(files: ImportFile[]): number | null {
    const key = JSON.stringify(files.map((f) => path.resolve(f.path)).sort());
    for (const job of this.journal.list(200)) {
      if (job.kind !== 'import' || job.state !== 'interrupted') continue;
      const p = this.journal.params<ImportParams>(job.jobId);
      if (JSON.stringify(p.files.map((f) => path.resolve(f.path)).sort()) === key) return job.jobId;
    }
    return null;
  }

  listWorkspaces(): WorkspaceEntry[] {
    return (['main', 'sample'] as const).map((name) => {
      const file = workspaceFile(this.opts.dataDir, name);
      return { name, path: file, exists: fs.existsSync(file), current: this.workspace.path === file };
    });
  }

  /** Switches workspace; opening "sample" the first time imports the bundled Olist slice into it. */
  async openWorkspace(name: WorkspaceName): Promise<{ name: string; path: string; importJobId: number | null }> {
    const file = workspaceFile(this.opts.dataDir, name);
    if (file !== this.workspace.path) {
      if (this.jobs.busy) throw new AppError('busy', 'a job is still running in this workspace; wait for it or cancel it first');
      await this.jobs.close();
      this.journal.db.close();
      this.db.close();
      this.open(name, file);
      this.events.emit('workspace.changed', { ...this.workspace });
      this.events.emit('db.changed', { tables: ['*'] });
    }
    let importJobId: number | null = null;
    if (name === 'sample') {
      const empty = (this.db.prepare('SELECT COUNT(*) FROM orders').pluck().get() as number) === 0;
      const pending = this.journal.list(20).some((j) => j.kind === 'import' && (j.state === 'queued' || j.state === 'running'));
      if (empty && !pending) {
        if (!this.opts.sampleDir || !fs.existsSync(this.opts.sampleDir)) throw new AppError('not_found', 'the bundled sample is missing from this installation');
        importJobId = this.startImport({ kind: 'olist', files: filesOfFolder(this.opts.sampleDir) });
      }
    }
    return { ...this.workspace, importJobId };
  }

  async close(): Promise<void> {
    if (!this.db.open) return;
    await this.jobs.close();
    this.journal.db.close();
    this.db.close();
  }
}
