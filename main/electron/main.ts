// The desktop app's entry (bundled to dist/electron/main.js, package.json "main"): one instance,
// one window on the local workspace in the OS user-data folder, closed cleanly on quit.
import fs from 'node:fs';
import path from 'node:path';
import { app, BrowserWindow, dialog, session } from 'electron';
import { BackOffice } from '../app/backoffice';
import { sampleDir } from '../app/locations';
import { APP_NAME } from '../app/paths';
import { createRouter } from '../router/router';
import { APP_VERSION } from '../platform/version';
import { desktopOverrides, registerIpc } from './ipc';
import { createMenuActions, installMenu } from './menu';
import { registerAppScheme, serveRenderer } from './protocol';
import { createUpdater } from './updater';
import { createMainWindow, hardenSession } from './window';

// Before 'ready': the scheme's privileges, and the user-data folder the CLI and the browser host
// also use (main/app/paths.ts): Electron would name it after package.json's "name" in a dev run.
registerAppScheme();
app.setName(APP_NAME);
app.setPath('userData', process.env.COUNTING_HOUSE_HOME ? path.resolve(process.env.COUNTING_HOUSE_HOME) : path.join(app.getPath('appData'), APP_NAME));

let bo: BackOffice | null = null;
let mainWindow: BrowserWindow | null = null;
let closing: Promise<void> | null = null;
let closed = false;
/** set once ready: opens the main window (again, on macOS, after it was closed) */
let openWindow: (() => void) | null = null;

const getWindow = () => (mainWindow && !mainWindow.isDestroyed() ? mainWindow : null);

/** Closes the workspace once (jobs stopped, SQLite closed); quitting waits for it. */
function shutdown(): Promise<void> {
  closing ??= (bo ? bo.close() : Promise.resolve())
    .catch((e) => console.error('closing the workspace failed:', e))
    .finally(() => {
      closed = true;
    });
  return closing;
}

async function start(): Promise<void> {
  await app.whenReady();
  const isPackaged = app.isPackaged;
  const appRoot = app.getAppPath();
  const dataDir = app.getPath('userData');
  try {
    bo = new BackOffice({
      dataDir,
      shell: 'electron',
      version: APP_VERSION,
      sampleDir: isPackaged ? path.join(process.resourcesPath, 'sample', 'olist') : sampleDir(),
      // the worker is unpacked next to the archive (electron-builder asarUnpack): a worker thread's
      // ESM entry is loaded by Node's own loader, which does not read inside app.asar
      workerFile: path.join(appRoot, 'dist', 'job-worker.js').replace(`app.asar${path.sep}`, `app.asar.unpacked${path.sep}`),
      resumeInterrupted: true,
      sweepStaging: true,
    });
  } catch (e) {
    dialog.showErrorBox('Counting House cannot open its workspace', `${e instanceof Error ? e.message : String(e)}\n\nData folder: ${dataDir}`);
    closed = true;
    app.exit(1);
    return;
  }

  hardenSession(session.defaultSession);
  serveRenderer(path.join(appRoot, 'dist', 'renderer'));
  const router = createRouter(bo, desktopOverrides(getWindow));
  registerIpc(router, bo);
  const updater = createUpdater({ isPackaged, currentVersion: APP_VERSION, getWindow, beforeInstall: shutdown });
  installMenu({
    isPackaged,
    platform: process.platform,
    actions: createMenuActions({ router, getWindow, checkForUpdates: () => updater.check(true), version: APP_VERSION }),
  });

  const devIcon = path.join(appRoot, 'build', 'icon.png');
  openWindow = () => {
    mainWindow = createMainWindow({
      preload: path.join(appRoot, 'dist', 'preload', 'index.cjs'),
      isPackaged,
      ...(!isPackaged && fs.existsSync(devIcon) ? { icon: devIcon } : {}),
    });
    mainWindow.on('closed', () => {
      mainWindow = null;
    });
  };
  openWindow();
  app.on('activate', () => {
    if (!getWindow()) openWindow?.();
  });
  // a quiet check a little after start; offline it only logs
  if (isPackaged) setTimeout(() => void updater.check(false), 10_000).unref?.();
}

if (!app.requestSingleInstanceLock()) {
  // another window already has this workspace open: it comes to the front instead
  app.quit();
} else {
  app.on('second-instance', () => {
    const win = getWindow();
    if (!win) return void openWindow?.();
    if (win.isMinimized()) win.restore();
    win.focus();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('before-quit', (event) => {
    if (closed) return;
    event.preventDefault();
    void shutdown().then(() => app.quit());
  });
  start().catch((e) => {
    dialog.showErrorBox('Counting House could not start', e instanceof Error ? (e.stack ?? e.message) : String(e));
    closed = true;
    app.exit(1);
  });
}
