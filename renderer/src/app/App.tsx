import { useEffect, useState } from 'react';
import { Router } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import { api } from '../api/client';
import { forgetToken } from '../api/browser';
import { EventBridge } from './EventBridge';
import { NoToken } from './NoToken';
import { Shell } from './Shell';

/** `token`: the browser host's access token this page uses (null in the desktop shell). */
export function App({ token }: { token: string | null }) {
  const [rejected, setRejected] = useState(false);
  useEffect(
    () =>
      api.onUnauthorized(() => {
        forgetToken(token);
        setRejected(true);
      }),
    [token],
  );
  if (rejected) return <NoToken reason="rejected" refused={token} />;
  return (
    <Router hook={useHashLocation}>
      <EventBridge />
      <Shell />
    </Router>
  );
}
