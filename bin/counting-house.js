#!/usr/bin/env node
// The `counting-house` command: the bundled CLI in dist/, built by `npm install` (prepare).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
if (!existsSync(cli)) {
  process.stderr.write('error: Counting House is not built yet: run `npm install` (or `npm run build`) in its folder first\n');
  process.exit(1);
}
await import(cli);
