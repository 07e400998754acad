import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { tempDir } from '../testing/fixtures';
import { electron as fake, FakeBrowserWindow, FakeSession, FakeWebContents } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).electron);

const { createMainWindow, hardenContents, hardenSession, isSafeExternalUrl } = await import('./window');
const { APP_INDEX_URL, CONTENT_SECURITY_POLICY, isOwnUrl, registerAppScheme, rendererFileFor, respond, serveRenderer } = await import('./protocol');

describe('the main window', () => {
  const win = createMainWindow({ preload: '/app/dist/preload/index.cjs', isPackaged: true }) as unknown as FakeBrowserWindow;

  it('runs the page sandboxed, isolated, without Node, with web security', () => {
    expect(win.options.webPreferences).toMatchObject({
      preload: '/app/dist/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      devTools: false,
    });
  });

  it('loads the UI from our own scheme', () => {
    expect(win.loaded).toEqual(['app://counting-house/index.html']);
    expect(APP_INDEX_URL).toBe('app://counting-house/index.html');
  });

  it('keeps DevTools available in a development run', () => {
    const dev = createMainWindow({ preload: '/p.cjs', isPackaged: false }) as unknown as FakeBrowserWindow;
    expect(dev.options.webPreferences.devTools).toBe(true);
  });

  it('prevents navigation and redirects away from our scheme, allows our own pages', () => {
    const wc = win.webContents;
    for (const event of ['will-navigate', 'will-frame-navigate', 'will-redirect']) {
      expect(wc.attempt(event, 'https://evil.example/')).toBe(true);
      expect(wc.attempt(event, 'file:///etc/passwd')).toBe(true);
      expect(wc.attempt(event, 'app://elsewhere/index.html')).toBe(true);
      expect(wc.attempt(event, 'app://counting-house/orders/12')).toBe(false);
    }
  });

  it('prevents attaching a webview', () => {
    const e = { defaultPrevented: false, preventDefault() { this.defaultPrevented = true; } };
    win.webContents.emit('will-attach-webview', e, {}, {});
    expect(e.defaultPrevented).toBe(true);
  });

  it('denies every window.open; https links go to the OS browser, nothing else does', () => {
    const open = win.webContents.windowOpenHandler!;
    fake.opened.length = 0;
    for (const url of ['https://example.com/help', 'http://example.com/', 'file:///etc/passwd', 'javascript:alert(1)', 'app://counting-house/index.html', 'not a url']) {
      expect(open({ url, frameName: '', features: '', disposition: 'new-window' })).toEqual({ action: 'deny' });
    }
    expect(fake.opened).toEqual(['https://example.com/help']);
  });

  it('denies every permission request and check, and adds the CSP to responses that lack one', () => {
    const s = win.webContents.session;
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen']) {
      const answers: boolean[] = [];
      s.permissionRequestHandler!(win.webContents, permission, (granted: boolean) => answers.push(granted), {});
      expect(answers).toEqual([false]);
      expect(s.permissionCheckHandler!(win.webContents, permission, 'app://counting-house', {})).toBe(false);
    }
    expect(s.devicePermissionHandler!({})).toBe(false);
    let out: any;
    s.headersReceived!({ responseHeaders: { 'Content-Type': ['text/html'] } }, (r: unknown) => (out = r));
    expect(out.responseHeaders['Content-Security-Policy']).toEqual([CONTENT_SECURITY_POLICY]);
  });
});

describe('hardening on its own', () => {
  it('hands only https URLs to the opener', () => {
    const wc = new FakeWebContents();
    const opened: string[] = [];
    hardenContents(wc as never, (url) => opened.push(url));
    wc.windowOpenHandler!({ url: 'javascript:alert(1)' });
    wc.windowOpenHandler!({ url: 'https://ok.example/' });
    expect(opened).toEqual(['https://ok.example/']);
    expect(isSafeExternalUrl('mailto:a@b.c')).toBe(false);
  });

  it('the session keeps a response’s own CSP', () => {
    const s = new FakeSession();
    hardenSession(s as never);
    let out: any;
    s.headersReceived!({ responseHeaders: { 'content-security-policy': ["default-src 'none'"] } }, (r: unknown) => (out = r));
    expect(out.responseHeaders).toEqual({ 'content-security-policy': ["default-src 'none'"] });
  });
});

describe('the app:// scheme', () => {
  let root: string;
  let outside: string;
  beforeAll(() => {
    const dir = tempDir();
    root = path.join(dir, 'renderer');
    fs.mkdirSync(path.join(root, 'assets'), { recursive: true });
    fs.writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>Counting House</title>');
    fs.writeFileSync(path.join(root, 'assets', 'app.js'), 'console.log(1)');
    outside = path.join(dir, 'secret.txt');
    fs.writeFileSync(outside, 'secret');
  });

  it('is registered as a standard, secure scheme that does not bypass the CSP', () => {
    registerAppScheme();
    expect(fake.privileged).toContainEqual({ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) });
    expect((fake.privileged[0] as any).privileges.bypassCSP).toBeUndefined();
  });

  it('recognises our own URLs only', () => {
    expect(isOwnUrl('app://counting-house/index.html')).toBe(true);
    expect(isOwnUrl('app://counting-house.evil.example/')).toBe(false);
    expect(isOwnUrl('https://counting-house/')).toBe(false);
    expect(isOwnUrl('')).toBe(false);
  });

  it('maps URLs to files under the renderer folder, client routes to index.html', () => {
    expect(rendererFileFor(root, 'app://counting-house/')).toBe(path.join(root, 'index.html'));
    expect(rendererFileFor(root, 'app://counting-house/orders/42')).toBe(path.join(root, 'index.html'));
    expect(rendererFileFor(root, 'app://counting-house/assets/app.js')).toBe(path.join(root, 'assets', 'app.js'));
    expect(rendererFileFor(root, 'app://counting-house/assets/missing.js')).toBeNull();
    expect(rendererFileFor(root, 'app://other/index.html')).toBeNull();
  });

  it('refuses ../ traversal, plain or percent-encoded', () => {
    for (const url of [
      'app://counting-house/../secret.txt',
      'app://counting-house/%2e%2e/secret.txt',
      'app://counting-house/..%2fsecret.txt',
      'app://counting-house/assets/..%2f..%2fsecret.txt',
      'app://counting-house/..%5csecret.txt',
      'app://counting-house/%00.js',
      'app://counting-house/%E0%A4%A.js',
    ]) {
      const file = rendererFileFor(root, url);
      expect(file === null || file.startsWith(root + path.sep), url).toBe(true);
      expect(file).not.toBe(outside);
    }
    expect(rendererFileFor(root, 'app://counting-house/..%2fsecret.txt')).toBeNull();
  });

  it('serves files with the CSP on every response, 404 for anything outside', async () => {
    serveRenderer(root);
    const handler = fake.protocolHandlers.get('app')!;
    const ok: Response = await handler(new Request('app://counting-house/index.html'));
    expect(ok.status).toBe(200);
    expect(ok.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(ok.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await ok.text()).toContain('Counting House');

    const refused = await respond(root, new Request('app://counting-house/..%2fsecret.txt'));
    expect(refused.status).toBe(404);
    expect(refused.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await refused.text()).not.toContain('secret');
    expect(fake.fetched.some((u) => u.includes('secret'))).toBe(false);

    const post = await respond(root, new Request('app://counting-house/index.html', { method: 'POST', body: 'x' }));
    expect(post.status).toBe(405);
  });

  it('has a strict policy: scripts only from the app, no objects, no framing, no forms', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/script-src[^;]*unsafe/);
    expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("connect-src 'self'");
  });
});
