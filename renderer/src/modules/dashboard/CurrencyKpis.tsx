import { SimpleGrid } from '@mantine/core';
import { IconCash, IconReceipt, IconReceiptRefund, IconShoppingCart } from '@tabler/icons-react';
import type { CurrencyOverview } from '../../../../main/contract/api';
import { formatCount } from '../../shared/format';
import { moneyText } from '../../shared/Money';
import { KpiCard } from './KpiCard';

export function CurrencyKpis({ c }: { c: CurrencyOverview }) {
  const cur = c.currency;
  return (
    <SimpleGrid cols={{ base: 1, xs: 2, lg: 4 }} spacing="md">
      <KpiCard label="Orders" testId={`kpi-orders-${cur}`} value={formatCount(c.orders)} hint={`placed in ${cur}, every status`} icon={<IconReceipt size={18} />} />
      <KpiCard
        label="Revenue"
        testId={`kpi-revenue-${cur}`}
        value={moneyText(c.revenueMinor, cur)}
        hint="goods + shipping of orders that became sales, minus refunds"
        icon={<IconCash size={18} />}
      />
      <KpiCard
        label="Average order value"
        testId={`kpi-aov-${cur}`}
        value={moneyText(c.averageOrderValueMinor, cur)}
        hint="revenue per order that became a sale"
        icon={<IconShoppingCart size={18} />}
      />
      <KpiCard
        label="Refunds"
        testId={`kpi-refunds-${cur}`}
        value={moneyText(c.refundsMinor, cur)}
        hint={c.refundsMinor === 0 ? 'none recorded' : 'already taken off revenue'}
        icon={<IconReceiptRefund size={18} />}
      />
    </SimpleGrid>
  );
}

