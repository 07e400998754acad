import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { BackOffice } from '../app/backoffice';
import { createRouter, type Router } from '../router/router';
import { tempDir } from '../testing/fixtures';
import { electron as fake, FakeBrowserWindow, FakeWebContents } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).electron);

const { desktopOverrides, registerIpc } = await import('./ipc');

const own = { senderFrame: { url: 'app://counting-house/index.html' } };

describe('the rpc channel', () => {
  let bo: BackOffice;
  let router: Router;
  let page: FakeWebContents;
  let foreign: FakeWebContents;
  let undo: () => void;
  let win: FakeBrowserWindow;

  beforeAll(() => {
    const dataDir = tempDir();
    bo = new BackOffice({ dataDir, shell: 'electron', version: '9.9.9' });
    win = new FakeBrowserWindow({});
    router = createRouter(bo, desktopOverrides(() => win as never));
    page = new FakeWebContents();
    page.url = 'app://counting-house/index.html';
    foreign = new FakeWebContents();
    foreign.url = 'https://evil.example/';
    undo = registerIpc(router, bo, () => [page, foreign] as never);
  });
  afterAll(async () => {
    undo();
    await bo.close();
  });

  const call = (event: unknown, message: unknown) => fake.ipcHandlers.get('rpc')!(event, message);

  it('is the one channel registered', () => {
    expect([...fake.ipcHandlers.keys()]).toEqual(['rpc']);
  });

  it('forwards a call from our page to the router', async () => {
    const r = await call(own, { method: 'workspace.status', input: {} });
    expect(r).toMatchObject({ ok: true, value: { orders: 0, customers: 0 } });
  });

  it('answers a bad argument with bad_request, an unknown method with unknown_method', async () => {
    expect(await call(own, { method: 'orders.get', input: { id: 'seven' } })).toMatchObject({ ok: false, error: { code: 'bad_request' } });
    expect(await call(own, { method: 'fs.readFile', input: {} })).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
    expect(await call(own, 'workspace.status')).toMatchObject({ ok: false, error: { code: 'bad_request' } });
  });

  it('rejects a sender that is not one of our pages', async () => {
    for (const frame of [{ url: 'https://evil.example/' }, { url: 'file:///tmp/x.html' }, { url: 'app://other/' }, null]) {
      const r = await call({ senderFrame: frame }, { method: 'workspace.status', input: {} });
      expect(r).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    }
  });

  it('says the desktop shell has a native file dialog', async () => {
    expect(await call(own, { method: 'app.info', input: {} })).toMatchObject({ ok: true, value: { shell: 'electron', version: '9.9.9', nativeFileDialog: true } });
  });

  it('turns the files chosen in the native dialog into an import batch, null when cancelled', async () => {
    fake.dialogState.openResult = { canceled: true, filePaths: [] };
    expect(await call(own, { method: 'dialog.openImportFiles', input: {} })).toEqual({ ok: true, value: null });

    const dir = tempDir();
    const csv = path.join(dir, 'Online Retail.csv');
    fs.writeFileSync(csv, 'InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country\n');
    fake.dialogState.openResult = { canceled: false, filePaths: [csv] };
    const r = await call(own, { method: 'dialog.openImportFiles', input: {} });
    expect(r.ok).toBe(true);
    expect(r.value.batchId).toMatch(/^[a-z0-9]{16,40}$/);
    expect(r.value.files).toEqual([{ name: 'Online Retail.csv', bytes: fs.statSync(csv).size, kind: 'online-retail' }]);
    expect(JSON.stringify(r.value)).not.toContain(dir); // the page gets no paths
    expect(fake.dialogState.opens.at(-1)!.properties).toEqual(['openFile', 'multiSelections']);

    fake.dialogState.openResult = { canceled: false, filePaths: [dir] };
    await call(own, { method: 'dialog.openImportFiles', input: { directory: true } });
    expect(fake.dialogState.opens.at(-1)!.properties).toEqual(['openDirectory']);
  });

  it('forwards every bus event to our pages only', () => {
    bo.events.emit('db.changed', { tables: ['orders'] });
    expect(page.sent).toContainEqual({ channel: 'event', args: [{ event: 'db.changed', payload: { tables: ['orders'] } }] });
    expect(foreign.sent).toEqual([]);
  });
});
