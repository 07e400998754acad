import { Button, Grid, Group, Skeleton, Stack, Text, Title, Tooltip } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { Link } from 'wouter';
import { BackLink } from '../../shared/BackLink';
import { useApi } from '../../api/hooks';
import { DateTime } from '../../shared/DateTime';
import { EmptyState } from '../../shared/EmptyState';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { StateBadge } from '../../shared/StateBadge';
import { zoneLabel, zoneName } from '../../shared/zone';
import { AuditCard } from './detail/AuditCard';
import { CustomerCard } from './detail/CustomerCard';
import { LinesCard } from './detail/LinesCard';
import { PaymentsCard } from './detail/PaymentsCard';
import { RefundsCard } from './detail/RefundsCard';
import { ReviewsCard } from './detail/ReviewsCard';
import { TimelineCard } from './detail/TimelineCard';
import { TotalsCard } from './detail/TotalsCard';

function BackToOrders() {
  return <BackLink fallback="/orders" fallbackLabel="Orders" testId="back-to-orders" />;
}

export function OrderDetailScreen({ id }: { id: number }) {
  const valid = Number.isInteger(id) && id > 0;
  const order = useApi('orders.get', { id: valid ? id : 1 }, { enabled: valid });
  const heading = useRef<HTMLHeadingElement>(null);
  const loadedId = order.data?.id;
  // a screen change leaves focus on the link or row that was used: put it on the order's heading,
  // so a screen reader announces the order and Tab continues from the top of its page
  useEffect(() => {
    if (loadedId != null) heading.current?.focus({ preventScroll: true });
  }, [loadedId]);

  if (!valid || order.error?.code === 'not_found') {
    return (
      <Stack>
        <BackToOrders />
        <EmptyState title="There is no such order" description="It may belong to another workspace. Find it from the orders list or with Ctrl+K.">
          <Button component={Link} href="/orders">
            Back to the orders
          </Button>
        </EmptyState>
      </Stack>
    );
  }
  if (order.error) {
    return (
      <Stack>
        <BackToOrders />
        <ErrorAlert error={order.error} title="Cannot open the order" />
      </Stack>
    );
  }
  if (!order.data) {
    return (
      <Stack data-testid="loading">
        <BackToOrders />
        <Skeleton h={40} w={420} />
        <Grid>
          <Grid.Col span={{ base: 12, md: 6 }}>
            <Skeleton h={180} />
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 6 }}>
            <Skeleton h={180} />
          </Grid.Col>
        </Grid>
        <Skeleton h={200} />
      </Stack>
    );
  }
  const o = order.data;
  return (
    <Stack gap="md" data-testid="order-detail">
      <BackToOrders />
      <Group justify="space-between" align="flex-start" wrap="wrap">
        <Stack gap={4}>
          <Group gap="sm" wrap="wrap">
            <Title order={2} ff="monospace" fz={22} data-testid="order-id" ref={heading} tabIndex={-1} style={{ outline: 'none' }} aria-label={`Order ${o.externalId}`}>
              {o.externalId}
            </Title>
            <StateBadge state={o.status} size="lg" data-testid="order-status" />
          </Group>
          <Text size="sm" c="dimmed" data-testid="order-subtitle">
            {o.source.name} · placed <DateTime value={o.placedAt} timeZone={o.source.timezone} c="var(--mantine-color-text)" />{' '}
            <Tooltip
              label={`Every time on this page is in the shop's own time zone (${o.source.timezone}), the zone whose calendar days the filters and the overview count.`}
              multiline
              w={300}
            >
              <Text span inherit fz="xs" tabIndex={0} style={{ borderBottom: '1px dotted currentColor', cursor: 'help' }} data-testid="order-zone">
                {o.placedAt ? zoneLabel(o.source.timezone, o.placedAt) : zoneName(o.source.timezone)}
              </Text>
            </Tooltip>{' '}
            · {o.lines.length} {o.lines.length === 1 ? 'line' : 'lines'}
          </Text>
        </Stack>
      </Group>
      <Grid gap="md" align="stretch">
        <Grid.Col span={{ base: 12, md: 5 }}>
          <CustomerCard o={o} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 7 }}>
          <TotalsCard o={o} />
        </Grid.Col>
      </Grid>
      <LinesCard o={o} />
      <Grid gap="md" align="stretch">
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <Stack gap="md">
            <PaymentsCard o={o} />
            <RefundsCard o={o} />
            <ReviewsCard o={o} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <Stack gap="md">
            <TimelineCard o={o} />
            <AuditCard o={o} />
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}

