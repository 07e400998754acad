// The main window, hardened: the page runs sandboxed and isolated from the preload, cannot
// navigate away from our own scheme, cannot open windows or webviews, and gets no permissions.
import { BrowserWindow, shell, type Session, type WebContents, type WebPreferences } from 'electron';
import { APP_INDEX_URL, CONTENT_SECURITY_POLICY, isOwnUrl } from './protocol';

export interface MainWindowOptions {
  /** dist/preload/index.cjs */
  preload: string;
  isPackaged: boolean;
  icon?: string;
}

export function hardenedWebPreferences(preload: string, isPackaged: boolean): WebPreferences {
  return {
    preload,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    experimentalFeatures: false,
    devTools: !isPackaged,
  };
}

/** Links the user may follow out of the app: https only, opened in the OS browser. */
export function isSafeExternalUrl(url: string): boolean {
  try {
    return new URL(url).protocol === 'https:';
  } catch {
    return false;
  }
}

type Preventable = { preventDefault(): void; url?: string };

export function hardenContents(contents: WebContents, openExternal: (url: string) => unknown = (url) => shell.openExternal(url)): void {
  const stayHome = (event: Preventable, url?: string) => {
    if (!isOwnUrl(event.url ?? url ?? '')) event.preventDefault();
  };
  contents.on('will-navigate', stayHome);
  contents.on('will-frame-navigate', stayHome);
  contents.on('will-redirect', stayHome);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (isSafeExternalUrl(url)) void Promise.resolve(openExternal(url)).catch(() => undefined);
    return { action: 'deny' };
  });
}

/** No camera, notifications, geolocation, devices...: a back office needs none of them. */
export function hardenSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  session.webRequest.onHeadersReceived((details, callback) => {
    const headers = { ...(details.responseHeaders ?? {}) };
    const has = Object.keys(headers).some((k) => k.toLowerCase() === 'content-security-policy');
    if (!has) headers['Content-Security-Policy'] = [CONTENT_SECURITY_POLICY];
    callback({ responseHeaders: headers });
  });
}

export function createMainWindow(opts: MainWindowOptions): BrowserWindow {
  const win = new BrowserWindow({
    title: 'Counting House',
    width: 1280,
    height: 820,
    minWidth: 900,
    minHeight: 600,
    show: false,
    backgroundColor: '#ffffff',
    ...(opts.icon ? { icon: opts.icon } : {}),
    webPreferences: hardenedWebPreferences(opts.preload, opts.isPackaged),
  });
  hardenSession(win.webContents.session);
  hardenContents(win.webContents);
  win.once('ready-to-show', () => win.show());
  void win.loadURL(APP_INDEX_URL);
  return win;
}
