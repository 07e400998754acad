// A stand-in for the 'electron' module in unit tests (the binary cannot run here): the pieces the
// shell touches, each recording what it was asked to do. Use it as
//   vi.mock('electron', async () => (await import('./fake-electron')).electron)
import { EventEmitter } from 'node:events';
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';

type Handler = (...args: any[]) => any;

/** An Electron-like event: listeners may call preventDefault(). */
export function preventable(url?: string) {
  const e = { url, defaultPrevented: false, preventDefault: () => void (e.defaultPrevented = true) };
  return e;
}

export class FakeSession {
  permissionRequestHandler: Handler | null = null;
  permissionCheckHandler: Handler | null = null;
  devicePermissionHandler: Handler | null = null;
  headersReceived: Handler | null = null;
  webRequest = { onHeadersReceived: (h: Handler) => void (this.headersReceived = h) };
  setPermissionRequestHandler(h: Handler) {
    this.permissionRequestHandler = h;
  }
  setPermissionCheckHandler(h: Handler) {
    this.permissionCheckHandler = h;
  }
  setDevicePermissionHandler(h: Handler) {
    this.devicePermissionHandler = h;
  }
}

export class FakeWebContents extends EventEmitter {
  sent: { channel: string; args: unknown[] }[] = [];
  windowOpenHandler: Handler | null = null;
  session = new FakeSession();
  url = '';
  destroyed = false;
  setWindowOpenHandler(h: Handler) {
    this.windowOpenHandler = h;
  }
  send(channel: string, ...args: unknown[]) {
    this.sent.push({ channel, args });
  }
  getURL() {
    return this.url;
  }
  isDestroyed() {
    return this.destroyed;
  }
  /** Emits a navigation event as Electron does; true when a listener prevented it. */
  attempt(event: string, url: string): boolean {
    const e = preventable(url);
    this.emit(event, e, url);
    return e.defaultPrevented;
  }
}

export class FakeBrowserWindow extends EventEmitter {
  static all: FakeBrowserWindow[] = [];
  static getAllWindows() {
    return FakeBrowserWindow.all.filter((w) => !w.destroyed);
  }
  static getFocusedWindow() {
    return FakeBrowserWindow.getAllWindows()[0] ?? null;
  }
  webContents = new FakeWebContents();
  loaded: string[] = [];
  destroyed = false;
  shown = false;
  constructor(public options: Record<string, any>) {
    super();
    FakeBrowserWindow.all.push(this);
  }
  loadURL(url: string) {
    this.loaded.push(url);
    this.webContents.url = url;
    return Promise.resolve();
  }
  show() {
    this.shown = true;
  }
  focus() {}
  restore() {}
  isMinimized() {
    return false;
  }
  isDestroyed() {
    return this.destroyed;
  }
}

export function createFakeElectron() {
  const calls: { name: string; args: unknown[] }[] = [];
  const record = (name: string, result?: unknown) => (...args: unknown[]) => {
    calls.push({ name, args });
    return result;
  };
  let readyResolve!: () => void;
  const ready = new Promise<void>((r) => (readyResolve = r));
  const app = Object.assign(new EventEmitter(), {
    isPackaged: false,
    lock: true,
    paths: {} as Record<string, string>,
    appPath: process.cwd(),
    exitCode: null as number | null,
    quitCalls: 0,
    setName: record('app.setName'),
    getPath: (name: string) => app.paths[name] ?? `/fake/${name}`,
    setPath: (name: string, value: string) => void (app.paths[name] = value),
    getAppPath: () => app.appPath,
    requestSingleInstanceLock: () => app.lock,
    whenReady: () => ready,
    /** test hook: fire 'ready' */
    makeReady: () => readyResolve(),
    quit: () => {
      app.quitCalls++;
      const e = preventable();
      app.emit('before-quit', e);
    },
    exit: (code: number) => void (app.exitCode = code),
  });

  const ipcHandlers = new Map<string, Handler>();
  const ipcMain = {
    handle: (channel: string, h: Handler) => void ipcHandlers.set(channel, h),
    removeHandler: (channel: string) => void ipcHandlers.delete(channel),
  };

  const protocolHandlers = new Map<string, Handler>();
  const privileged: unknown[] = [];
  const protocol = {
    registerSchemesAsPrivileged: (schemes: unknown[]) => void privileged.push(...schemes),
    handle: (scheme: string, h: Handler) => void protocolHandlers.set(scheme, h),
  };

  const fetched: string[] = [];
  const net = {
    fetch: async (url: string) => {
      fetched.push(url);
      try {
        return new Response(fs.readFileSync(fileURLToPath(url)));
      } catch {
        return new Response('', { status: 404 });
      }
    },
  };

  const opened: string[] = [];
  const shell = { openExternal: async (url: string) => void opened.push(url) };

  const dialogState = {
    /** button indexes to answer with, in order; 1 (the cancel button) when empty */
    responses: [] as number[],
    openResult: { canceled: true, filePaths: [] as string[] },
    messages: [] as Record<string, any>[],
    opens: [] as Record<string, any>[],
    errorBoxes: [] as [string, string][],
  };
  const dialog = {
    showMessageBox: async (...args: any[]) => {
      const options = args.length > 1 ? args[1] : args[0];
      dialogState.messages.push(options);
      return { response: dialogState.responses.shift() ?? 1, checkboxChecked: false };
    },
    showOpenDialog: async (...args: any[]) => {
      dialogState.opens.push(args.length > 1 ? args[1] : args[0]);
      return dialogState.openResult;
    },
    showErrorBox: (title: string, content: string) => void dialogState.errorBoxes.push([title, content]),
  };

  const menus: { template: any[] }[] = [];
  const Menu = {
    buildFromTemplate: (template: any[]) => ({ template }),
    setApplicationMenu: (menu: { template: any[] }) => void menus.push(menu),
  };

  const contextBridge = { exposeInMainWorld: record('contextBridge.exposeInMainWorld') };
  const session = { defaultSession: new FakeSession() };

  const electron = {
    app,
    BrowserWindow: FakeBrowserWindow,
    ipcMain,
    protocol,
    net,
    shell,
    dialog,
    Menu,
    session,
    contextBridge,
  };
  return {
    ...electron,
    default: electron,
    // what the tests read
    calls,
    ipcHandlers,
    protocolHandlers,
    privileged,
    fetched,
    opened,
    dialogState,
    menus,
  };
}

export const electron = createFakeElectron();
