// Desktop shell transport: the preload's `invoke` and `on` over Electron IPC.
import type { EventName, UploadResult } from '../../../main/contract/api';
import type { Result } from '../../../main/contract/errors';
import type { DesktopBridge, Transport } from './transport';

/** Every event of the contract, checked by the compiler: a new event there must be listed here. */
const SUBSCRIBED: Record<EventName, true> = {
  'job.progress': true,
  'db.changed': true,
  'workspace.changed': true,
  'import.staged': true,
};
const EVENTS = Object.keys(SUBSCRIBED) as EventName[];

export function desktopTransport(bridge: DesktopBridge): Transport {
  return {
    kind: 'desktop',
    invoke: (method, input) => bridge.invoke(method, input),
    async upload(file, name, batchId) {
      const content = new Uint8Array(await file.arrayBuffer());
      const input: Record<string, unknown> = { name, content };
      if (batchId) input.batchId = batchId;
      return (await bridge.invoke('imports.upload', input)) as Result<UploadResult>;
    },
    onAny(cb) {
      const offs = EVENTS.map((event) => bridge.on(event, (payload) => cb(event, payload)));
      return () => offs.forEach((off) => off());
    },
    connection: () => 'open',
    onConnection: () => () => {},
    close: () => {},
  };
}
