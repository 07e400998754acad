import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository (or unpacked app) root: dist/*.js and main/app/*.ts both find it. */
export function appRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5; i++) {
    if (fs.existsSync(path.join(dir, 'package.json'))) return dir;
    dir = path.dirname(dir);
  }
  return process.cwd();
}

export function resourcesDir(): string {
  return path.join(appRoot(), 'resources');
}

export function sampleDir(): string {
  return path.join(resourcesDir(), 'sample', 'olist');
}

export function rendererDir(): string {
  return path.join(appRoot(), 'dist', 'renderer');
}
