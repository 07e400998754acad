// The renderer is served from a privileged custom scheme (app://counting-house/) rather than
// file://, so the page has a real origin, 'self' in the CSP means our files only, and no path
// outside dist/renderer can ever be read.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { net, protocol } from 'electron';
import { MIME_TYPES, contentSecurityPolicy } from '../platform/web';

export const APP_SCHEME = 'app';
export const APP_HOST = 'counting-house';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_INDEX_URL = `${APP_ORIGIN}/index.html`;

/** The browser host's policy minus its WebSocket: IPC needs no connection. */
export const CONTENT_SECURITY_POLICY = contentSecurityPolicy();

/** True for our own pages only: the app scheme on our host. */
export function isOwnUrl(url: string): boolean {
  try {
    const u = new URL(url);
    return u.protocol === `${APP_SCHEME}:` && u.host === APP_HOST;
  } catch {
    return false;
  }
}

/** Must run before the app is ready. Not bypassCSP: our own policy applies to our own pages. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
  ]);
}

/**
 * The file under `root` that an app:// URL names, or null for anything else: another host, a
 * path that climbs out of root (even percent-encoded), a missing file. Paths without an
 * extension are the UI's client-side routes and get index.html.
 */
export function rendererFileFor(root: string, url: string): string | null {
  if (!isOwnUrl(url)) return null;
  const base = path.resolve(root);
  let rel: string;
  try {
    rel = decodeURIComponent(new URL(url).pathname);
  } catch {
    return null;
  }
  if (rel.includes('\0')) return null;
  if (rel === '/' || !path.extname(rel)) rel = '/index.html';
  const file = path.resolve(base, `.${rel}`);
  if (!file.startsWith(base + path.sep)) return null;
  try {
    return fs.statSync(file).isFile() ? file : null;
  } catch {
    return null;
  }
}

function headers(file: string | null): Record<string, string> {
  return {
    'content-type': file ? (MIME_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream') : 'text/plain; charset=utf-8',
    'content-security-policy': CONTENT_SECURITY_POLICY,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'cache-control': 'no-store',
  };
}

/** Answers one request for the app scheme; every response carries the CSP, errors included. */
export async function respond(root: string, request: Request): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return new Response('method not allowed', { status: 405, headers: headers(null) });
  const file = rendererFileFor(root, request.url);
  if (!file) return new Response('not found', { status: 404, headers: headers(null) });
  const res = await net.fetch(pathToFileURL(file).toString());
  if (!res.ok) return new Response('not found', { status: 404, headers: headers(null) });
  return new Response(request.method === 'HEAD' ? null : res.body, { status: 200, headers: headers(file) });
}

/** Serves dist/renderer on the app scheme (call once the app is ready). */
export function serveRenderer(root: string): void {
  protocol.handle(APP_SCHEME, (request) => respond(root, request));
}
