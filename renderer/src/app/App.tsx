import { useEffect, useState } from 'react';
import { Router } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import { api } from '../api/client';
import { forgetToken } from '../api/browser';
import { EventBridge } from './EventBridge';
import { NoToken } from './NoToken';
import { Shell } from './Shell';

export function App() {
  const [rejected, setRejected] = useState(false);
  useEffect(
    () =>
      api.onUnauthorized(() => {
        forgetToken();
        setRejected(true);
      }),
    [],
  );
  if (rejected) return <NoToken reason="rejected" />;
  return (
    <Router hook={useHashLocation}>
      <EventBridge />
      <Shell />
    </Router>
  );
}
