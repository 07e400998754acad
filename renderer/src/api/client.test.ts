import { describe, expect, it, vi } from 'vitest';
import type { EventName } from '../../../main/contract/api';
import type { Result } from '../../../main/contract/errors';
import { api, ApiError, setTransport } from './client';
import type { Transport } from './transport';

function fakeTransport(answer: (method: string, input: unknown) => Result<unknown>) {
  const listeners = new Set<(e: EventName, p: unknown) => void>();
  const t: Transport & { emit(e: EventName, p: unknown): void; calls: [string, unknown][] } = {
    kind: 'browser',
    calls: [],
    async invoke(method, input) {
      t.calls.push([method, input]);
      return answer(method, input);
    },
    async upload(_file, name, batchId) {
      t.calls.push(['upload', { name, batchId }]);
      return { ok: true, value: { batchId: batchId ?? 'b'.repeat(24), files: [{ name, bytes: 1 }], detectedKind: null } };
    },
    onAny(cb) {
      listeners.add(cb);
      return () => listeners.delete(cb);
    },
    connection: () => 'open',
    onConnection: () => () => {},
    close: () => {},
    emit(e, p) {
      listeners.forEach((cb) => cb(e, p));
    },
  };
  return t;
}

describe('api client', () => {
  it('resolves to the value of an ok Result', async () => {
    const t = fakeTransport(() => ({ ok: true, value: { orders: 3 } }));
    setTransport(t);
    await expect(api.call('workspace.status', {})).resolves.toEqual({ orders: 3 });
    expect(t.calls[0]).toEqual(['workspace.status', {}]);
  });

  it('throws an ApiError with the code, message and problems of a failed Result', async () => {
    const problems = [{ file: 'olist_order_items_dataset.csv', line: 7, field: 'price', message: '"12,3x" is not a decimal amount' }];
    setTransport(fakeTransport(() => ({ ok: false, error: { code: 'bad_input', message: 'bad file', details: { problems } } })));
    const err = await api.call('jobs.get', { id: 1 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect((err as ApiError).code).toBe('bad_input');
    expect((err as ApiError).message).toBe('bad file');
    expect((err as ApiError).problems).toEqual(problems);
    expect((err as ApiError).method).toBe('jobs.get');
  });

  it('tells the app when the host refuses the token', async () => {
    setTransport(fakeTransport(() => ({ ok: false, error: { code: 'unauthorized', message: 'missing or wrong access token' } })));
    const seen = vi.fn();
    const off = api.onUnauthorized(seen);
    await expect(api.call('app.info', {})).rejects.toThrow('missing or wrong access token');
    expect(seen).toHaveBeenCalledOnce();
    off();
  });

  it('delivers only the subscribed event', () => {
    const t = fakeTransport(() => ({ ok: true, value: null }));
    setTransport(t);
    const progress = vi.fn();
    const off = api.on('job.progress', progress);
    t.emit('db.changed', { tables: ['orders'] });
    t.emit('job.progress', { jobId: 1, kind: 'import', state: 'running', phase: 'reading', done: 1, total: 8 });
    expect(progress).toHaveBeenCalledOnce();
    expect(progress.mock.calls[0][0]).toMatchObject({ jobId: 1, phase: 'reading' });
    off();
  });

  it('passes the batch id of the first upload to the next', async () => {
    const t = fakeTransport(() => ({ ok: true, value: null }));
    setTransport(t);
    const first = await api.upload(new Blob(['a']), 'a.csv');
    await api.upload(new Blob(['b']), 'b.csv', first.batchId);
    expect(t.calls[1]).toEqual(['upload', { name: 'b.csv', batchId: first.batchId }]);
  });
});
