// Updates from the release feed (electron-builder's publish config), with the user deciding at
// each step: nothing downloads until they say so, nothing installs until they press
// "Restart now". Development runs never check. Failures are shown, never thrown.
import electronUpdater from 'electron-updater';
import type { BrowserWindow } from 'electron';
import { ask, showError, showInfo } from './dialogs';

export const DOWNLOAD = 'Download';
export const NOT_NOW = 'Not now';
export const RESTART_NOW = 'Restart now';
export const LATER = 'Later';

/** The part of electron-updater's AppUpdater this uses (a fake in tests). */
export interface UpdaterLike {
  autoDownload: boolean;
  autoInstallOnAppQuit: boolean;
  on(event: 'update-available' | 'update-not-available' | 'update-downloaded', listener: (info: { version: string }) => void): unknown;
  on(event: 'error', listener: (error: Error) => void): unknown;
  checkForUpdates(): Promise<unknown>;
  downloadUpdate(): Promise<unknown>;
  quitAndInstall(isSilent?: boolean, isForceRunAfter?: boolean): void;
}

export interface UpdaterOptions {
  isPackaged: boolean;
  currentVersion: string;
  getWindow: () => BrowserWindow | null;
  /** electron-updater's autoUpdater unless given */
  updater?: UpdaterLike;
  /** runs before quitAndInstall (closes the workspace cleanly) */
  beforeInstall?: () => Promise<void>;
  log?: (message: string) => void;
}

export interface DesktopUpdater {
  /** `interactive`: the user asked (menu), so "up to date" and errors are shown. */
  check(interactive: boolean): Promise<void>;
}

export function createUpdater(opts: UpdaterOptions): DesktopUpdater {
  const log = opts.log ?? ((m: string) => console.warn(m));
  let updater: UpdaterLike | null = null;
  // whether the user is waiting on the outcome, so it should be shown
  let interactive = false;
  let checking = false;

  const report = (message: string, e: unknown) => {
    const detail = e instanceof Error ? e.message : String(e);
    if (interactive) void showError(opts.getWindow(), message, detail).catch(() => undefined);
    else log(`${message}: ${detail}`);
    interactive = false;
  };

  const onAvailable = async (info: { version: string }) => {
    const answer = await ask(opts.getWindow(), {
      type: 'info',
      title: 'Update available',
      message: `Counting House ${info.version} is available (you have ${opts.currentVersion}).`,
      detail: 'Download it now? You will be asked again before anything is installed.',
      buttons: [DOWNLOAD, NOT_NOW],
      defaultId: 0,
      cancelId: 1,
    });
    if (answer !== DOWNLOAD) {
      interactive = false;
      return;
    }
    interactive = true; // the user is now waiting for the download
    await updater!.downloadUpdate();
  };

  const onDownloaded = async (info: { version: string }) => {
    interactive = false;
    const answer = await ask(opts.getWindow(), {
      type: 'info',
      title: 'Update ready',
      message: `Counting House ${info.version} has been downloaded.`,
      detail: 'Restart now to install it, or later: it will be offered again at the next check.',
      buttons: [RESTART_NOW, LATER],
      defaultId: 0,
      cancelId: 1,
    });
    if (answer !== RESTART_NOW) return;
    await opts.beforeInstall?.();
    updater!.quitAndInstall(false, true);
  };

  const ensure = (): UpdaterLike => {
    if (updater) return updater;
    const u: UpdaterLike = opts.updater ?? (electronUpdater.autoUpdater as unknown as UpdaterLike);
    u.autoDownload = false;
    // "Later" must not become an install on quit behind the user's back
    u.autoInstallOnAppQuit = false;
    u.on('update-available', (info) => void onAvailable(info).catch((e) => report('The update could not be downloaded', e)));
    u.on('update-not-available', () => {
      if (interactive) void showInfo(opts.getWindow(), `Counting House ${opts.currentVersion} is the latest version.`).catch(() => undefined);
      interactive = false;
    });
    u.on('update-downloaded', (info) => void onDownloaded(info).catch((e) => report('The update could not be installed', e)));
    u.on('error', (e) => report('The update check failed', e));
    updater = u;
    return u;
  };

  return {
    async check(userAsked) {
      if (!opts.isPackaged) {
        if (userAsked) await showInfo(opts.getWindow(), 'Updates are checked only in the installed app.', 'This is a development build.');
        return;
      }
      if (checking) return;
      checking = true;
      interactive = userAsked;
      try {
        await ensure().checkForUpdates();
      } catch (e) {
        report('The update check failed', e);
      } finally {
        checking = false;
      }
    },
  };
}
