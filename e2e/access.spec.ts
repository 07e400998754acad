// The browser host's page without its per-launch token, or with a wrong one, explains how to open
// the app instead of showing a broken screen; with the token, the token leaves the address bar and
// stays in the browser for that host's launch: a reload or another tab works, a restart does not.
import { expect, test } from '@playwright/test';
import { freshDataDir, removeDir, startHost, stopHost } from './host';

const hostUrl = () => {
  const url = process.env.CH_E2E_URL;
  if (!url) throw new Error('CH_E2E_URL is not set: globalSetup did not start the host');
  return url;
};

test('without a token the page says to open the address printed by npm start', async ({ page }) => {
  await page.goto(hostUrl());
  await expect(page.getByTestId('no-token')).toBeVisible();
  await expect(page.getByTestId('no-token')).toContainText('npm start');
  await expect(page.getByTestId('no-token')).toContainText('No access token');
});

test('a wrong token is refused with the same instructions', async ({ page }) => {
  await page.goto(`${hostUrl()}?token=not-the-token`);
  await expect(page.getByTestId('no-token')).toContainText('no longer valid');
  await expect(page).not.toHaveURL(/token=/);
});

test('the token moves from the address bar to the browser: a reload and another tab work', async ({ page, context }) => {
  await page.goto(process.env.CH_E2E_OPEN_URL!);
  await expect(page.getByTestId('app-info')).toContainText('Browser host');
  await expect(page).not.toHaveURL(/token=/);
  // a reload keeps working
  await page.reload();
  await expect(page.getByTestId('app-info')).toContainText('Browser host');
  // so does a link opened in a new tab, without the token in it
  const other = await context.newPage();
  await other.goto(`${hostUrl()}#/orders`);
  await expect(other.getByTestId('app-info')).toContainText('Browser host');
  await expect(other.getByTestId('no-token')).toHaveCount(0);
  await other.close();
});

test('a restarted host refuses the old token, and the page says to open the new address', async ({ page }) => {
  const dataDir = freshDataDir('restart');
  let host = await startHost(dataDir);
  try {
    await page.goto(host.openUrl);
    await expect(page.getByTestId('app-info')).toContainText('Browser host');
    // the same address, a new launch: a new token
    const port = host.port;
    await stopHost(host.pid);
    host = await startHost(dataDir, 30_000, port);
    await page.reload();
    const notice = page.getByTestId('no-token');
    await expect(notice).toHaveAttribute('data-reason', 'rejected');
    await expect(notice).toContainText('no longer valid');
    await expect(notice).toContainText('Open the new address that npm start printed');
    // the new address works, and a reload after it too
    await page.goto(host.openUrl);
    await expect(page.getByTestId('app-info')).toContainText('Browser host');
    await page.reload();
    await expect(page.getByTestId('app-info')).toContainText('Browser host');
  } finally {
    await stopHost(host.pid);
    removeDir(dataDir);
  }
});

test('with the desktop bridge (window.countingHouse) the app uses it instead of the token', async ({ page }) => {
  const token = new URL(process.env.CH_E2E_OPEN_URL!).searchParams.get('token')!;
  // a stand-in for the preload: the same two functions, carried here over the host's HTTP and WebSocket
  await page.addInitScript((t: string) => {
    const calls: string[] = [];
    (window as unknown as { __bridgeCalls: string[] }).__bridgeCalls = calls;
    const listeners = new Map<string, Set<(p: unknown) => void>>();
    const ws = new WebSocket(`ws://${location.host}/events?token=${t}`);
    ws.onmessage = (m) => {
      const { event, payload } = JSON.parse(String(m.data));
      listeners.get(event)?.forEach((cb) => cb(payload));
    };
    // what the shell's menu does: send an event of the contract straight to the page
    (window as unknown as { __emit: unknown }).__emit = (event: string, payload: unknown) => listeners.get(event)?.forEach((cb) => cb(payload));
    (window as unknown as { countingHouse: unknown }).countingHouse = {
      invoke: async (method: string, input: unknown) => {
        calls.push(method);
        const res = await fetch(`/rpc/${method}`, { method: 'POST', headers: { Authorization: `Bearer ${t}` }, body: JSON.stringify(input ?? {}) });
        return res.json();
      },
      on: (event: string, cb: (p: unknown) => void) => {
        if (!listeners.has(event)) listeners.set(event, new Set());
        listeners.get(event)!.add(cb);
        return () => listeners.get(event)!.delete(cb);
      },
    };
  }, token);
  await page.goto(hostUrl());
  await expect(page.getByTestId('app-info')).toBeVisible();
  await expect(page.getByTestId('no-token')).toHaveCount(0);
  const calls = await page.evaluate(() => (window as unknown as { __bridgeCalls: string[] }).__bridgeCalls);
  expect(calls).toContain('app.info');
  expect(calls).toContain('workspace.status');

  // File > Import files… staged a batch: the Import screen shows it, and Discard asks the back office to drop it
  const batchId = 'menu0batch0staged0e2e';
  await page.evaluate(
    (b) => (window as unknown as { __emit(e: string, p: unknown): void }).__emit('import.staged', { batchId: b, files: [{ name: 'orders.json', bytes: 2048 }], detectedKind: 'shopify' }),
    batchId,
  );
  await expect(page.getByTestId('import-screen')).toBeVisible();
  await expect(page.getByTestId('staged-file')).toHaveText([/orders\.json/]);
  await expect(page.getByTestId('detected-kind')).toHaveAttribute('data-kind', 'shopify');
  await page.getByTestId('import-discard').click();
  await expect(page.getByTestId('staged-files')).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { __bridgeCalls: string[] }).__bridgeCalls)).toContain('imports.discard');
});
