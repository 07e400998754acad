import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';

const fake = await vi.hoisted(async () => {
  const exposed: Record<string, unknown> = {};
  const invoked: unknown[][] = [];
  // imported here: vi.hoisted runs before the file's imports
  const { EventEmitter: Emitter } = await import('node:events');
  const ipcRenderer = Object.assign(new Emitter(), {
    invoke: async (...args: unknown[]) => {
      invoked.push(args);
      return { ok: true, value: 'answer' };
    },
  });
  return { exposed, invoked, ipcRenderer, contextBridge: { exposeInMainWorld: (key: string, api: unknown) => void (exposed[key] = api) } };
});

vi.mock('electron', () => ({ contextBridge: fake.contextBridge, ipcRenderer: fake.ipcRenderer }));

await import('./index');

type Bridge = { invoke(method: string, input?: unknown): Promise<unknown>; on(event: string, cb: (p: unknown) => void): () => void };
const api = fake.exposed.countingHouse as Bridge;
const emit = (message: unknown) => (fake.ipcRenderer as EventEmitter).emit('event', {}, message);

describe('the preload bridge', () => {
  it('exposes window.countingHouse with exactly invoke and on, never ipcRenderer', () => {
    expect(Object.keys(fake.exposed)).toEqual(['countingHouse']);
    expect(Object.keys(api).sort()).toEqual(['invoke', 'on']);
    expect(Object.values(api).every((v) => typeof v === 'function')).toBe(true);
    expect(Object.values(api)).not.toContain(fake.ipcRenderer);
  });

  it('invoke sends {method, input} on the one rpc channel and returns the answer', async () => {
    expect(await api.invoke('orders.get', { id: 7 })).toEqual({ ok: true, value: 'answer' });
    expect(fake.invoked.at(-1)).toEqual(['rpc', { method: 'orders.get', input: { id: 7 } }]);
    await expect(api.invoke(42 as unknown as string)).rejects.toThrow(/method/);
  });

  it('on delivers only the named event, and its return value unsubscribes', () => {
    const seen: unknown[] = [];
    const off = api.on('job.progress', (p) => seen.push(p));
    emit({ event: 'db.changed', payload: { tables: ['orders'] } });
    emit({ event: 'job.progress', payload: { jobId: 1, done: 5 } });
    emit(null);
    expect(seen).toEqual([{ jobId: 1, done: 5 }]);
    off();
    emit({ event: 'job.progress', payload: { jobId: 1, done: 6 } });
    expect(seen).toHaveLength(1);
    expect((fake.ipcRenderer as EventEmitter).listenerCount('event')).toBe(0);
  });
});
