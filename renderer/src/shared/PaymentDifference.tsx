import { Badge, Text, Tooltip } from '@mantine/core';
import { Money } from './Money';

/** payments minus (goods + shipping): highlighted when non-zero, since reconciliation must explain it */
export function PaymentDifference({ minor, currency }: { minor: number; currency: string }) {
  if (minor === 0) {
    return (
      <Text span c="dimmed" size="sm">
        —
      </Text>
    );
  }
  return (
    <Tooltip label={minor > 0 ? 'Paid more than goods + shipping' : 'Paid less than goods + shipping'}>
      <Badge color={minor > 0 ? 'orange' : 'red'} variant="light" radius="sm" data-testid="payment-difference" style={{ textTransform: 'none' }}>
        <Money minor={minor} currency={currency} inherit />
      </Badge>
    </Tooltip>
  );
}
