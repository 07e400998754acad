// Orders by status in the overview's period; each row opens the orders list filtered to that status
// and those days.
import { Card, Group, Progress, Stack, Text, Title, UnstyledButton } from '@mantine/core';
import { useLocation } from 'wouter';
import type { Overview } from '../../../../main/contract/api';
import { formatCount, formatShare, humanize } from '../../shared/format';
import { StateBadge, stateColor } from '../../shared/StateBadge';
import { presetOrders } from '../orders/ordersState';
import type { ResolvedPeriod } from './period';
import classes from './StatusCard.module.css';

export function StatusCard({ statusCounts, period }: { statusCounts: Overview['statusCounts']; period: ResolvedPeriod }) {
  const [, navigate] = useLocation();
  const total = statusCounts.reduce((s, r) => s + r.orders, 0);
  return (
    <Card h="100%" data-testid="status-card">
      <Title order={3} size="h5" mb="sm">
        Orders by status
      </Title>
      <Stack gap={4}>
        {statusCounts.map((r) => (
          <UnstyledButton
            key={r.status}
            className={classes.row}
            onClick={() => {
              presetOrders({ status: [r.status], placedFrom: period.placedFrom ?? '', placedTo: period.placedTo ?? '' });
              navigate('/orders');
            }}
            aria-label={`${humanize(r.status)}: ${formatCount(r.orders)} ${r.orders === 1 ? 'order' : 'orders'}${period.placedFrom || period.placedTo ? ` ${period.placed}` : ''} (${formatShare(r.orders, total)}). Open them`}
            data-testid="status-row"
            data-status={r.status}
          >
            <Group justify="space-between" wrap="nowrap" mb={4}>
              <StateBadge state={r.status} />
              <Text size="sm" style={{ fontVariantNumeric: 'tabular-nums' }}>
                {formatCount(r.orders)}{' '}
                <Text span c="dimmed" size="xs">
                  {formatShare(r.orders, total)}
                </Text>
              </Text>
            </Group>
            <Progress value={total ? (r.orders / total) * 100 : 0} size="xs" color={stateColor(r.status)} />
          </UnstyledButton>
        ))}
      </Stack>
    </Card>
  );
}
