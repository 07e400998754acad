// The application menu. Its commands go through the same router as the renderer's calls; what
// the renderer must learn about (files chosen from the menu) arrives as an event.
import { Menu, type BrowserWindow, type MenuItemConstructorOptions } from 'electron';
import type { Router } from '../router/router';
import { showError, showInfo } from './dialogs';
import { sendEvent } from './ipc';

/** Sent to the renderer when files were chosen from File > Import files…: payload is the UploadResult. */
export const IMPORT_STAGED_EVENT = 'import.staged';

export interface MenuActions {
  importFiles(): void;
  openSample(): void;
  checkForUpdates(): void;
  about(): void;
}

export interface MenuOptions {
  isPackaged: boolean;
  platform: NodeJS.Platform;
  actions: MenuActions;
}

export function menuTemplate({ isPackaged, platform, actions }: MenuOptions): MenuItemConstructorOptions[] {
  const mac = platform === 'darwin';
  const view: MenuItemConstructorOptions[] = [
    ...(isPackaged
      ? []
      : ([{ role: 'reload' }, { role: 'forceReload' }, { role: 'toggleDevTools' }, { type: 'separator' }] as MenuItemConstructorOptions[])),
    { role: 'resetZoom' },
    { role: 'zoomIn' },
    { role: 'zoomOut' },
    { type: 'separator' },
    { role: 'togglefullscreen' },
  ];
  return [
    ...(mac ? [{ role: 'appMenu' } as MenuItemConstructorOptions] : []),
    {
      label: '&File',
      submenu: [
        { id: 'import-files', label: 'Import files…', accelerator: 'CmdOrCtrl+O', click: () => actions.importFiles() },
        { id: 'open-sample', label: 'Open sample workspace', click: () => actions.openSample() },
        { type: 'separator' },
        mac ? { role: 'close' } : { role: 'quit', label: 'Quit' },
      ],
    },
    {
      label: '&Edit',
      submenu: [
        { role: 'undo' },
        { role: 'redo' },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
      ],
    },
    { label: '&View', submenu: view },
    ...(mac ? [{ role: 'windowMenu' } as MenuItemConstructorOptions] : []),
    {
      label: '&Help',
      role: 'help',
      submenu: [
        { id: 'check-updates', label: 'Check for updates…', click: () => actions.checkForUpdates() },
        { type: 'separator' },
        { id: 'about', label: 'About Counting House', click: () => actions.about() },
      ],
    },
  ];
}

export function installMenu(opts: MenuOptions): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(opts)));
}

export interface MenuActionDeps {
  router: Router;
  getWindow: () => BrowserWindow | null;
  checkForUpdates: () => Promise<void>;
  version: string;
}

export function createMenuActions({ router, getWindow, checkForUpdates, version }: MenuActionDeps): MenuActions {
  const fail = (message: string, e: unknown) => void showError(getWindow(), message, e instanceof Error ? e.message : String(e)).catch(() => undefined);
  return {
    importFiles: () => {
      void (async () => {
        const result = await router.dispatch('dialog.openImportFiles', {});
        if (!result.ok) return void (await showError(getWindow(), 'The files could not be opened', result.error.message));
        const win = getWindow();
        if (result.value && win) sendEvent([win.webContents], IMPORT_STAGED_EVENT, result.value);
      })().catch((e) => fail('The files could not be opened', e));
    },
    openSample: () => {
      void (async () => {
        const result = await router.dispatch('workspace.open', { name: 'sample' });
        if (!result.ok) await showError(getWindow(), 'The sample workspace could not be opened', result.error.message);
        // success is announced by the back office's own workspace.changed and db.changed events
      })().catch((e) => fail('The sample workspace could not be opened', e));
    },
    checkForUpdates: () => void checkForUpdates().catch((e) => fail('Could not check for updates', e)),
    about: () => {
      void (async () => {
        const info = await router.dispatch('app.info', {});
        const where = info.ok ? `\nWorkspace: ${(info.value as { workspace: { path: string } }).workspace.path}` : '';
        await showInfo(getWindow(), `Counting House ${version}`, `An offline-first back office for online shops.${where}`);
      })().catch(() => undefined);
    },
  };
}
