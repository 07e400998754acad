import { Anchor, Badge, Stack, Text } from '@mantine/core';
import { Link } from 'wouter';
import type { OrderDetail } from '../../../../../main/contract/api';
import { SectionCard } from '../../../shared/SectionCard';

export function CustomerCard({ o }: { o: OrderDetail }) {
  const c = o.customer;
  return (
    <SectionCard title="Customer" right={o.isGuest ? <Badge variant="outline">Guest checkout</Badge> : null} testId="order-customer">
      {c ? (
        <Stack gap={4}>
          <Anchor component={Link} href={`/customers/${c.id}`} data-testid="order-customer-link" fw={500} style={{ overflowWrap: 'break-word' }}>
            {c.name ?? `Customer ${c.id}`}
          </Anchor>
          {c.email ? <Text size="sm">{c.email}</Text> : null}
          {c.location ? (
            <Text size="sm" c="dimmed">
              Ships to {c.location}
            </Text>
          ) : null}
        </Stack>
      ) : (
        <Text size="sm" c="dimmed">
          No customer is recorded for this order.
        </Text>
      )}
    </SectionCard>
  );
}
