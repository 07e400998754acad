import { describe, expect, it, vi } from 'vitest';
import type { UploadResult } from '../../../main/contract/api';
import { api, setTransport } from './client';
import { desktopTransport } from './desktop';
import type { DesktopBridge } from './transport';

function fakeBridge() {
  const handlers = new Map<string, Set<(p: unknown) => void>>();
  const bridge: DesktopBridge & { emit(event: string, payload: unknown): void } = {
    invoke: async () => ({ ok: true, value: null }),
    on(event, cb) {
      const set = handlers.get(event) ?? new Set();
      set.add(cb);
      handlers.set(event, set);
      return () => set.delete(cb);
    },
    emit(event, payload) {
      handlers.get(event)?.forEach((cb) => cb(payload));
    },
  };
  return { bridge, handlers };
}

describe('desktop transport', () => {
  it("subscribes to every event of the contract, the menu's import.staged included", () => {
    const { bridge, handlers } = fakeBridge();
    const off = desktopTransport(bridge).onAny(() => {});
    expect([...handlers.keys()].sort()).toEqual(['db.changed', 'import.staged', 'job.progress', 'workspace.changed']);
    off();
    expect([...handlers.values()].every((s) => s.size === 0)).toBe(true);
  });

  it('delivers the staged batch as the typed import.staged event', () => {
    const { bridge } = fakeBridge();
    setTransport(desktopTransport(bridge));
    const staged = vi.fn<(p: UploadResult) => void>();
    const off = api.on('import.staged', staged);
    const batch: UploadResult = { batchId: 'a'.repeat(24), files: [{ name: 'orders.json', bytes: 10 }], detectedKind: 'shopify' };
    bridge.emit('db.changed', { tables: ['orders'] });
    bridge.emit('import.staged', batch);
    expect(staged).toHaveBeenCalledExactlyOnceWith(batch);
    off();
  });
});
