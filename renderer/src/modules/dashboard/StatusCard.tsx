// Orders by status; each row opens the orders list filtered to that status.
import { Card, Group, Progress, Stack, Text, Title, UnstyledButton } from '@mantine/core';
import { useLocation } from 'wouter';
import type { Overview } from '../../../../main/contract/api';
import { formatCount, formatShare } from '../../shared/format';
import { StateBadge, stateColor } from '../../shared/StateBadge';
import { presetOrders } from '../orders/ordersState';
import classes from './StatusCard.module.css';

export function StatusCard({ statusCounts }: { statusCounts: Overview['statusCounts'] }) {
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
              presetOrders({ status: [r.status] });
              navigate('/orders');
            }}
            aria-label={`${r.status}: ${r.orders} orders. Open them`}
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
