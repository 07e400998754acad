// One colour language for order statuses, line states and job states.
import { Badge, type BadgeProps } from '@mantine/core';
import { humanize } from './format';

const COLORS: Record<string, string> = {
  // orders and lines
  created: 'gray',
  placed: 'gray',
  open: 'gray',
  approved: 'teal',
  invoiced: 'cyan',
  processing: 'yellow',
  shipped: 'blue',
  handed_to_carrier: 'blue',
  delivered: 'green',
  closed: 'green',
  canceled: 'red',
  cancelled: 'red',
  unavailable: 'grape',
  returned: 'orange',
  stock_adjustment: 'gray',
  // jobs
  queued: 'gray',
  running: 'blue',
  succeeded: 'green',
  failed: 'red',
  interrupted: 'yellow',
};

export function stateColor(state: string): string {
  return COLORS[state] ?? 'gray';
}

interface Props extends BadgeProps {
  state: string;
}

export function StateBadge({ state, ...rest }: Props) {
  return (
    <Badge color={stateColor(state)} variant="light" radius="sm" tt="none" miw="max-content" fw={600} data-state={state} {...rest}>
      {humanize(state)}
    </Badge>
  );
}
