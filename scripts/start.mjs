// `npm start`: the desktop app where an Electron binary exists; elsewhere (the build machines,
// where it cannot be downloaded) the same UI from the browser host on 127.0.0.1. Builds first
// when dist/ is missing or older than the sources. Never imports 'electron': under plain Node
// that throws when the binary is missing.
//   node scripts/start.mjs [--browser] [host options: --port N --data-dir DIR --workspace sample]
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));

/** Where the electron package keeps its binary, as its own index.js finds it; null when absent. */
export function electronBinary(root, env = process.env) {
  const pkg = path.join(root, 'node_modules', 'electron');
  if (!fs.existsSync(path.join(pkg, 'package.json'))) return { path: null, reason: 'the electron package is not installed' };
  let rel = null;
  try {
    rel = fs.readFileSync(path.join(pkg, 'path.txt'), 'utf8').trim();
  } catch {
    // no path.txt: the download never finished
  }
  if (env.ELECTRON_OVERRIDE_DIST_PATH) {
    const bin = path.join(env.ELECTRON_OVERRIDE_DIST_PATH, rel || 'electron');
    return fs.existsSync(bin) ? { path: bin } : { path: null, reason: `no Electron binary at ${bin}` };
  }
  if (!rel) return { path: null, reason: 'the Electron binary was never downloaded (node_modules/electron has no path.txt)' };
  const bin = path.join(pkg, 'dist', rel);
  return fs.existsSync(bin) ? { path: bin } : { path: null, reason: `no Electron binary at ${path.relative(root, bin)}` };
}

/** Which shell `npm start` runs, and why, in one sentence. */
export function chooseShell({ root, env = process.env, argv = [], platform = process.platform }) {
  if (argv.includes('--browser') || env.COUNTING_HOUSE_SHELL === 'browser') {
    return { shell: 'browser', reason: 'the browser host was asked for' };
  }
  const found = electronBinary(root, env);
  if (!found.path) return { shell: 'browser', reason: `${found.reason}; it cannot be downloaded on this machine` };
  if (platform === 'linux' && !env.DISPLAY && !env.WAYLAND_DISPLAY) {
    return { shell: 'browser', reason: 'Electron is installed but there is no display (neither DISPLAY nor WAYLAND_DISPLAY is set)' };
  }
  const rel = path.relative(root, found.path);
  return { shell: 'electron', binary: found.path, reason: `Electron found at ${rel.startsWith('..') || path.isAbsolute(rel) ? found.path : rel}` };
}

const SOURCE_DIRS = ['main', 'preload', 'renderer'];
const SOURCE_FILES = ['package.json', 'scripts/build.mjs'];

function newestSource(root) {
  let newest = 0;
  const walk = (dir) => {
    let entries;
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      if (e.name.startsWith('.') || e.name === 'node_modules') continue;
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isFile() && !/\.test\.tsx?$/.test(e.name)) newest = Math.max(newest, fs.statSync(p).mtimeMs);
    }
  };
  for (const d of SOURCE_DIRS) walk(path.join(root, d));
  for (const f of SOURCE_FILES) {
    const p = path.join(root, f);
    if (fs.existsSync(p)) newest = Math.max(newest, fs.statSync(p).mtimeMs);
  }
  return newest;
}

/** Whether dist/ must be built before `shell` can run: an output is missing or older than a source. */
export function needsBuild(root, shell) {
  const outputs = ['dist/host.js', 'dist/job-worker.js', 'dist/renderer/index.html'];
  if (shell === 'electron') outputs.push('dist/electron/main.js', 'dist/preload/index.cjs');
  const missing = outputs.filter((o) => !fs.existsSync(path.join(root, o)));
  if (missing.length) return { build: true, reason: `${missing.join(', ')} ${missing.length === 1 ? 'is' : 'are'} missing` };
  const oldest = Math.min(...outputs.map((o) => fs.statSync(path.join(root, o)).mtimeMs));
  if (newestSource(root) > oldest) return { build: true, reason: 'the sources changed since the last build' };
  return { build: false, reason: 'dist/ is up to date' };
}

function run(command, args, env) {
  const child = spawn(command, args, { stdio: 'inherit', env });
  const forward = (signal) => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
  };
  for (const s of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(s, forward);
  // `kill <npm's pid>` ends npm and its shell but no signal reaches us: when the process that
  // started us is gone, stop the app as a Ctrl+C would, rather than serve on without an owner
  const parent = process.ppid;
  const watch = setInterval(() => {
    if (process.ppid !== parent) {
      clearInterval(watch);
      forward('SIGTERM');
    }
  }, 1000);
  watch.unref();
  child.on('error', (e) => {
    console.error(`[start] could not start ${command}: ${e.message}`);
    process.exit(1);
  });
  child.on('exit', (code, signal) => process.exit(code ?? (signal === 'SIGINT' ? 130 : signal ? 1 : 0)));
}

export function main(argv = process.argv.slice(2)) {
  const root = path.resolve(here, '..');
  const choice = chooseShell({ root, argv });
  const b = needsBuild(root, choice.shell);
  if (b.build) {
    console.log(`[start] building first: ${b.reason}`);
    const r = spawnSync(process.execPath, [path.join(root, 'scripts', 'build.mjs')], { cwd: root, stdio: 'inherit' });
    if (r.status !== 0) process.exit(r.status ?? 1);
  }
  const args = argv.filter((a) => a !== '--browser');
  if (choice.shell === 'electron') {
    console.log(`[start] starting the desktop app: ${choice.reason}.`);
    const env = { ...process.env };
    delete env.ELECTRON_RUN_AS_NODE; // would make the binary behave as plain Node
    run(choice.binary, [root, ...args], env);
  } else {
    console.log(`[start] starting the browser host instead of the desktop app: ${choice.reason}.`);
    run(process.execPath, [path.join(root, 'dist', 'host.js'), ...args], process.env);
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
