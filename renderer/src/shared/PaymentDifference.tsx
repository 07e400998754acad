import { Badge, Text, Tooltip } from '@mantine/core';
import { Money } from './Money';

/**
 * Payments minus the order's total: highlighted when non-zero, since reconciliation must explain
 * it. `null` where the source records no payments at all (nothing to compare).
 */
export function PaymentDifference({ minor, currency }: { minor: number | null; currency: string }) {
  if (minor === null || minor === 0) {
    return (
      <Text span c="dimmed" size="sm" title={minor === null ? 'This source records no payments' : 'Payments match the total'}>
        —
      </Text>
    );
  }
  return (
    <Tooltip label={minor > 0 ? 'Paid more than the order total' : 'Paid less than the order total'}>
      <Badge color={minor > 0 ? 'orange' : 'red'} variant="light" radius="sm" data-testid="payment-difference" style={{ textTransform: 'none' }}>
        <Money minor={minor} currency={currency} inherit />
      </Badge>
    </Tooltip>
  );
}
