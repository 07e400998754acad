// Shown when the page was opened without the per-launch access token, or with one the host no
// longer accepts (it was restarted: each launch issues a new token).
import { Alert, Center, Code, List, Paper, Stack, Text, Title } from '@mantine/core';
import { IconKey } from '@tabler/icons-react';
import { useEffect } from 'react';
import { onNewToken } from '../api/browser';

export function NoToken({ reason, refused = null }: { reason: 'missing' | 'rejected'; refused?: string | null }) {
  // the right address opened in another tab of this browser: this one can use its token too
  useEffect(() => onNewToken(refused, () => window.location.reload()), [refused]);
  return (
    <Center mih="100vh" p="md" data-testid="no-token" data-reason={reason}>
      <Paper withBorder shadow="sm" p="xl" maw={620}>
        <Stack>
          <Title order={2}>Open Counting House from its own address</Title>
          <Alert color="yellow" icon={<IconKey size={20} />} title={reason === 'missing' ? 'No access token' : 'The access token is no longer valid'}>
            {reason === 'missing' ? (
              'This page was opened without the access token that protects your data.'
            ) : (
              <>
                Counting House was restarted since this page was opened: each start issues a new access token and refuses the old one.
                Open the new address that <Code>npm start</Code> printed.
              </>
            )}
          </Alert>
          <Text>To open the app:</Text>
          <List type="ordered" spacing="xs">
            <List.Item>
              In a terminal in the Counting House folder, run <Code>npm start</Code> (or keep the one already running).
            </List.Item>
            <List.Item>
              Open the address it prints after <Code>Open:</Code>: it looks like <Code>http://127.0.0.1:PORT/?token=…</Code>.
            </List.Item>
          </List>
          <Text size="sm" c="dimmed">
            The server listens only on this computer (127.0.0.1). The token is removed from the address bar, so it does not end up in
            bookmarks or screenshots, and kept in this browser for that address until Counting House stops: other tabs and links
            opened from the app work without it.
          </Text>
        </Stack>
      </Paper>
    </Center>
  );
}
