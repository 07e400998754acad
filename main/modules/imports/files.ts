import crypto from 'node:crypto';
import fs from 'node:fs';
import { BadInputError } from '../../contract/errors';

/** A file to import: where it is, and the name to show a person in reports and errors. */
export interface ImportFile {
  path: string;
  name: string;
}

export function fileSha256(path: string): string {
  return crypto.createHash('sha256').update(fs.readFileSync(path)).digest('hex');
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * A file's text, which must be UTF-8 (a leading BOM is dropped). Bytes that are not UTF-8 (a
 * Latin-1 or Windows-1252 export) are refused naming the line they are on: read any other way
 * they would turn into U+FFFD and land in the workspace as garbled names.
 */
export function readUtf8Text(path: string, displayName: string, hint = 'save it as UTF-8'): string {
  let buf: Buffer;
  try {
    buf = fs.readFileSync(path);
  } catch (e) {
    throw new BadInputError([{ file: displayName, line: 0, message: `cannot be read (${(e as NodeJS.ErrnoException).code ?? e})` }]);
  }
  let text: string;
  try {
    text = strictUtf8.decode(buf);
  } catch {
    throw new BadInputError([{ file: displayName, line: firstBadUtf8Line(buf), message: `is not UTF-8 text (${hint})` }]);
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** The 1-based line of the first byte sequence that is not UTF-8. */
function firstBadUtf8Line(buf: Buffer): number {
  const text = buf.toString('utf8'); // each bad sequence becomes U+FFFD
  const real = Buffer.from('\uFFFD');
  for (let i = text.indexOf('\uFFFD'); i !== -1; i = text.indexOf('\uFFFD', i + 1)) {
    const at = Buffer.byteLength(text.slice(0, i));
    // a U+FFFD the file really contains is fine; a replaced byte is where it breaks
    if (!buf.subarray(at, at + 3).equals(real)) {
      let line = 1;
      for (let k = text.indexOf('\n'); k !== -1 && k < i; k = text.indexOf('\n', k + 1)) line++;
      return line;
    }
  }
  return 0;
}
