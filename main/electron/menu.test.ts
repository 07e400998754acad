import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import type { Router } from '../router/router';
import { electron as fake, FakeBrowserWindow } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).electron);

const { createMenuActions, installMenu, menuTemplate, IMPORT_STAGED_EVENT } = await import('./menu');

const noop = { importFiles: vi.fn(), openSample: vi.fn(), checkForUpdates: vi.fn(), about: vi.fn() };

function top(template: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions[] {
  const item = template.find((m) => m.label?.replace('&', '') === label);
  expect(item, label).toBeDefined();
  return item!.submenu as MenuItemConstructorOptions[];
}
const names = (items: MenuItemConstructorOptions[]) => items.filter((i) => i.type !== 'separator').map((i) => i.label ?? i.role);

describe('the application menu', () => {
  it('has File, Edit, View and Help', () => {
    const t = menuTemplate({ isPackaged: true, platform: 'linux', actions: noop });
    expect(t.map((m) => m.label)).toEqual(['&File', '&Edit', '&View', '&Help']);
    expect(names(top(t, 'File'))).toEqual(['Import files…', 'Open sample workspace', 'Quit']);
    expect(top(t, 'File')[0].accelerator).toBe('CmdOrCtrl+O');
    expect(names(top(t, 'Edit'))).toEqual(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll']);
    expect(names(top(t, 'Help'))).toEqual(['Check for updates…', 'About Counting House']);
  });

  it('offers reload and DevTools only in a development run', () => {
    const packaged = names(top(menuTemplate({ isPackaged: true, platform: 'win32', actions: noop }), 'View'));
    expect(packaged).not.toContain('toggleDevTools');
    expect(packaged).not.toContain('reload');
    expect(packaged).toEqual(['resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen']);
    const dev = names(top(menuTemplate({ isPackaged: false, platform: 'win32', actions: noop }), 'View'));
    expect(dev).toEqual(['reload', 'forceReload', 'toggleDevTools', 'resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen']);
  });

  it('follows macOS conventions there', () => {
    const t = menuTemplate({ isPackaged: true, platform: 'darwin', actions: noop });
    expect(t[0].role).toBe('appMenu');
    expect(names(top(t, 'File')).at(-1)).toBe('close');
  });

  it('runs the actions from its items', () => {
    const actions = { importFiles: vi.fn(), openSample: vi.fn(), checkForUpdates: vi.fn(), about: vi.fn() };
    const t = menuTemplate({ isPackaged: true, platform: 'linux', actions });
    const click = (items: MenuItemConstructorOptions[], label: string) => (items.find((i) => i.label === label)!.click as () => void)();
    click(top(t, 'File'), 'Import files…');
    click(top(t, 'File'), 'Open sample workspace');
    click(top(t, 'Help'), 'Check for updates…');
    click(top(t, 'Help'), 'About Counting House');
    expect([actions.importFiles, actions.openSample, actions.checkForUpdates, actions.about].map((f) => f.mock.calls.length)).toEqual([1, 1, 1, 1]);
  });

  it('is installed as the application menu', () => {
    installMenu({ isPackaged: true, platform: 'linux', actions: noop });
    expect(fake.menus.at(-1)!.template[0].label).toBe('&File');
  });
});

describe('the menu commands', () => {
  const flush = () => new Promise((r) => setTimeout(r, 10));
  const win = new FakeBrowserWindow({});
  win.webContents.url = 'app://counting-house/index.html';

  it('Import files… opens the dialog through the router and hands the batch to the page', async () => {
    const staged = { batchId: 'abcdefabcdefabcdef', files: [{ name: 'orders.csv', bytes: 10 }], detectedKind: 'olist' };
    const dispatch = vi.fn(async () => ({ ok: true as const, value: staged }));
    createMenuActions({ router: { dispatch } as Router, getWindow: () => win as never, checkForUpdates: async () => {}, version: '1.0.0' }).importFiles();
    await flush();
    expect(dispatch).toHaveBeenCalledWith('dialog.openImportFiles', {});
    expect(win.webContents.sent.at(-1)).toEqual({ channel: 'event', args: [{ event: IMPORT_STAGED_EVENT, payload: staged }] });
  });

  it('Import files… sends nothing when the dialog is cancelled', async () => {
    const before = win.webContents.sent.length;
    const dispatch = vi.fn(async () => ({ ok: true as const, value: null }));
    createMenuActions({ router: { dispatch } as Router, getWindow: () => win as never, checkForUpdates: async () => {}, version: '1.0.0' }).importFiles();
    await flush();
    expect(win.webContents.sent.length).toBe(before);
  });

  it('Open sample workspace dispatches workspace.open and shows a failure', async () => {
    const dispatch = vi.fn(async () => ({ ok: false as const, error: { code: 'not_found' as const, message: 'the bundled sample is missing' } }));
    createMenuActions({ router: { dispatch } as Router, getWindow: () => win as never, checkForUpdates: async () => {}, version: '1.0.0' }).openSample();
    await flush();
    expect(dispatch).toHaveBeenCalledWith('workspace.open', { name: 'sample' });
    expect(fake.dialogState.messages.at(-1)).toMatchObject({ type: 'error', detail: 'the bundled sample is missing' });
  });
});
