// An empty screen or table that says what to do next.
import { EmptyState as MantineEmptyState } from '@mantine/core';
import { IconInbox } from '@tabler/icons-react';
import type { ReactNode } from 'react';

interface Props {
  title: string;
  description?: ReactNode;
  icon?: ReactNode;
  children?: ReactNode;
  'data-testid'?: string;
}

export function EmptyState({ title, description, icon, children, ...rest }: Props) {
  return (
    <MantineEmptyState
      py="xl"
      title={title}
      description={description}
      icon={icon ?? <IconInbox size={28} stroke={1.5} />}
      withIndicatorBackground
      data-testid={rest['data-testid']}
    >
      {children ? <MantineEmptyState.Actions>{children}</MantineEmptyState.Actions> : null}
    </MantineEmptyState>
  );
}
