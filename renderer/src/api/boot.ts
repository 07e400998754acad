// Chooses the transport at start: the desktop shell's bridge when present, otherwise the browser
// host with the token from the address. No token: the UI explains how to open the app.
import { browserTransport, takeToken } from './browser';
import { desktopTransport } from './desktop';
import { setTransport } from './client';
import type { Transport } from './transport';

/** `token` is the browser host's access token (null in the desktop shell, which needs none). */
export type Boot = { kind: 'ready'; transport: Transport; token: string | null } | { kind: 'no-token' };

export function boot(): Boot {
  const bridge = window.countingHouse;
  if (bridge && typeof bridge.invoke === 'function' && typeof bridge.on === 'function') {
    const t = desktopTransport(bridge);
    setTransport(t);
    return { kind: 'ready', transport: t, token: null };
  }
  const token = takeToken();
  if (!token) return { kind: 'no-token' };
  const t = browserTransport(token);
  setTransport(t);
  return { kind: 'ready', transport: t, token };
}
