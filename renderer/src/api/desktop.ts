// Desktop shell transport: the preload's `invoke` and `on` over Electron IPC.
import type { EventName, UploadResult } from '../../../main/contract/api';
import type { Result } from '../../../main/contract/errors';
import { IMPORT_STAGED, type DesktopBridge, type Transport } from './transport';

/**
 * The contract's events, plus the desktop menu's "import.staged" (File > Import files… chose files
 * with the system dialog; the payload is the staged batch, an UploadResult).
 */
const EVENTS: (EventName | typeof IMPORT_STAGED)[] = ['job.progress', 'db.changed', 'workspace.changed', 'import.staged'];

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
