import { Badge, Text, Tooltip } from '@mantine/core';
import { Money } from './Money';

export const PAYMENT_DIFFERENCE_HINT = 'Payments minus the order total; reconciliation has to explain any difference';
export const NO_PAYMENTS_TEXT = 'no payments recorded by this source';

/**
 * Payments minus the order's total: highlighted when non-zero, since reconciliation must explain
 * it. `null` where the source records no payments at all (nothing to compare): said in words.
 */
export function PaymentDifference({ minor, currency }: { minor: number | null; currency: string }) {
  if (minor === null) {
    return (
      <Text span c="dimmed" size="xs" title={`Nothing to compare: ${NO_PAYMENTS_TEXT}`} data-testid="payment-difference" data-none="">
        no payments
      </Text>
    );
  }
  if (minor === 0) {
    return (
      <Text span c="dimmed" size="sm" title="Payments match the order total" aria-label="none: payments match the order total" data-testid="payment-difference">
        —
      </Text>
    );
  }
  return (
    <Tooltip label={minor > 0 ? 'Paid more than the order total' : 'Paid less than the order total'}>
      {/* money is never cut short: the badge grows with its amount instead of ending in "…" */}
      <Badge
        color={minor > 0 ? 'orange' : 'red'}
        variant="light"
        radius="sm"
        data-testid="payment-difference"
        style={{ textTransform: 'none', flexShrink: 0, maxWidth: 'none', overflow: 'visible' }}
        styles={{ label: { overflow: 'visible', textOverflow: 'clip' } }}
      >
        <Money minor={minor} currency={currency} inherit />
      </Badge>
    </Tooltip>
  );
}
