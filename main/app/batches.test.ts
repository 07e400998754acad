// A staged batch of several kinds: each file says what it was recognised as, and one file can be
// taken out of the batch, deleting only that uploaded copy inside the batch's own folder.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { BackOffice } from './backoffice';
import { createRouter } from '../router/router';
import { olistSample, onlineRetailCsv, sharedData, tempDir, callRouter } from '../testing/fixtures';
import type { UploadResult } from '../contract/api';

const dataDir = tempDir();
const bo = new BackOffice({ dataDir, shell: 'browser', version: 'test' });
const router = createRouter(bo);
afterAll(() => bo.close());

const call = <T>(method: string, input: unknown = {}) => callRouter<T>(router, method, input);
const head = (file: string, lines = 3) => new TextEncoder().encode(fs.readFileSync(file, 'utf8').split('\n').slice(0, lines).join('\n') + '\n');

describe('a staged batch of several kinds', () => {
  test('each file has its own kind; the batch has none while they differ; removing files settles it', async () => {
    let r = await call<UploadResult>('imports.upload', { name: 'olist_orders_dataset.csv', content: head(path.join(olistSample, 'olist_orders_dataset.csv')) });
    const batchId = r.batchId;
    r = await call<UploadResult>('imports.upload', { batchId, name: 'retail.csv', content: head(onlineRetailCsv) });
    const shopify = fs.readdirSync(path.join(sharedData, 'shopify/admin_rest_2024-04')).find((f) => f.endsWith('.json'))!;
    r = await call<UploadResult>('imports.upload', { batchId, name: 'orders.json', content: fs.readFileSync(path.join(sharedData, 'shopify/admin_rest_2024-04', shopify)) });
    r = await call<UploadResult>('imports.upload', { batchId, name: 'notes.txt', content: new TextEncoder().encode('hello\n') });
    expect(Object.fromEntries(r.files.map((f) => [f.name, f.kind]))).toEqual({
      'notes.txt': null,
      'olist_orders_dataset.csv': 'olist',
      'orders.json': 'shopify',
      'retail.csv': 'online-retail',
    });
    expect(r.detectedKind).toBeNull();
    // the same file staged again is still one file
    r = await call<UploadResult>('imports.upload', { batchId, name: 'retail.csv', content: head(onlineRetailCsv, 4) });
    expect(r.files.filter((f) => f.name === 'retail.csv')).toHaveLength(1);

    const folder = path.join(dataDir, 'staging', batchId);
    const stagingDir = fs.existsSync(folder) ? folder : fs.readdirSync(dataDir, { recursive: true, withFileTypes: true }).find((e) => e.isDirectory() && e.name === batchId)!;
    const dir = typeof stagingDir === 'string' ? stagingDir : path.join(stagingDir.parentPath, stagingDir.name);
    expect(fs.readdirSync(dir).sort()).toEqual(['notes.txt', 'olist_orders_dataset.csv', 'orders.json', 'retail.csv']);

    for (const name of ['notes.txt', 'orders.json', 'olist_orders_dataset.csv']) r = await call<UploadResult>('imports.removeFile', { batchId, name });
    expect(r.files.map((f) => [f.name, f.kind])).toEqual([['retail.csv', 'online-retail']]);
    expect(r.detectedKind).toBe('online-retail');
    expect(fs.readdirSync(dir)).toEqual(['retail.csv']);
  });

  test('nothing outside the batch folder can be named, and a missing file is not found', async () => {
    const { batchId } = await call<UploadResult>('imports.upload', { name: 'a.csv', content: head(onlineRetailCsv) });
    const other = await call<UploadResult>('imports.upload', { name: 'b.csv', content: head(onlineRetailCsv) });
    for (const name of ['../' + other.batchId + '/b.csv', '..', '.', 'x/../../b.csv', '..\\b.csv']) {
      await expect(call('imports.removeFile', { batchId, name })).rejects.toMatchObject({ code: expect.stringMatching(/bad_request|not_found/) });
    }
    await expect(call('imports.removeFile', { batchId, name: 'nope.csv' })).rejects.toMatchObject({ code: 'not_found' });
    await expect(call('imports.removeFile', { batchId: '../../etc', name: 'a.csv' })).rejects.toMatchObject({ code: 'bad_request' });
    await expect(call('imports.removeFile', { batchId: 'z'.repeat(24), name: 'a.csv' })).rejects.toMatchObject({ code: 'not_found' });
    // the other batch's file is still there
    expect((await call<UploadResult>('imports.removeFile', { batchId: other.batchId, name: 'b.csv' })).files).toEqual([]);
  });
});
