import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { repoRoot, tempDir } from '../testing/fixtures';

vi.mock('electron', async () => (await import('./fake-electron')).electron);
vi.mock('electron-updater', () => ({ default: { get autoUpdater() { throw new Error('the real updater must not be used in tests'); } } }));

/** the mocked module exactly as main.ts sees it */
const electron = async () => (await import('electron')) as unknown as typeof import('./fake-electron').electron;
const flush = () => new Promise((r) => setTimeout(r, 50));
const home = process.env.COUNTING_HOUSE_HOME;
delete process.env.COUNTING_HOUSE_HOME;
afterAll(() => {
  if (home !== undefined) process.env.COUNTING_HOUSE_HOME = home;
});

describe('the desktop entry', () => {
  it('opens the workspace in the user-data folder, one window on our scheme, and closes it on quit', async () => {
    const fake = await electron();
    const FakeBrowserWindow = fake.BrowserWindow;
    const appData = tempDir();
    fake.app.paths.appData = appData;
    fake.app.appPath = repoRoot;
    await import('./main');

    // before 'ready': the scheme and the same folder the CLI and browser host use
    expect(fake.privileged).toHaveLength(1);
    const userData = path.join(appData, 'Counting House');
    expect(fake.app.getPath('userData')).toBe(userData);
    expect(FakeBrowserWindow.all).toHaveLength(0);

    fake.app.makeReady();
    await flush();
    expect(fake.dialogState.errorBoxes).toEqual([]);
    const dbFile = path.join(userData, 'workspaces', 'main.sqlite');
    expect(fs.existsSync(dbFile)).toBe(true);
    expect(FakeBrowserWindow.all).toHaveLength(1);
    const win = FakeBrowserWindow.all[0];
    expect(win.loaded).toEqual(['app://counting-house/index.html']);
    expect(win.options.webPreferences.preload).toBe(path.join(repoRoot, 'dist', 'preload', 'index.cjs'));
    expect(fake.protocolHandlers.has('app')).toBe(true);
    expect(fake.session.defaultSession.permissionCheckHandler!()).toBe(false);
    expect(fake.menus).toHaveLength(1);

    const info = await fake.ipcHandlers.get('rpc')!({ senderFrame: { url: 'app://counting-house/' } }, { method: 'app.info', input: {} });
    expect(info).toMatchObject({ ok: true, value: { shell: 'electron', nativeFileDialog: true, workspace: { path: dbFile } } });

    expect(fs.existsSync(`${dbFile}-wal`)).toBe(true); // open in WAL mode
    // quitting waits for the workspace to close, then quits for real
    fake.app.quit();
    expect(fake.app.quitCalls).toBe(1);
    await flush();
    expect(fake.app.quitCalls).toBe(2);
    expect(fs.existsSync(`${dbFile}-wal`)).toBe(false);
  });

  it('a second instance quits at once and leaves the first one be', async () => {
    vi.resetModules(); // main.ts runs again; the electron mock stays the same object
    const fake = await electron();
    const FakeBrowserWindow = fake.BrowserWindow;
    FakeBrowserWindow.all.length = 0;
    fake.app.removeAllListeners();
    fake.app.quitCalls = 0;
    fake.app.lock = false;
    fake.app.paths.appData = tempDir();
    await import('./main');
    await flush();
    expect(fake.app.quitCalls).toBe(1);
    expect(FakeBrowserWindow.all).toHaveLength(0);
    expect(fs.existsSync(path.join(fake.app.paths.appData, 'Counting House', 'workspaces'))).toBe(false);
  });
});
