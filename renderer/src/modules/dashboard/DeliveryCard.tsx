import { Progress, Text } from '@mantine/core';
import { IconTruckDelivery } from '@tabler/icons-react';
import type { Overview } from '../../../../main/contract/api';
import { formatCount, formatShare } from '../../shared/format';
import { KpiCard } from './KpiCard';

export function DeliveryCard({ delivery }: { delivery: Overview['delivery'] }) {
  const { delivered, onTime, late } = delivery;
  return (
    <KpiCard
      label="On-time delivery"
      testId="kpi-on-time"
      value={delivered ? formatShare(onTime, delivered) : '—'}
      icon={<IconTruckDelivery size={18} />}
      hint={
        delivered ? (
          <span data-testid="kpi-on-time-counts">
            {formatCount(onTime)} of {formatCount(delivered)} delivered on or before the promised day; {formatCount(late)} late
          </span>
        ) : (
          'No delivered orders yet'
        )
      }
    >
      {delivered ? (
        <Progress.Root size="sm" aria-label={`${formatShare(onTime, delivered)} on time`}>
          <Progress.Section value={(onTime / delivered) * 100} color="green" />
          <Progress.Section value={(late / delivered) * 100} color="orange" />
        </Progress.Root>
      ) : (
        <Text size="xs" c="dimmed">
          Counts orders with a delivery date and a promised date.
        </Text>
      )}
    </KpiCard>
  );
}
