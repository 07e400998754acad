// counting-house: the command line for scripting and month-end jobs. Plain Node, no Electron.
// Imports run as journaled jobs in a worker thread, exactly as from the app; a progress bar on a
// terminal, --json for machines, a non-zero exit and a one-line reason on failure.
import fs from 'node:fs';
import path from 'node:path';
import { Command, CommanderError, Option } from 'commander';
import cliProgress from 'cli-progress';
import { BackOffice } from '../app/backoffice';
import { userDataDir, workspaceFile } from '../app/paths';
import { openDatabase } from '../db/connection';
import { latestSchemaVersion } from '../db/migrate';
import { sampleDir } from '../app/locations';
import { APP_VERSION } from '../platform/version';
import type { ImportKind, JobInfo } from '../contract/api';
import { describeProblem, type AppErrorData } from '../contract/errors';
import { formatMoney } from '../contract/money';
import { describeError } from '../db/errors';
import { filesOfFolder } from '../modules/imports/staging';
import type { ImportFile } from '../modules/imports/files';
import { emptyStatus, workspaceStatus } from '../workspace/status';

/** A problem the command reports in one line; exit 2 for bad usage or bad input, 1 otherwise. */
class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: 1 | 2 = 2,
  ) {
    super(message);
  }
}

/**
 * The workspace file a command works on: --db, or the app's own. A --db in a folder that does
 * not exist is refused rather than created; a folder or a file that is not SQLite is refused by
 * openDatabase, with the path.
 */
function workspacePath(db: string | undefined, opts: { mustExist: boolean }): string {
  const file = db ? path.resolve(db) : workspaceFile(userDataDir(), 'main');
  if (!db || fs.existsSync(file)) return file;
  if (opts.mustExist) throw new CliError(`${db}: no such workspace file`);
  if (!fs.existsSync(path.dirname(file))) throw new CliError(`${db}: the folder ${path.dirname(file)} does not exist`);
  return file;
}

function openBackOffice(file: string): BackOffice {
  return new BackOffice({
    dataDir: userDataDir(),
    dbFile: file,
    shell: 'browser',
    version: APP_VERSION,
    sampleDir: sampleDir(),
  });
}

function filesFor(kind: ImportKind, target: string): ImportFile[] {
  if (!fs.existsSync(target)) throw new CliError(`${target}: no such file or folder`);
  const isDir = fs.statSync(target).isDirectory();
  if (kind === 'olist' && !isDir) throw new CliError(`${target}: an Olist import takes the folder of its CSV files`);
  if (kind === 'online-retail' && isDir) throw new CliError(`${target}: an Online Retail import takes one CSV file`);
  const files = isDir ? filesOfFolder(target).filter((f) => (kind === 'shopify' ? /\.json$/i.test(f.name) : /\.csv$/i.test(f.name))) : [{ path: path.resolve(target), name: path.basename(target) }];
  if (files.length === 0) throw new CliError(`${target}: no ${kind === 'shopify' ? 'JSON' : 'CSV'} files in this folder`);
  return files;
}

/** An output pipe that closed early (`| head`) must not kill an import half-way: stop writing instead. */
function tolerateClosedPipes() {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code !== 'EPIPE') throw e;
      stream.write = (() => true) as typeof stream.write;
    });
  }
}

/** Another live process (the app, a second CLI) with a job queued or running in this workspace. */
function busyWith(bo: BackOffice): string | null {
  const other = bo.journal.activeElsewhere()[0];
  if (!other) return null;
  const pid = bo.journal.row(other.jobId)?.pid;
  return `job ${other.jobId} (${other.title}) is ${other.state} in process ${pid ?? '?'}`;
}

function oneLine(e: AppErrorData): string {
  const p = e.details?.problems?.[0];
  const more = (e.details?.problems?.length ?? 0) > 1 ? ` (and ${e.details!.problems!.length - 1} more problems)` : '';
  return p ? describeProblem(p) + more : e.message;
}

async function runImport(kind: ImportKind, target: string, opts: { db?: string; json?: boolean }) {
  const files = filesFor(kind, target);
  const bo = openBackOffice(workspacePath(opts.db, { mustExist: false }));
  const tty = process.stderr.isTTY && !opts.json;
  try {
    const busy = busyWith(bo);
    if (busy) throw new CliError(`the workspace is busy: ${busy}; try again when it has finished`, 1);
    for (const job of bo.recovered) {
      process.stderr.write(
        job.state === 'succeeded'
          ? `note: job ${job.jobId} (${job.title}) was cut off just after it committed; it is recorded as succeeded.\n`
          : `note: job ${job.jobId} (${job.title}) was cut off by a crash; its unfinished writes were rolled back.\n`,
      );
    }
    const again = bo.findInterruptedImport(files);
    const jobId = again ?? bo.startImport({ kind, files });
    if (again) {
      bo.jobs.resume(again);
      process.stderr.write(`resuming job ${again}: running the interrupted import again; what it already committed is not duplicated.\n`);
    }
    const bar = tty
      ? new cliProgress.SingleBar(
          { format: '{phase} [{bar}] {percentage}% | {value}/{total}', hideCursor: true, clearOnComplete: true, stream: process.stderr },
          cliProgress.Presets.shades_classic,
        )
      : null;
    let started = false;
    // a bar on a terminal; nothing on a pipe, so scripts see only the result or the one-line error
    bo.events.on('job.progress', (p) => {
      if (!bar || p.jobId !== jobId || p.state !== 'running') return;
      if (!started) {
        bar.start(Math.max(p.total, 1), p.done, { phase: p.phase.padEnd(8) });
        started = true;
      }
      bar.setTotal(Math.max(p.total, 1));
      bar.update(p.done, { phase: p.phase.padEnd(8) });
    });
    const job = await bo.jobs.wait(jobId);
    bar?.stop();
    return finish(job, opts.json);
  } finally {
    await bo.close();
  }
}

function finish(job: JobInfo, json?: boolean): number {
  if (job.state === 'succeeded' && job.report) {
    if (json) {
      process.stdout.write(JSON.stringify({ jobId: job.jobId, state: job.state, report: job.report }) + '\n');
    } else {
      const r = job.report;
      const lines = [`Imported ${r.files.map((f) => f.name).join(', ')} (job ${job.jobId}, ${r.durationMs} ms)`];
      for (const [entity, t] of Object.entries(r.written)) {
        const removed = t.removed ?? 0;
        if (t.inserted + t.updated + t.unchanged + removed > 0) {
          lines.push(`  ${entity.padEnd(12)} ${t.inserted} new, ${t.updated} changed, ${t.unchanged} unchanged${removed ? `, ${removed} removed` : ''}`);
        }
      }
      lines.push(...r.notes.map((n) => `  - ${n}`));
      process.stdout.write(lines.join('\n') + '\n');
    }
    return 0;
  }
  const error = job.error ?? { code: 'internal', message: `job ended ${job.state}` };
  if (json) process.stdout.write(JSON.stringify({ jobId: job.jobId, state: job.state, error }) + '\n');
  process.stderr.write(`error: ${oneLine(error as AppErrorData)}\n`);
  return error.code === 'bad_input' ? 2 : 1;
}

export function buildProgram(): Command {
  const program = new Command('counting-house')
    .description('Counting House back office: imports and workspace figures from the command line')
    .version(APP_VERSION)
    .showHelpAfterError()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) })
    // a wrong command line is a usage error (exit 2), said by commander, not a crash of ours
    .exitOverride();
  const dbOption = () => new Option('--db <file>', "SQLite workspace file (default: the app's workspace in the OS user-data folder)");
  const imp = program.command('import').description('import a file or folder of shop data, as one job');
  const kinds: [ImportKind, string, string][] = [
    ['olist', '<dir>', 'an Olist CSV folder (the eight files of the public dataset)'],
    ['online-retail', '<csv>', 'a UCI Online Retail CSV'],
    ['shopify', '<file-or-dir>', 'Shopify Admin REST payloads (orders, customers, products)'],
  ];
  for (const [kind, arg, what] of kinds) {
    imp
      .command(`${kind} ${arg}`)
      .description(`import ${what}`)
      .addOption(dbOption())
      .option('--json', 'print the report as JSON')
      .action(async (target: string, o: { db?: string; json?: boolean }) => {
        process.exitCode = await runImport(kind, target, o);
      });
  }
  program
    .command('status')
    .description('counts of orders, lines, payments, refunds, customers, products, sellers, reviews and payment totals')
    .addOption(dbOption())
    .option('--json', 'print JSON')
    .action(async (o: { db?: string; json?: boolean }) => {
      const file = workspacePath(o.db, { mustExist: true });
      // a look, not a change: read-only, so no migration, recovery or sweep touches the workspace
      const fresh = !fs.existsSync(file);
      const db = fresh ? null : openDatabase(file, { readonly: true });
      try {
        if (db && (db.pragma('user_version', { simple: true }) as number) < latestSchemaVersion()) {
          throw new CliError(`${file}: written by an older version; open it with the app or run an import to upgrade it first`, 1);
        }
        const s = db ? workspaceStatus(db) : emptyStatus();
        if (o.json) process.stdout.write(JSON.stringify(s) + '\n');
        else {
          const rows = Object.entries(s).filter(([k]) => k !== 'paymentTotals');
          process.stdout.write(`Workspace ${file}${fresh ? ' (not created yet)' : ''}\n` + rows.map(([k, v]) => `  ${k.padEnd(11)} ${Number(v).toLocaleString('en-US')}`).join('\n') + '\n');
          for (const [cur, minor] of Object.entries(s.paymentTotals)) process.stdout.write(`  paid       ${formatMoney(minor, cur, 'en-US')} (${cur})\n`);
        }
      } finally {
        db?.close();
      }
    });
  program
    .command('jobs')
    .description('recent jobs; with --resume <id>, run an interrupted job again')
    .addOption(dbOption())
    .option('--resume <id>', 'run this interrupted or failed job again')
    .option('--json', 'print JSON')
    .action(async (o: { db?: string; json?: boolean; resume?: string }) => {
      const file = workspacePath(o.db, { mustExist: true });
      if (!fs.existsSync(file)) {
        // a look at jobs makes no workspace
        if (o.json) process.stdout.write('[]\n');
        else process.stdout.write(`No jobs: there is no workspace yet at ${file}.\n`);
        return;
      }
      const bo = openBackOffice(file);
      try {
        if (o.resume) {
          const id = Number(o.resume);
          if (!bo.canResume(id)) throw new CliError(`job ${o.resume} cannot be run again (unknown, not an import, or its files are gone)`);
          bo.jobs.resume(id);
          process.exitCode = finish(await bo.jobs.wait(id), o.json);
          return;
        }
        const jobs = bo.journal.list(20);
        if (o.json) process.stdout.write(JSON.stringify(jobs) + '\n');
        else for (const j of jobs) process.stdout.write(`${String(j.jobId).padStart(4)}  ${j.state.padEnd(11)} ${j.createdAt}  ${j.title}\n`);
      } finally {
        await bo.close();
      }
    });
  return program;
}

export async function main(argv: string[]): Promise<number> {
  tolerateClosedPipes();
  try {
    await buildProgram().parseAsync(argv);
    return Number(process.exitCode ?? 0);
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : 2; // help and --version exit 0; commander has said what was wrong
    const data = e instanceof CliError ? { code: 'bad_request' as const, message: e.message } : describeError(e);
    process.stderr.write(`error: ${oneLine(data)}\n`);
    if (e instanceof CliError) return e.exitCode;
    return data.code === 'bad_input' || data.code === 'bad_request' ? 2 : 1;
  }
}
