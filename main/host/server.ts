// The browser host: serves the built UI and the same router over HTTP + WebSocket, bound to
// 127.0.0.1 and guarded by a random per-launch token. It is what `npm start` runs where there is
// no Electron binary, and what the end-to-end tests drive in Chromium.
//   POST /rpc/<method>   JSON body -> JSON Result            (Authorization: Bearer <token>)
//   POST /upload?name=&batchId=   raw file body -> UploadResult   (same token)
//   GET  /events?token=  WebSocket: {event, payload} for every bus event
//   GET  /*              the renderer's static files (no data in them)
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import type { BackOffice } from '../app/backoffice';
import { createRouter, type Router } from '../router/router';
import type { Handlers } from '../app/handlers';
import { MIME_TYPES, contentSecurityPolicy } from '../platform/web';
import { MAX_UPLOAD_BYTES } from '../modules/imports/staging';

export interface HostOptions {
  bo: BackOffice;
  staticDir: string;
  port?: number;
  token?: string;
  overrides?: Partial<Handlers>;
}

export interface Host {
  url: string;
  /** the address to open: url with the token */
  openUrl: string;
  token: string;
  port: number;
  router: Router;
  close(): Promise<void>;
}

const MAX_JSON = 16 * 1024 * 1024;

export function hostContentSecurityPolicy(port: number): string {
  return contentSecurityPolicy([`ws://127.0.0.1:${port}`, `ws://localhost:${port}`]);
}

function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && crypto.timingSafeEqual(x, y);
}

function send(res: http.ServerResponse, status: number, body: unknown) {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(text);
}

function readBody(req: http.IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > limit) {
        reject(Object.assign(new Error('request body too large'), { status: 413 }));
        req.destroy();
        return;
      }
      chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

export async function startHost(opts: HostOptions): Promise<Host> {
  const token = opts.token ?? crypto.randomBytes(24).toString('base64url');
  const router = createRouter(opts.bo, opts.overrides);
  const staticRoot = path.resolve(opts.staticDir);
  let port = 0;

  const hostAllowed = (req: http.IncomingMessage) => {
    // DNS rebinding: a page on another name that resolves to 127.0.0.1 must not reach us
    const host = req.headers.host ?? '';
    return host === `127.0.0.1:${port}` || host === `localhost:${port}`;
  };
  // a page of another origin must not drive the host, even if it had the token
  const originAllowed = (req: http.IncomingMessage) => {
    const origin = req.headers.origin;
    if (!origin) return true;
    return origin === `http://127.0.0.1:${port}` || origin === `http://localhost:${port}`;
  };
  const authorised = (req: http.IncomingMessage, url: URL) => {
    const header = req.headers.authorization ?? '';
    const given = header.startsWith('Bearer ') ? header.slice(7) : (url.searchParams.get('token') ?? '');
    return safeEqual(given, token);
  };

  const server = http.createServer(async (req, res) => {
    try {
      if (!hostAllowed(req)) return send(res, 421, { ok: false, error: { code: 'unauthorized', message: 'wrong host' } });
      const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
      if (url.pathname.startsWith('/rpc/') || url.pathname === '/upload') {
        if (req.method !== 'POST') return send(res, 405, { ok: false, error: { code: 'bad_request', message: 'use POST' } });
        // the token travels in a header only: a cross-site form cannot set one
        if (!req.headers.authorization || !authorised(req, new URL('http://x/'))) {
          return send(res, 401, { ok: false, error: { code: 'unauthorized', message: 'missing or wrong access token' } });
        }
        if (!originAllowed(req)) return send(res, 403, { ok: false, error: { code: 'unauthorized', message: 'calls come only from the app’s own page' } });
        if (url.pathname === '/upload') {
          const limit = MAX_UPLOAD_BYTES;
          const declared = Number(req.headers['content-length'] ?? 0);
          if (declared > limit) {
            res.setHeader('connection', 'close');
            return send(res, 413, { ok: false, error: { code: 'too_large', message: `${url.searchParams.get('name') ?? 'the file'} is larger than ${Math.round(limit / 1024 / 1024)} MiB, more than an import takes` } });
          }
          // the body streams to disk as it arrives (and stops at the limit): a large file never sits in memory
          const input: Record<string, unknown> = { name: url.searchParams.get('name') ?? '', content: req };
          if (url.searchParams.get('batchId')) input.batchId = url.searchParams.get('batchId');
          const result = await router.dispatch('imports.upload', input);
          if (!result.ok && result.error.code === 'too_large') res.setHeader('connection', 'close');
          return send(res, result.ok ? 200 : result.error.code === 'too_large' ? 413 : 200, result);
        }
        let method: string;
        try {
          method = decodeURIComponent(url.pathname.slice('/rpc/'.length));
        } catch {
          return send(res, 400, { ok: false, error: { code: 'bad_request', message: 'malformed method name' } });
        }
        const body = await readBody(req, MAX_JSON);
        let input: unknown = {};
        if (body.length) {
          try {
            input = JSON.parse(body.toString('utf8'));
          } catch {
            return send(res, 400, { ok: false, error: { code: 'bad_request', message: 'the body is not JSON' } });
          }
        }
        if (method === 'imports.upload') return send(res, 400, { ok: false, error: { code: 'bad_request', message: 'upload files with POST /upload' } });
        return send(res, 200, await router.dispatch(method, input));
      }
      if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, { ok: false, error: { code: 'bad_request', message: 'method not allowed' } });
      serveStatic(staticRoot, url.pathname, res, port);
    } catch (e) {
      const status = (e as { status?: number }).status ?? 500;
      if (!res.headersSent) send(res, status, { ok: false, error: { code: status === 413 ? 'bad_request' : 'internal', message: (e as Error).message } });
    }
  });

  const wss = new WebSocketServer({ noServer: true });
  const sockets = new Set<WebSocket>();
  server.on('upgrade', (req, socket, head) => {
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
    // a browser always sends an Origin with a WebSocket, so a page of another origin is refused;
    // a client that is not a browser sends none, and needs the token like everyone else
    if (url.pathname !== '/events' || !hostAllowed(req) || !originAllowed(req) || !authorised(req, url)) {
      socket.write('HTTP/1.1 401 Unauthorized\r\n\r\n');
      socket.destroy();
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => {
      sockets.add(ws);
      ws.on('close', () => sockets.delete(ws));
    });
  });
  const unsubscribe = opts.bo.events.onAny((event, payload) => {
    const text = JSON.stringify({ event, payload });
    for (const ws of sockets) if (ws.readyState === ws.OPEN) ws.send(text);
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  const url = `http://127.0.0.1:${port}/`;
  return {
    url,
    openUrl: `${url}?token=${token}`,
    token,
    port,
    router,
    close: async () => {
      unsubscribe();
      for (const ws of sockets) ws.terminate();
      wss.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function serveStatic(root: string, pathname: string, res: http.ServerResponse, port: number) {
  let rel: string;
  try {
    rel = decodeURIComponent(pathname);
  } catch {
    res.writeHead(400, { 'content-type': 'text/plain' });
    res.end('malformed path');
    return;
  }
  if (rel === '/' || !path.extname(rel)) rel = '/index.html'; // client-side routes
  const file = path.resolve(root, `.${rel}`);
  if (!file.startsWith(root + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end(fs.existsSync(path.join(root, 'index.html')) ? 'not found' : 'the UI is not built: run npm run build');
    return;
  }
  res.writeHead(200, {
    'content-type': MIME_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
    'content-security-policy': hostContentSecurityPolicy(port),
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'cache-control': rel === '/index.html' ? 'no-store' : 'max-age=3600',
  });
  fs.createReadStream(file).pipe(res);
}
