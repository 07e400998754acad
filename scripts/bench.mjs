// `npm run bench`: the figures each issue names, measured here, beside their yardsticks in the
// same run. Not part of `npm test`. Each step runs in a fresh process (own peak memory).
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const shared = process.env.COUNTING_HOUSE_SHARED_DATA ?? path.resolve(root, '../shared/data');
const olist = path.join(shared, 'olist/sample_15k');
const out = fs.mkdtempSync(path.join(os.tmpdir(), 'ch-bench-'));
const runs = Number(process.env.BENCH_RUNS ?? 3);

async function bundle(entry) {
  const file = path.join(out, path.basename(entry).replace(/\.ts$/, '.mjs'));
  await build({ entryPoints: [path.join(root, entry)], bundle: true, platform: 'node', format: 'esm', target: 'node20', packages: 'external', outfile: file, logLevel: 'warning', define: { __APP_VERSION__: '"bench"' } });
  // packages resolve from the repository's node_modules
  const inRepo = path.join(root, 'node_modules', '.cache', 'bench', path.basename(file));
  fs.mkdirSync(path.dirname(inRepo), { recursive: true });
  fs.copyFileSync(file, inRepo);
  return inRepo;
}

function step(script, ...args) {
  return JSON.parse(execFileSync(process.execPath, [script, ...args], { encoding: 'utf8' }).trim().split('\n').at(-1));
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (n) => Math.round(n).toLocaleString('en-US');

const importer = await bundle('scripts/bench/import.ts');
const queries = await bundle('scripts/bench/queries.ts');

console.log(`Olist sample import: ${olist} (${runs} runs each, medians)`);
const imp = [];
const bare = [];
const bareRows = [];
for (let i = 0; i < runs; i++) {
  bare.push(step(importer, 'bare', olist, path.join(out, `bare-${i}.sqlite`)));
  bareRows.push(step(importer, 'bare-rows', olist, path.join(out, `bare-rows-${i}.sqlite`)));
  imp.push(step(importer, 'import', olist, path.join(out, `import-${i}.sqlite`)));
}
const rows = imp[0].rows;
const m = (list, k) => median(list.map((r) => r[k]));
const line = (label, list) =>
  console.log(`  ${label.padEnd(56)} ${fmt(m(list, 'totalMs')).padStart(6)} ms  (parse ${fmt(m(list, 'parseMs'))} + write ${fmt(m(list, 'writeMs'))})  ${fmt((rows / m(list, 'totalMs')) * 1000).padStart(8)} rows/s  peak ${m(list, 'peakMb')} MB`);
line('A. CSV rows as they are into bare tables', bare);
line('B. the import\'s own rows, plain INSERTs, same schema', bareRows);
line('Counting House import (parse, validate, upsert, audit)', imp);
console.log(`  import vs B (the same rows, bare prepared inserts): ${(m(imp, 'totalMs') / m(bareRows, 'totalMs')).toFixed(2)}x overall, ${(m(imp, 'writeMs') / m(bareRows, 'writeMs')).toFixed(2)}x for the write phase`);
console.log(`  import vs A (raw CSV rows, no indexes, no typing):  ${(m(imp, 'totalMs') / m(bare, 'totalMs')).toFixed(2)}x overall`);
console.log('  target: within 2x the bare insert; peak under 300 MB');

const reimport = step(importer, 'import', olist, path.join(out, 'import-0.sqlite'));
console.log(`  re-import of the same files (writes nothing): ${fmt(reimport.totalMs)} ms, peak ${reimport.peakMb} MB`);

console.log('\nScreens on a large workspace (the sample written 7 times over as separate sources: 105,000 orders)');
const q = step(queries, olist, path.join(out, 'large.sqlite'));
console.log(`  built in ${fmt(q.buildMs)} ms: ${fmt(q.orders)} orders, ${fmt(q.lines)} lines`);
for (const r of q.timings) console.log(`  ${r.label.padEnd(58)} ${r.ms.toFixed(1).padStart(7)} ms`);
fs.rmSync(out, { recursive: true, force: true });
