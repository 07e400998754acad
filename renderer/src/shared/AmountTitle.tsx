// A money column's header: its sort orders by currency first, then by amount, and says so
// (amounts in £, R$ and $ are not one number line).
import { Tooltip } from '@mantine/core';
import { IconArrowsSort } from '@tabler/icons-react';

export const CURRENCY_SORT_HINT = 'Sorted by currency first (A to Z), then by amount within each currency: amounts in different currencies are not compared.';

export function AmountTitle({ label, hint }: { label: string; hint?: string }) {
  return (
    <Tooltip label={hint ? `${hint} ${CURRENCY_SORT_HINT}` : CURRENCY_SORT_HINT} multiline w={280}>
      <span style={{ whiteSpace: 'nowrap' }} data-testid="amount-sort-title" aria-label={`${label}, sorted by currency then amount`}>
        {label} <IconArrowsSort size={11} style={{ verticalAlign: 'middle', opacity: 0.5 }} aria-hidden />
      </span>
    </Tooltip>
  );
}
