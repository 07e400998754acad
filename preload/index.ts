// The whole bridge between the page and the main process: invoke a router method, or listen to
// one event. The page never gets ipcRenderer itself. Bundled to dist/preload/index.cjs (a
// sandboxed preload must be CommonJS).
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';

const RPC_CHANNEL = 'rpc';
const EVENT_CHANNEL = 'event';

/** What the page sees as window.countingHouse. Results are {ok, value} | {ok: false, error}. */
export interface CountingHouseBridge {
  invoke(method: string, input?: unknown): Promise<unknown>;
  on(event: string, cb: (payload: unknown) => void): () => void;
}

export const bridge: CountingHouseBridge = {
  invoke(method, input) {
    if (typeof method !== 'string') return Promise.reject(new TypeError('method must be a string'));
    return ipcRenderer.invoke(RPC_CHANNEL, { method, input });
  },
  on(event, cb) {
    if (typeof event !== 'string' || typeof cb !== 'function') throw new TypeError('on(event: string, cb: function)');
    const listener = (_e: IpcRendererEvent, message: { event?: unknown; payload?: unknown } | null) => {
      if (message && message.event === event) cb(message.payload);
    };
    ipcRenderer.on(EVENT_CHANNEL, listener);
    return () => {
      ipcRenderer.removeListener(EVENT_CHANNEL, listener);
    };
  },
};

contextBridge.exposeInMainWorld('countingHouse', bridge);
