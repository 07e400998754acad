// Shown when the page was opened without the per-launch access token (or with an old one).
import { Alert, Center, Code, List, Paper, Stack, Text, Title } from '@mantine/core';
import { IconKey } from '@tabler/icons-react';

export function NoToken({ reason }: { reason: 'missing' | 'rejected' }) {
  return (
    <Center mih="100vh" p="md" data-testid="no-token">
      <Paper withBorder shadow="sm" p="xl" maw={620}>
        <Stack>
          <Title order={2}>Open Counting House from its own address</Title>
          <Alert color="yellow" icon={<IconKey size={20} />} title={reason === 'missing' ? 'No access token' : 'The access token is no longer valid'}>
            {reason === 'missing'
              ? 'This page was opened without the access token that protects your data.'
              : 'Counting House refused the access token of this page: it was probably restarted since (each start issues a new token), or the address was copied incompletely.'}
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
            The server listens only on this computer (127.0.0.1). The token is kept for this browser tab and removed from the
            address bar, so it does not end up in bookmarks or screenshots.
          </Text>
        </Stack>
      </Paper>
    </Center>
  );
}
