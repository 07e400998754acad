// `npm start` without a desktop shell: the browser host on 127.0.0.1 with a per-launch token.
import { parseArgs } from 'node:util';
import { BackOffice } from '../app/backoffice';
import { userDataDir } from '../app/paths';
import { rendererDir, sampleDir } from '../app/locations';
import { APP_VERSION } from '../platform/version';
import { startHost } from './server';
import { CLOSED_BY_QUIT } from '../workflow/runner';

const { values } = parseArgs({
  options: {
    port: { type: 'string' },
    'data-dir': { type: 'string' },
    workspace: { type: 'string' },
    quiet: { type: 'boolean', default: false },
  },
});

const dataDir = values['data-dir'] ?? userDataDir();
const bo = new BackOffice({
  dataDir,
  shell: 'browser',
  version: APP_VERSION,
  sampleDir: sampleDir(),
  workspace: values.workspace === 'sample' ? 'sample' : 'main',
  resumeInterrupted: true,
  sweepStaging: true,
});
const host = await startHost({ bo, staticDir: rendererDir(), port: values.port ? Number(values.port) : 0 });

const lines = [
  `Counting House ${APP_VERSION} is running without the desktop shell (no Electron binary here), as a local web app.`,
  `Open: ${host.openUrl}`,
  `Workspace: ${bo.workspace.path}`,
];
// what became of jobs the last run left unfinished: cut off by a crash, or stopped by a quit
const told = new Set<number>();
for (const cut of [...bo.recovered, ...bo.resumedAtStart]) {
  if (told.has(cut.jobId)) continue;
  told.add(cut.jobId);
  const job = bo.journal.get(cut.jobId) ?? cut;
  const how = cut.error?.message?.startsWith(CLOSED_BY_QUIT) ? 'was stopped when the app last closed' : 'was cut off last time';
  const what =
    job.state === 'succeeded'
      ? 'it had committed everything before the stop'
      : job.state === 'queued' || job.state === 'running'
        ? 'it is being run again'
        : `it was not run again: ${job.error?.message ?? job.state}`;
  lines.push(`Job ${job.jobId} (${job.title}) ${how}; ${what}.`);
}
lines.push('Press Ctrl+C to stop.');
if (!values.quiet) console.log(lines.join('\n'));
// machine-readable line for scripts and tests that start the host
console.log(JSON.stringify({ event: 'listening', url: host.url, openUrl: host.openUrl, token: host.token, port: host.port }));

let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  const unfinished = bo.jobs.held().map((id) => bo.journal.get(id)!);
  await host.close();
  await bo.close();
  for (const j of unfinished) {
    if (!values.quiet) console.log(`Stopped with job ${j.jobId} (${j.title}) unfinished: nothing of it was kept, and it runs again on the next start.`);
  }
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
