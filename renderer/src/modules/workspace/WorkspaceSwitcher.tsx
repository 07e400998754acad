import { Group, SegmentedControl, Text, Tooltip } from '@mantine/core';
import { useLocation } from 'wouter';
import { useApi } from '../../api/hooks';
import { useOpenWorkspace } from './useOpenWorkspace';

export function WorkspaceSwitcher() {
  const info = useApi('app.info', {});
  const [, navigate] = useLocation();
  const open = useOpenWorkspace(() => navigate('/'));
  const current = info.data?.workspace.name === 'sample' ? 'sample' : 'main';
  return (
    <Group gap="xs" wrap="nowrap">
      <Text size="sm" c="dimmed" visibleFrom="md" id="workspace-label">
        Workspace
      </Text>
      <Tooltip label={info.data ? info.data.workspace.path : 'loading…'} openDelay={400}>
        <SegmentedControl
          size="xs"
          aria-labelledby="workspace-label"
          data-testid="workspace-switcher"
          value={open.isPending && open.variables ? open.variables : current}
          disabled={!info.data || open.isPending}
          onChange={(v) => {
            if (v !== current) open.mutate(v as 'main' | 'sample');
          }}
          data={[
            { value: 'main', label: 'Main' },
            { value: 'sample', label: 'Sample (Olist)' },
          ]}
        />
      </Tooltip>
    </Group>
  );
}
