import { afterAll, describe, expect, test } from 'vitest';
import { BackOffice } from '../app/backoffice';
import { tempDir } from '../testing/fixtures';
import { createRouter, methods } from './router';

const bo = new BackOffice({ dataDir: tempDir(), shell: 'browser', version: 'test' });
const router = createRouter(bo);
afterAll(() => bo.close());

describe('router', () => {
  test('the callable surface is this list and nothing else (it must not grow silently)', () => {
    expect(methods).toEqual([
      'app.info', 'workspace.status', 'workspace.list', 'workspace.open', 'sources.list', 'dashboard.overview',
      'orders.list', 'orders.get', 'orders.statuses', 'customers.list', 'customers.get', 'products.list', 'products.categories',
      'sellers.list', 'imports.upload', 'imports.start', 'imports.discard', 'imports.removeFile', 'jobs.list', 'jobs.get', 'jobs.cancel', 'jobs.resume', 'dialog.openImportFiles',
    ]);
  });

  test('validates every argument at the boundary and answers errors as data', async () => {
    expect(await router.dispatch('orders.get', { id: -1 })).toMatchObject({ ok: false, error: { code: 'bad_request' } });
    expect(await router.dispatch('orders.get', { id: 1, extra: true })).toMatchObject({ ok: false, error: { code: 'bad_request' } });
    expect(await router.dispatch('orders.list', { sort: 'id; DROP TABLE orders' })).toMatchObject({ ok: false, error: { code: 'bad_request' } });
    expect(await router.dispatch('orders.get', { id: 99 })).toEqual({ ok: false, error: { code: 'not_found', message: 'no order 99' } });
    expect(await router.dispatch('__proto__', {})).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
    expect(await router.dispatch('imports.start', { batchId: '../../etc' })).toMatchObject({ ok: false, error: { code: 'bad_request' } });
    expect(await router.dispatch('orders.list', { placedFrom: '2018-13-45' })).toMatchObject({ ok: false, error: { code: 'bad_request', message: expect.stringMatching(/not a calendar date/) } });
  });

  test('says which field broke which limit, as data a screen can word', async () => {
    const r = await router.dispatch('orders.list', { search: 'x'.repeat(201) });
    expect(r).toMatchObject({ ok: false, error: { code: 'bad_request', details: { fields: [{ field: 'search', code: 'too_big', maximum: 200 }] } } });
    expect(await router.dispatch('imports.removeFile', { batchId: 'a'.repeat(24), name: '' })).toMatchObject({ ok: false, error: { details: { fields: [{ field: 'name', code: 'too_small', minimum: 1 }] } } });
  });

  test('fills defaults', async () => {
    const r = await router.dispatch('orders.list', {});
    expect(r).toEqual({ ok: true, value: { rows: [], total: 0, page: 1, pageSize: 50 } });
  });
});
