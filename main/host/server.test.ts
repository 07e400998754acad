// The browser host on a real 127.0.0.1 port: the token guards every call, the Host header is
// checked, uploads become an import batch, events arrive over the WebSocket.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import WebSocket from 'ws';
import { BackOffice } from '../app/backoffice';
import { repoRoot, tempDir } from '../testing/fixtures';
import { startHost, type Host } from './server';

let bo: BackOffice;
let host: Host;
let staticDir: string;
let dataDir: string;

beforeAll(async () => {
  staticDir = path.join(tempDir(), 'ui');
  fs.mkdirSync(staticDir);
  fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>Counting House</title>');
  // a file right beside the served folder: the first thing a path traversal would reach
  fs.writeFileSync(path.join(staticDir, '..', 'secret.txt'), 'secret');
  dataDir = tempDir();
  bo = new BackOffice({ dataDir, shell: 'browser', version: 'test' });
  host = await startHost({ bo, staticDir });
});
afterAll(async () => {
  await host.close();
  await bo.close();
});

function request(
  method: string,
  urlPath: string,
  opts: { token?: string | null; body?: Buffer | string; host?: string; headers?: Record<string, string> } = {},
) {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }>((resolve, reject) => {
    const headers: Record<string, string> = { host: opts.host ?? `127.0.0.1:${host.port}`, ...opts.headers };
    if (opts.token !== null) headers.authorization = `Bearer ${opts.token ?? host.token}`;
    const req = http.request({ host: '127.0.0.1', port: host.port, method, path: urlPath, headers }, (res) => {
      let body = '';
      res.on('data', (d) => (body += d));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end(opts.body);
  });
}

const rpc = async (method: string, input: unknown, token?: string | null) => {
  const r = await request('POST', `/rpc/${method}`, { token, body: JSON.stringify(input) });
  return { status: r.status, json: JSON.parse(r.body) };
};

describe('browser host', () => {
  test('binds to 127.0.0.1 and prints an address carrying the token', () => {
    expect(host.url).toBe(`http://127.0.0.1:${host.port}/`);
    expect(host.openUrl).toBe(`${host.url}?token=${host.token}`);
    expect(host.token.length).toBeGreaterThanOrEqual(32);
  });

  test('refuses calls without the token, or with a wrong one, or through another host name', async () => {
    expect((await rpc('workspace.status', {}, null)).status).toBe(401);
    expect((await rpc('workspace.status', {}, 'x'.repeat(32))).status).toBe(401);
    const rebinding = await request('POST', '/rpc/workspace.status', { host: `evil.example:${host.port}`, body: '{}' });
    expect(rebinding.status).toBe(421);
    // a page of another origin that somehow had the token
    const foreign = await request('POST', '/rpc/workspace.status', { body: '{}', headers: { origin: 'https://evil.example' } });
    expect(foreign.status).toBe(403);
    const ours = await request('POST', '/rpc/workspace.status', { body: '{}', headers: { origin: `http://127.0.0.1:${host.port}` } });
    expect(ours.status).toBe(200);
  });

  test('answers calls through the router, validating arguments', async () => {
    expect(await rpc('workspace.status', {})).toEqual({
      status: 200,
      json: { ok: true, value: { orders: 0, orderLines: 0, payments: 0, refunds: 0, customers: 0, products: 0, sellers: 0, reviews: 0, paymentTotals: {} } },
    });
    const bad = await rpc('orders.list', { pageSize: 100000 });
    expect(bad.json.ok).toBe(false);
    expect(bad.json.error.code).toBe('bad_request');
    expect((await rpc('orders.drop', {})).json.error.code).toBe('unknown_method');
    expect((await rpc('dialog.openImportFiles', {})).json.error.code).toBe('unsupported');
  });

  test('uploads become a batch that imports as a job, with progress over the WebSocket', async () => {
    const events: { event: string; payload: { state?: string } }[] = [];
    const ws = new WebSocket(`ws://127.0.0.1:${host.port}/events?token=${host.token}`);
    await new Promise((r) => ws.once('open', r));
    ws.on('message', (d) => events.push(JSON.parse(String(d))));
    const sample = path.join(repoRoot, 'resources/sample/olist');
    let batchId: string | undefined;
    for (const name of fs.readdirSync(sample).sort()) {
      const r = await request('POST', `/upload?name=${encodeURIComponent(name)}${batchId ? `&batchId=${batchId}` : ''}`, { body: fs.readFileSync(path.join(sample, name)) });
      const json = JSON.parse(r.body);
      expect(json.ok).toBe(true);
      batchId = json.value.batchId;
    }
    const started = await rpc('imports.start', { batchId });
    expect(started.json.ok).toBe(true);
    const job = await bo.jobs.wait(started.json.value.jobId);
    expect(job.state).toBe('succeeded');
    expect((await rpc('workspace.status', {})).json.value.orders).toBe(1500);
    await new Promise((r) => setTimeout(r, 100));
    expect(events.some((e) => e.event === 'job.progress' && e.payload.state === 'running')).toBe(true);
    expect(events.some((e) => e.event === 'db.changed')).toBe(true);
    ws.close();
  });

  test('an upload name cannot escape the staging folder, and a discarded batch is deleted', async () => {
    const r = await request('POST', `/upload?name=${encodeURIComponent('../../evil.csv')}`, { body: 'a,b\n' });
    const json = JSON.parse(r.body);
    expect(json.ok).toBe(true);
    expect(json.value.files.map((f: { name: string }) => f.name)).toEqual(['evil.csv']);
    // on disk it is inside its batch folder, and nowhere above it
    const staged = path.join(dataDir, 'staging', json.value.batchId, 'evil.csv');
    expect(fs.readFileSync(staged, 'utf8')).toBe('a,b\n');
    expect([path.join(dataDir, 'evil.csv'), path.join(dataDir, '..', 'evil.csv')].some((p) => fs.existsSync(p))).toBe(false);
    expect((await rpc('imports.discard', { batchId: json.value.batchId })).json).toEqual({ ok: true, value: { batchId: json.value.batchId } });
    expect((await rpc('imports.start', { batchId: json.value.batchId })).json.error.code).toBe('not_found');
    const pdf = JSON.parse((await request('POST', '/upload?name=invoice.pdf', { body: '%PDF-1.4' })).body);
    expect(pdf.error).toMatchObject({ code: 'bad_request', message: expect.stringMatching(/^invoice\.pdf is not a CSV or JSON file/) });
    expect((await request('POST', '/rpc/%E0%A4%A', { body: '{}' })).status).toBe(400);
  });

  test('the WebSocket needs the token and a same-origin page', async () => {
    const refused = (url: string, headers?: Record<string, string>) =>
      new Promise<boolean>((resolve) => {
        const ws = new WebSocket(url, { headers });
        ws.once('open', () => resolve(false));
        ws.once('error', () => resolve(true));
      });
    expect(await refused(`ws://127.0.0.1:${host.port}/events`)).toBe(true);
    expect(await refused(`ws://127.0.0.1:${host.port}/events?token=${host.token}`, { origin: 'https://evil.example' })).toBe(true);
  });

  test('serves the UI with a strict CSP, and nothing outside it', async () => {
    const page = await request('GET', '/', { token: null });
    expect(page.status).toBe(200);
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    expect(page.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    for (const p of ['/..%2fsecret.txt', '/%2e%2e/secret.txt', '/..%5csecret.txt', '/assets/..%2f..%2fsecret.txt']) {
      const r = await request('GET', p, { token: null });
      expect([p, r.status, r.body.includes('secret')]).toEqual([p, 404, false]);
    }
  });

  test('an upload streams to disk byte for byte; one declared larger than an import takes is refused before it is read', async () => {
    const big = Buffer.alloc(6 * 1024 * 1024, 'x');
    big.write('id,amount\n');
    const r = JSON.parse((await request('POST', '/upload?name=big.csv', { body: big })).body);
    expect(r.value.files).toEqual([{ name: 'big.csv', bytes: big.length, kind: null }]);
    expect(fs.readFileSync(path.join(dataDir, 'staging', r.value.batchId, 'big.csv')).equals(big)).toBe(true);
    expect(fs.readdirSync(path.join(dataDir, 'staging', r.value.batchId))).toEqual(['big.csv']);

    const refused = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = http.request(
        {
          host: '127.0.0.1',
          port: host.port,
          method: 'POST',
          path: '/upload?name=huge.csv',
          headers: { host: `127.0.0.1:${host.port}`, authorization: `Bearer ${host.token}`, 'content-length': String(2 * 1024 ** 3) },
        },
        (res) => {
          let body = '';
          res.on('data', (d) => (body += d));
          res.on('end', () => resolve({ status: res.statusCode!, body }));
        },
      );
      req.on('error', reject);
      req.write('id,amount\n'); // and nothing more: the answer must not wait for 2 GiB
    });
    expect(refused.status).toBe(413);
    expect(JSON.parse(refused.body).error).toEqual({ code: 'too_large', message: 'huge.csv is larger than 1024 MiB, more than an import takes' });
  });
});
