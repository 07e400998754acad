// Builds everything that runs: the Node bundles (CLI, browser host, job worker, Electron main and
// preload) with esbuild, and the renderer with Vite. `--main` builds only the Node bundles (tests).
import { build } from 'esbuild';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
const mainOnly = process.argv.includes('--main');
const started = performance.now();

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  packages: 'external',
  sourcemap: true,
  logLevel: 'warning',
  define: { __APP_VERSION__: JSON.stringify(pkg.version) },
};

// The job worker bundles its JS dependencies (only the native better-sqlite3 stays outside), so the
// packaged app can run it unpacked next to app.asar.
const selfContained = {
  packages: undefined,
  external: ['better-sqlite3'],
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
};
const entries = [
  { in: 'main/cli/bin.ts', out: 'dist/cli.js' },
  { in: 'main/host/index.ts', out: 'dist/host.js' },
  { in: 'main/workflow/worker.ts', out: 'dist/job-worker.js', ...selfContained },
  { in: 'main/electron/main.ts', out: 'dist/electron/main.js', external: ['electron'] },
].filter((e) => existsSync(path.join(root, e.in)));

await Promise.all(
  entries.map((e) =>
    build({
      ...common,
      format: 'esm',
      entryPoints: [path.join(root, e.in)],
      outfile: path.join(root, e.out),
      external: e.external ?? [],
      ...(e.packages === undefined && 'packages' in e ? { packages: undefined } : {}),
      ...(e.banner ? { banner: e.banner } : {}),
    }),
  ),
);
// a sandboxed preload must be CommonJS
if (existsSync(path.join(root, 'preload/index.ts'))) {
  await build({ ...common, format: 'cjs', entryPoints: [path.join(root, 'preload/index.ts')], outfile: path.join(root, 'dist/preload/index.cjs'), external: ['electron'] });
}

if (!mainOnly) {
  const { build: viteBuild } = await import('vite');
  rmSync(path.join(root, 'dist/renderer'), { recursive: true, force: true });
  await viteBuild({ configFile: path.join(root, 'renderer/vite.config.ts'), logLevel: 'warn' });
}
console.log(`built ${mainOnly ? 'main' : 'main and renderer'} in ${Math.round(performance.now() - started)} ms`);
