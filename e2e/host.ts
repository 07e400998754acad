// Starts the browser host (dist/host.js) on a data folder and reads its JSON "listening" line.
// `node` is spawned directly so the PID held is the server's own, and it is stopped by that PID.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export interface RunningHost {
  pid: number;
  url: string;
  openUrl: string;
  token: string;
  port: number;
  dataDir: string;
  child: ChildProcess;
}

export function freshDataDir(label: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), `counting-house-e2e-${label}-`));
}

/** Imports into a data folder's main workspace with the CLI (before a host opens it). */
export function importWithCli(dataDir: string, kind: 'olist' | 'online-retail' | 'shopify', source: string): void {
  execFileSync(process.execPath, [path.join(repoRoot, 'bin', 'counting-house.js'), 'import', kind, source], {
    cwd: repoRoot,
    env: { ...process.env, COUNTING_HOUSE_HOME: dataDir },
    stdio: ['ignore', 'ignore', 'pipe'],
    timeout: 180_000,
  });
}

/** `port`: listen there (a restart on the same address); by default any free port. */
export function startHost(dataDir: string, timeoutMs = 30_000, port?: number): Promise<RunningHost> {
  const hostJs = path.join(repoRoot, 'dist', 'host.js');
  if (!fs.existsSync(hostJs)) throw new Error(`${hostJs} is missing: build first (node scripts/build.mjs)`);
  if (!fs.existsSync(path.join(repoRoot, 'dist', 'renderer', 'index.html'))) {
    throw new Error('dist/renderer is missing: build first (node scripts/build.mjs)');
  }
  const log = fs.openSync(path.join(dataDir, 'host.stderr.log'), 'a');
  const child = spawn(process.execPath, [hostJs, '--data-dir', dataDir, '--quiet', ...(port ? ['--port', String(port)] : [])], {
    cwd: repoRoot,
    stdio: ['ignore', 'pipe', log],
    env: { ...process.env },
  });
  return new Promise((resolve, reject) => {
    let buffered = '';
    let settled = false;
    const timer = setTimeout(() => fail(new Error(`the host did not print its "listening" line within ${timeoutMs} ms`)), timeoutMs);
    const fail = (e: Error) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(e);
    };
    child.once('error', fail);
    child.once('exit', (code, signal) => fail(new Error(`the host exited early (code ${code}, signal ${signal}); see ${dataDir}/host.stderr.log`)));
    child.stdout!.setEncoding('utf8');
    child.stdout!.on('data', (chunk: string) => {
      if (settled) return; // keep draining so the pipe never fills
      buffered += chunk;
      let nl: number;
      while ((nl = buffered.indexOf('\n')) >= 0) {
        const line = buffered.slice(0, nl).trim();
        buffered = buffered.slice(nl + 1);
        if (!line.startsWith('{')) continue;
        try {
          const msg = JSON.parse(line) as { event?: string; url: string; openUrl: string; token: string; port: number };
          if (msg.event !== 'listening') continue;
          settled = true;
          clearTimeout(timer);
          child.removeAllListeners('exit');
          resolve({ pid: child.pid!, url: msg.url, openUrl: msg.openUrl, token: msg.token, port: msg.port, dataDir, child });
          return;
        } catch {
          // not the JSON line
        }
      }
    });
  });
}

/** Stops a host by its PID: SIGTERM, then SIGKILL if it lingers. */
export async function stopHost(pid: number, timeoutMs = 10_000): Promise<void> {
  const alive = () => {
    try {
      process.kill(pid, 0);
      return true;
    } catch {
      return false;
    }
  };
  if (!alive()) return;
  process.kill(pid, 'SIGTERM');
  const until = Date.now() + timeoutMs;
  while (alive() && Date.now() < until) await new Promise((r) => setTimeout(r, 100));
  if (alive()) process.kill(pid, 'SIGKILL');
}

export function removeDir(dir: string): void {
  fs.rmSync(dir, { recursive: true, force: true });
}
