// Browser-host transport: POST /rpc/<method> and /upload with a bearer token, events over a
// WebSocket that reconnects with backoff. The token arrives once in the query string (?token=),
// is kept in sessionStorage for reloads and removed from the address bar.
import type { EventName, UploadResult } from '../../../main/contract/api';
import type { Result } from '../../../main/contract/errors';
import type { ConnectionState, Transport } from './transport';

const TOKEN_KEY = 'counting-house.token';

/** Reads the token from the address (once), stores it and cleans the address bar. */
export function takeToken(): string | null {
  const url = new URL(window.location.href);
  const fromQuery = url.searchParams.get('token');
  if (fromQuery) {
    try {
      sessionStorage.setItem(TOKEN_KEY, fromQuery);
    } catch {
      // storage may be disabled; the token still works for this page's life
    }
    url.searchParams.delete('token');
    const rest = url.searchParams.toString();
    window.history.replaceState(window.history.state, '', `${url.pathname}${rest ? `?${rest}` : ''}${url.hash}`);
    return fromQuery;
  }
  try {
    return sessionStorage.getItem(TOKEN_KEY);
  } catch {
    return null;
  }
}

export function forgetToken(): void {
  try {
    sessionStorage.removeItem(TOKEN_KEY);
  } catch {
    // nothing stored
  }
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
  return {
    kind: 'browser',
    async invoke(method, input) {
      try {
        const res = await fetch(`/rpc/${encodeURIComponent(method)}`, {
          method: 'POST',
          headers: { ...headers, 'Content-Type': 'application/json' },
          body: JSON.stringify(input ?? {}),
        });
        return await readResult(res);
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
