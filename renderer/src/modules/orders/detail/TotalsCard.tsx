import { Group, SimpleGrid, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import type { OrderDetail } from '../../../../../main/contract/api';
import { Money } from '../../../shared/Money';
import { SectionCard } from '../../../shared/SectionCard';
import { PaymentDifference } from '../../../shared/PaymentDifference';

function Figure({ label, children, testId }: { label: string; children: ReactNode; testId: string }) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text fw={600} data-testid={testId}>
        {children}
      </Text>
    </Stack>
  );
}

export function TotalsCard({ o }: { o: OrderDetail }) {
  const cur = o.currency;
  return (
    <SectionCard title="Totals" testId="order-totals">
      <SimpleGrid cols={{ base: 2, sm: 3 }} spacing="md" verticalSpacing="sm">
        <Figure label="Goods" testId="order-goods">
          <Money minor={o.goodsMinor} currency={cur} />
        </Figure>
        <Figure label="Shipping" testId="order-shipping">
          <Money minor={o.shippingMinor} currency={cur} />
        </Figure>
        <Figure label="Total" testId="order-total">
          <Money minor={o.totalMinor} currency={cur} />
        </Figure>
        <Figure label="Paid" testId="order-paid">
          <Money minor={o.paidMinor} currency={cur} />
        </Figure>
        <Figure label="Refunded" testId="order-refunded">
          <Money minor={o.refundedMinor} currency={cur} />
        </Figure>
        <Stack gap={0}>
          <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
            Payment difference
          </Text>
          <Group gap={4} data-testid="order-payment-difference">
            <PaymentDifference minor={o.paymentDifferenceMinor} currency={cur} />
          </Group>
        </Stack>
      </SimpleGrid>
      {o.paymentDifferenceMinor !== null && o.paymentDifferenceMinor !== 0 ? (
        <Text size="xs" c="dimmed" mt="sm">
          Payments differ from the order total by this amount: reconciliation has to explain it (installment interest, rounding, a
          cancelled order that was paid).
        </Text>
      ) : null}
    </SectionCard>
  );
}
