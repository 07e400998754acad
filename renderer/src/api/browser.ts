// Browser-host transport: POST /rpc/<method> and /upload with a bearer token, events over a
// WebSocket that reconnects with backoff. The token arrives once in the query string (?token=),
// is removed from the address bar and kept in localStorage under the host's origin: it is valid
// for the whole launch of the host, so a reload or a link opened in another tab keeps working.
// A restarted host issues a new token and refuses the old one; the page then says so.
import type { EventName, UploadResult } from '../../../main/contract/api';
import type { Result } from '../../../main/contract/errors';
import type { ConnectionState, Transport } from './transport';

/** The storage key of the token of the host at this origin (scheme, address and port). */
export function tokenKey(origin: string = window.location.origin): string {
  return `counting-house.token:${origin}`;
}

/**
 * Reads the token from the address (once) and cleans the address bar; else the stored one. A token
 * from the address is stored once the host accepts it (see rememberToken): an old link must not
 * replace the token other tabs are using.
 */
export function takeToken(): string | null {
  const url = new URL(window.location.href);
  const fromQuery = url.searchParams.get('token');
  if (fromQuery) {
    url.searchParams.delete('token');
    const rest = url.searchParams.toString();
    window.history.replaceState(window.history.state, '', `${url.pathname}${rest ? `?${rest}` : ''}${url.hash}`);
    return fromQuery;
  }
  return storedToken();
}

/** Keeps a token the host accepted, for reloads and other tabs of this host. */
export function rememberToken(token: string): void {
  try {
    if (localStorage.getItem(tokenKey()) !== token) localStorage.setItem(tokenKey(), token);
  } catch {
    // storage may be disabled; the token still works for this page's life
  }
}

export function storedToken(): string | null {
  try {
    return localStorage.getItem(tokenKey());
  } catch {
    return null;
  }
}

/**
 * Forgets a token the host refused. Only that one: another tab may already have stored the new
 * launch's token, which must stay.
 */
export function forgetToken(refused: string | null): void {
  try {
    if (refused !== null && localStorage.getItem(tokenKey()) === refused) localStorage.removeItem(tokenKey());
  } catch {
    // nothing stored
  }
}

/** Calls back when another tab stores a different token for this host (it was opened anew). */
export function onNewToken(current: string | null, cb: () => void): () => void {
  const listener = (e: StorageEvent) => {
    if (e.key === tokenKey() && e.newValue && e.newValue !== current) cb();
  };
  window.addEventListener('storage', listener);
  return () => window.removeEventListener('storage', listener);
}

async function readResult<T>(res: Response): Promise<Result<T>> {
  const text = await res.text();
  try {
    const parsed = JSON.parse(text) as Result<T>;
    if (parsed && typeof parsed === 'object' && 'ok' in parsed) return parsed;
  } catch {
    // fall through
  }
  return {
    ok: false,
    error: { code: res.status === 401 ? 'unauthorized' : 'internal', message: `the app answered HTTP ${res.status}: ${text.slice(0, 200)}` },
  };
}

function networkError<T>(e: unknown): Result<T> {
  return {
    ok: false,
    error: { code: 'internal', message: `cannot reach the Counting House host (${e instanceof Error ? e.message : String(e)}); is it still running?` },
  };
}

export function browserTransport(token: string): Transport {
  const listeners = new Set<(event: EventName, payload: unknown) => void>();
  const connListeners = new Set<(s: ConnectionState) => void>();
  let state: ConnectionState = 'connecting';
  let attempt = 0;
  let closed = false;
  let socket: WebSocket | null = null;
  const setState = (s: ConnectionState) => {
    if (s === state) return;
    state = s;
    connListeners.forEach((cb) => cb(s));
  };

  const connect = () => {
    if (closed) return;
    const proto = window.location.protocol === 'https:' ? 'wss:' : 'ws:';
    const ws = new WebSocket(`${proto}//${window.location.host}/events?token=${encodeURIComponent(token)}`);
    socket = ws;
    ws.onopen = () => {
      const wasReconnect = attempt > 0 || state === 'reconnecting';
      attempt = 0;
      setState('open');
      // events may have been missed while the socket was down: have every screen refetch
      if (wasReconnect) listeners.forEach((cb) => cb('db.changed', { tables: ['*'] }));
    };
    ws.onmessage = (m) => {
      try {
        const { event, payload } = JSON.parse(String(m.data)) as { event: EventName; payload: unknown };
        listeners.forEach((cb) => cb(event, payload));
      } catch {
        // a malformed frame is ignored
      }
    };
    ws.onclose = () => {
      if (closed) return;
      setState('reconnecting');
      const delay = Math.min(10_000, 500 * 2 ** attempt) + Math.random() * 250;
      attempt += 1;
      window.setTimeout(connect, delay);
    };
  };
  connect();

  const headers = { Authorization: `Bearer ${token}` };
  let accepted = false;
  const check = <T>(r: Result<T>): Result<T> => {
    if (r.ok && !accepted) {
      accepted = true;
      rememberToken(token);
    }
    return r;
  };
  return {
    kind: 'browser',
    async invoke(method, input) {
      try {
        const res = await fetch(`/rpc/${encodeURIComponent(method)}`, {
          method: 'POST',
          headers: { ...headers, 'Content-Type': 'application/json' },
          body: JSON.stringify(input ?? {}),
        });
        return check(await readResult(res));
      } catch (e) {
        return networkError(e);
      }
    },
    async upload(file, name, batchId) {
      const q = new URLSearchParams({ name });
      if (batchId) q.set('batchId', batchId);
      try {
        const res = await fetch(`/upload?${q}`, { method: 'POST', headers: { ...headers, 'Content-Type': 'application/octet-stream' }, body: file });
        return await readResult<UploadResult>(res);
      } catch (e) {
        return networkError(e);
      }
    },
    onAny(cb) {
      listeners.add(cb);
      return () => listeners.delete(cb);
    },
    connection: () => state,
    onConnection(cb) {
      connListeners.add(cb);
      return () => connListeners.delete(cb);
    },
    close() {
      closed = true;
      socket?.close();
    },
  };
}
