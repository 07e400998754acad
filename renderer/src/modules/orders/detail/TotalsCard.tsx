// The order's own arithmetic (goods + shipping − discounts + taxes = total), then what was paid
// and refunded against it, and the difference reconciliation has to explain.
import { Divider, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import type { OrderDetail } from '../../../../../main/contract/api';
import { Money } from '../../../shared/Money';
import { NO_PAYMENTS_TEXT, PaymentDifference } from '../../../shared/PaymentDifference';
import { SectionCard } from '../../../shared/SectionCard';

function Row({ label, hint, children, testId, strong, words }: { label: ReactNode; hint?: ReactNode; children: ReactNode; testId: string; strong?: boolean; words?: boolean }) {
  return (
    <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
      {/* the words give way (they wrap), the amount never does */}
      <Stack gap={0} style={{ minWidth: 0, flex: '1 1 auto' }}>
        <Text size="sm" fw={strong ? 700 : 500}>
          {label}
        </Text>
        {hint ? (
          <Text size="xs" c="dimmed">
            {hint}
          </Text>
        ) : null}
      </Stack>
      <Text size="sm" fw={strong ? 700 : 600} ta="right" data-testid={testId} style={words ? { minWidth: 0 } : { whiteSpace: 'nowrap', flexShrink: 0 }}>
        {children}
      </Text>
    </Group>
  );
}

export function TotalsCard({ o }: { o: OrderDetail }) {
  const cur = o.currency;
  const noPayments = o.paymentDifferenceMinor === null;
  return (
    <SectionCard title="Totals" testId="order-totals">
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xl" verticalSpacing="md">
        <Stack gap={6} aria-label="The order's total">
          <Row label="Goods" testId="order-goods">
            <Money minor={o.goodsMinor} currency={cur} />
          </Row>
          <Row label="Shipping" testId="order-shipping">
            <Money minor={o.shippingMinor} currency={cur} />
          </Row>
          {o.discountMinor !== 0 ? (
            <Row label="Discounts" testId="order-discounts">
              <Money minor={-o.discountMinor} currency={cur} />
            </Row>
          ) : null}
          {o.taxMinor !== 0 ? (
            <Row label="Taxes" testId="order-taxes">
              <Money minor={o.taxMinor} currency={cur} />
            </Row>
          ) : null}
          <Divider />
          <Row label="Total" testId="order-total" strong>
            <Money minor={o.totalMinor} currency={cur} />
          </Row>
        </Stack>
        <Stack gap={6} aria-label="Payments against it">
          <Row label="Paid" testId="order-paid">
            {noPayments ? (
              <Text span inherit c="dimmed" fw={400}>
                not recorded
              </Text>
            ) : (
              <Money minor={o.paidMinor} currency={cur} />
            )}
          </Row>
          <Row label="Refunded" testId="order-refunded">
            <Money minor={o.refundedMinor} currency={cur} />
          </Row>
          <Divider />
          <Row label="Payment difference" hint="payments minus the order total" testId="order-payment-difference" words={noPayments}>
            {noPayments ? (
              <Text span inherit c="dimmed" fw={400} style={{ whiteSpace: 'normal' }}>
                {NO_PAYMENTS_TEXT}
              </Text>
            ) : (
              <PaymentDifference minor={o.paymentDifferenceMinor} currency={cur} />
            )}
          </Row>
          {noPayments ? null : (
            <Text size="xs" c="dimmed" data-testid="order-payment-difference-note">
              {o.paymentDifferenceMinor === 0
                ? 'Payments match the order total.'
                : 'Payments differ from the order total by this amount: reconciliation has to explain it (installment interest, rounding, a cancelled order that was paid, a payment still to come).'}
            </Text>
          )}
        </Stack>
      </SimpleGrid>
    </SectionCard>
  );
}
