import fs from 'node:fs';
import { Readable } from 'node:stream';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { tempDir } from '../../testing/fixtures';
import { Staging, safeFileName } from './staging';

describe('import staging', () => {
  test('file names cannot leave the batch folder', () => {
    expect(safeFileName('../../etc/passwd.csv')).toBe('passwd.csv');
    expect(safeFileName('..\\\\evil.json')).toBe('evil.json');
    expect(safeFileName('.hidden.csv')).toBe('hidden.csv');
    expect(() => safeFileName('../')).toThrow(/not a usable file name/);
  });

  test('only CSV and JSON files are taken', () => {
    const staging = new Staging(tempDir());
    expect(() => staging.upload(undefined, 'invoice.pdf', new Uint8Array([1]))).toThrow(/invoice\.pdf is not a CSV or JSON file/);
    expect(staging.upload(undefined, 'orders.JSON', new TextEncoder().encode('{"orders":[]}')).files).toEqual([{ name: 'orders.JSON', bytes: 13 }]);
  });

  test('a week-old batch nobody needs is swept; a batch a job may still run again is kept', () => {
    const dir = tempDir();
    const staging = new Staging(dir);
    const old = staging.upload(undefined, 'a.csv', new Uint8Array([65])).batchId;
    const needed = staging.upload(undefined, 'b.csv', new Uint8Array([66])).batchId;
    const fresh = staging.upload(undefined, 'c.csv', new Uint8Array([67])).batchId;
    // an empty folder is an upload on its way for a while, then an abandoned one
    const [arriving, abandoned] = ['e'.repeat(24), 'f'.repeat(24)];
    for (const b of [arriving, abandoned]) fs.mkdirSync(path.join(dir, b));
    const weekAgo = (Date.now() - 8 * 24 * 3600 * 1000) / 1000;
    const twoHoursAgo = (Date.now() - 2 * 3600 * 1000) / 1000;
    for (const b of [old, needed]) fs.utimesSync(path.join(dir, b), weekAgo, weekAgo);
    fs.utimesSync(path.join(dir, abandoned), twoHoursAgo, twoHoursAgo);
    expect(staging.sweep(new Set([path.join(dir, needed)]))).toBe(2);
    expect(fs.readdirSync(dir).sort()).toEqual([needed, fresh, arriving].sort());
  });

  test('a streamed upload over the limit stops there and leaves nothing behind', async () => {
    const dir = tempDir();
    const staging = new Staging(dir);
    const body = Readable.from([Buffer.alloc(600, 'a'), Buffer.alloc(600, 'b')]);
    await expect(staging.uploadStream(undefined, 'orders.csv', body, 1000)).rejects.toMatchObject({ code: 'too_large' });
    const batches = fs.readdirSync(dir);
    expect(batches.flatMap((b) => fs.readdirSync(path.join(dir, b)))).toEqual([]);
    const ok = await staging.uploadStream(undefined, 'orders.csv', Readable.from([Buffer.from('a,b\n1,2\n')]), 1000);
    expect(ok.files).toEqual([{ name: 'orders.csv', bytes: 8 }]);
  });
});
