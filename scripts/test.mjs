// `npm test`: every test. Finds a Chromium for the end-to-end tests (installing Debian's when it
// can), builds, runs vitest then Playwright, and ends with one plain line "N passed, N failed".
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const results = path.join(root, 'test-results');
fs.mkdirSync(results, { recursive: true });
const say = (s) => console.log(`[test] ${s}`);

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable', '/opt/google/chrome/chrome', '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'];

export function findChromium(env = process.env, exists = fs.existsSync) {
  if (env.CHROMIUM_PATH) return exists(env.CHROMIUM_PATH) ? env.CHROMIUM_PATH : null;
  return CANDIDATES.find((p) => exists(p)) ?? null;
}

function ensureChromium() {
  let found = findChromium();
  if (found) return found;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && fs.existsSync('/etc/debian_version') && fs.existsSync('/usr/bin/apt-get')) {
    say("no Chromium found: installing Debian's chromium package (apt-get install -y chromium) for the end-to-end tests");
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    const r = spawnSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env });
    found = findChromium();
    if (r.status === 0 && found) return found;
  }
  console.error('No Chromium for the end-to-end tests: install one (Debian: sudo apt-get install chromium) or set CHROMIUM_PATH to a Chrome or Chromium executable.');
  process.exit(1);
}

function run(cmd, args, env = {}) {
  return spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } }).status;
}

function readJson(file) {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

/**
 * vitest's JSON report, counted strictly: a skipped test fails (none is meant to be skipped: a
 * test that a missing file or a failed beforeAll skips must not pass quietly), so does a file that
 * failed outside any test (an import error, a throwing beforeAll), and so does a non-zero exit.
 */
export function countUnit(report, status) {
  if (!report) return [0, 1];
  const fileErrors = (report.testResults ?? []).filter((f) => f.status === 'failed' && !(f.assertionResults ?? []).some((a) => a.status === 'failed')).length;
  const failed = report.numFailedTests + (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0) + fileErrors;
  return [report.numPassedTests, failed === 0 && (status !== 0 || report.success === false) ? 1 : failed];
}

/** Playwright's JSON report, counted the same way: skipped and errors outside tests fail too. */
export function countE2e(report, status) {
  if (!report?.stats) return [0, 1];
  const s = report.stats;
  const failed = s.unexpected + (s.skipped ?? 0) + (report.errors?.length ?? 0);
  return [s.expected + (s.flaky ?? 0), failed === 0 && status !== 0 ? 1 : failed];
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  // a summary left by an earlier run must never stand for this one
  for (const f of ['unit.json', 'e2e.json', 'summary.txt']) fs.rmSync(path.join(results, f), { force: true });
  const chromium = ensureChromium();
  say(`Chromium: ${chromium}`);
  // the types are checked first (the bundlers strip them without a look): a type error is a failure
  const tsc = path.join(root, 'node_modules', '.bin', 'tsc');
  const typed = Math.max(run(tsc, ['-p', 'tsconfig.json', '--noEmit']) ?? 1, run(tsc, ['-p', 'renderer/tsconfig.json', '--noEmit']) ?? 1);
  if (typed !== 0) say('the type check failed');
  const built = run(process.execPath, ['scripts/build.mjs']);
  let passed = 0;
  let failed = (built === 0 ? 0 : 1) + (typed === 0 ? 0 : 1);
  if (built === 0) {
    const bin = (name) => path.join(root, 'node_modules', '.bin', name);
    const unitStatus = run(bin('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${path.join(results, 'unit.json')}`]);
    const unit = countUnit(readJson(path.join(results, 'unit.json')), unitStatus);
    const e2eStatus = run(bin('playwright'), ['test'], { CHROMIUM_PATH: chromium });
    const e2e = countE2e(readJson(path.join(results, 'e2e.json')), e2eStatus);
    passed = unit[0] + e2e[0];
    failed = unit[1] + e2e[1];
    say(`unit and integration: ${unit[0]} passed, ${unit[1]} failed; end to end: ${e2e[0]} passed, ${e2e[1]} failed`);
  }
  const summary = `${passed} passed, ${failed} failed`;
  fs.writeFileSync(path.join(results, 'summary.txt'), summary + '\n');
  console.log(summary);
  process.exit(failed === 0 ? 0 : 1);
}
