// The browser host's live-update socket: say so when it is down (screens then refresh on return).
import { Badge, Tooltip } from '@mantine/core';
import { useSyncExternalStore } from 'react';
import { api } from '../api/client';

export function ConnectionBadge() {
  const state = useSyncExternalStore(
    (cb) => api.onConnection(cb),
    () => api.connection(),
  );
  if (state === 'open' || state === 'connecting') return null;
  return (
    <Tooltip label="Live updates are paused; reconnecting to the Counting House host. Screens refresh when it is back.">
      <Badge color="yellow" variant="light" data-testid="connection-badge">
        Reconnecting…
      </Badge>
    </Tooltip>
  );
}
