import crypto from 'node:crypto';
import fs from 'node:fs';

/** A file to import: where it is, and the name to show a person in reports and errors. */
export interface ImportFile {
  path: string;
  name: string;
}

export function fileSha256(path: string): string {
  return crypto.createHash('sha256').update(fs.readFileSync(path)).digest('hex');
}
