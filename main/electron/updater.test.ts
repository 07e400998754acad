import { EventEmitter } from 'node:events';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { electron as fake } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).electron);
// electron-updater reaches for the real electron when its autoUpdater is read: never here
vi.mock('electron-updater', () => ({ default: { get autoUpdater() { throw new Error('the real updater must not be used in tests'); } } }));

const { createUpdater, RESTART_NOW, DOWNLOAD } = await import('./updater');

class FakeUpdater extends EventEmitter {
  autoDownload = true;
  autoInstallOnAppQuit = true;
  checks = 0;
  downloads = 0;
  installs: unknown[][] = [];
  next: 'available' | 'none' | 'error' = 'available';
  async checkForUpdates() {
    this.checks++;
    if (this.next === 'available') this.emit('update-available', { version: '2.0.0' });
    if (this.next === 'none') this.emit('update-not-available', { version: '1.0.0' });
    if (this.next === 'error') {
      const e = new Error('net::ERR_INTERNET_DISCONNECTED');
      this.emit('error', e);
      throw e;
    }
    return null;
  }
  async downloadUpdate() {
    this.downloads++;
    this.emit('update-downloaded', { version: '2.0.0' });
    return [];
  }
  quitAndInstall(...args: unknown[]) {
    this.installs.push(args);
  }
}

const flush = () => new Promise((r) => setTimeout(r, 10));
const buttonsAsked = () => fake.dialogState.messages.map((m) => m.buttons?.[0]);

describe('the updater', () => {
  let u: FakeUpdater;
  const closed = vi.fn(async () => {});
  const make = (isPackaged = true) => createUpdater({ isPackaged, currentVersion: '1.0.0', getWindow: () => null, updater: u, beforeInstall: closed, log: () => {} });
  beforeEach(() => {
    u = new FakeUpdater();
    fake.dialogState.messages.length = 0;
    fake.dialogState.responses.length = 0;
    closed.mockClear();
  });

  it('does not check in a development run', async () => {
    await make(false).check(false);
    expect(u.checks).toBe(0);
    await make(false).check(true);
    expect(u.checks).toBe(0);
    expect(fake.dialogState.messages.at(-1)!.message).toMatch(/only in the installed app/);
  });

  it('never downloads by itself: "Not now" stops there', async () => {
    fake.dialogState.responses.push(1); // Not now
    await make().check(false);
    await flush();
    expect(u.autoDownload).toBe(false);
    expect(u.autoInstallOnAppQuit).toBe(false);
    expect(u.downloads).toBe(0);
    expect(u.installs).toEqual([]);
  });

  it('downloads when asked, then installs only on "Restart now"', async () => {
    fake.dialogState.responses.push(0, 0); // Download, Restart now
    await make().check(true);
    await flush();
    expect(buttonsAsked()).toEqual([DOWNLOAD, RESTART_NOW]);
    expect(u.downloads).toBe(1);
    expect(closed).toHaveBeenCalledTimes(1);
    expect(u.installs).toEqual([[false, true]]);
  });

  it('does not install when the user says "Later" or closes the dialog', async () => {
    fake.dialogState.responses.push(0, 1); // Download, Later
    await make().check(false);
    await flush();
    expect(u.downloads).toBe(1);
    expect(u.installs).toEqual([]);
    expect(closed).not.toHaveBeenCalled();
  });

  it('tells the user who asked that they are up to date', async () => {
    u.next = 'none';
    await make().check(true);
    await flush();
    expect(fake.dialogState.messages.at(-1)!.message).toMatch(/1\.0\.0 is the latest version/);
  });

  it('shows a failed check the user asked for, and never throws', async () => {
    u.next = 'error';
    await expect(make().check(true)).resolves.toBeUndefined();
    await flush();
    expect(fake.dialogState.messages.filter((m) => m.type === 'error')).toHaveLength(1);
    expect(fake.dialogState.messages.at(-1)!.detail).toMatch(/INTERNET_DISCONNECTED/);
  });

  it('only logs a failed background check (offline is normal)', async () => {
    u.next = 'error';
    const logged: string[] = [];
    const quiet = createUpdater({ isPackaged: true, currentVersion: '1.0.0', getWindow: () => null, updater: u, log: (m) => logged.push(m) });
    await quiet.check(false);
    await flush();
    expect(fake.dialogState.messages).toEqual([]);
    expect(logged[0]).toMatch(/update check failed/);
  });

  it('shows a download that fails', async () => {
    u.downloadUpdate = async () => {
      throw new Error('checksum mismatch');
    };
    fake.dialogState.responses.push(0); // Download
    await make().check(false);
    await flush();
    expect(fake.dialogState.messages.at(-1)).toMatchObject({ type: 'error', detail: 'checksum mismatch' });
    expect(u.installs).toEqual([]);
  });
});
