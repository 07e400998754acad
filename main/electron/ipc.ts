// One IPC channel for every call ('rpc'), one for every event ('event'). Calls are accepted only
// from our own pages and go through the same router (allowlist + validation) as every transport.
import { BrowserWindow, ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron';
import type { BackOffice } from '../app/backoffice';
import type { Handlers } from '../app/handlers';
import type { EventName } from '../contract/api';
import type { Result } from '../contract/errors';
import type { Router } from '../router/router';
import { chooseImportFiles } from './dialogs';
import { isOwnUrl } from './protocol';

export const RPC_CHANNEL = 'rpc';
export const EVENT_CHANNEL = 'event';

/** What the desktop shell answers itself: it has the native file dialog. */
export function desktopOverrides(getWindow: () => BrowserWindow | null): Partial<Handlers> {
  return {
    'app.info': (bo) => ({ version: bo.opts.version, shell: 'electron', workspace: { ...bo.workspace }, nativeFileDialog: true }),
    'dialog.openImportFiles': (bo, input) => chooseImportFiles(bo, getWindow(), input),
  };
}

export async function handleRpc(router: Router, event: Pick<IpcMainInvokeEvent, 'senderFrame'>, message: unknown): Promise<Result<unknown>> {
  const frameUrl = event.senderFrame?.url ?? '';
  if (!isOwnUrl(frameUrl)) {
    return { ok: false, error: { code: 'unauthorized', message: 'calls are accepted only from the app’s own pages' } };
  }
  const m = message as { method?: unknown; input?: unknown } | null;
  if (!m || typeof m !== 'object' || typeof m.method !== 'string') {
    return { ok: false, error: { code: 'bad_request', message: 'expected {method, input}' } };
  }
  return router.dispatch(m.method, m.input);
}

function appWindows(): WebContents[] {
  return BrowserWindow.getAllWindows()
    .filter((w) => !w.isDestroyed())
    .map((w) => w.webContents);
}

/** Sends one bus event to our pages. */
export function sendEvent(targets: WebContents[], event: string, payload: unknown): void {
  for (const contents of targets) {
    if (!contents.isDestroyed() && isOwnUrl(contents.getURL())) contents.send(EVENT_CHANNEL, { event, payload });
  }
}

/** Registers the rpc handler and forwards every bus event; returns the undo. */
export function registerIpc(router: Router, bo: BackOffice, targets: () => WebContents[] = appWindows): () => void {
  ipcMain.handle(RPC_CHANNEL, (event, message: unknown) => handleRpc(router, event, message));
  const off = bo.events.onAny((event: EventName, payload) => sendEvent(targets(), event, payload));
  return () => {
    ipcMain.removeHandler(RPC_CHANNEL);
    off();
  };
}
