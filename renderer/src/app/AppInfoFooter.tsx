import { Skeleton, Stack, Text, Tooltip } from '@mantine/core';
import { useApi } from '../api/hooks';

export function AppInfoFooter() {
  const info = useApi('app.info', {}, { staleTime: Infinity });
  if (!info.data) return <Skeleton h={40} />;
  const { shell, version, workspace } = info.data;
  return (
    <Stack gap={2} pt="sm" style={{ borderTop: '1px solid var(--mantine-color-default-border)' }} data-testid="app-info">
      <Text size="xs" c="dimmed">
        {shell === 'electron' ? 'Desktop app' : 'Browser host (local only)'} · v{version}
      </Text>
      <Tooltip label={workspace.path} multiline maw={400}>
        <Text size="xs" c="dimmed" truncate="start" tabIndex={0} aria-label={`Workspace file ${workspace.path}`}>
          {workspace.name} · {workspace.path}
        </Text>
      </Tooltip>
    </Stack>
  );
}
