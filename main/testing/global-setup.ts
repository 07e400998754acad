// Builds the Node bundles once before the tests: job workers and spawned CLI processes run the
// real dist/ code, the same files `npm start` and the `counting-house` command run.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export default function setup() {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
  execFileSync(process.execPath, [path.join(root, 'scripts/build.mjs'), '--main'], { cwd: root, stdio: 'inherit' });
}
