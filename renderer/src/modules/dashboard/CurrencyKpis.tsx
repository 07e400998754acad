import { SimpleGrid } from '@mantine/core';
import { IconCash, IconCreditCard, IconReceipt, IconReceiptRefund, IconScale, IconShoppingCart } from '@tabler/icons-react';
import type { CurrencyOverview } from '../../../../main/contract/api';
import { formatCount } from '../../shared/format';
import { moneyText } from '../../shared/Money';
import { KpiCard } from './KpiCard';

export function CurrencyKpis({ c }: { c: CurrencyOverview }) {
  const cur = c.currency;
  const withPayments = c.paymentsMinor !== null;
  return (
    <SimpleGrid cols={{ base: 1, xs: 2, lg: withPayments ? 3 : 4 }} spacing="md">
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
      {c.paymentsMinor !== null ? (
        <KpiCard
          label="Payments received"
          testId={`kpi-payments-${cur}`}
          value={moneyText(c.paymentsMinor, cur)}
          hint="on these orders, every status (a cancelled order may have been paid)"
          icon={<IconCreditCard size={18} />}
        />
      ) : null}
      {c.paymentDifferenceMinor !== null ? (
        <KpiCard
          label="Payment difference"
          testId={`kpi-payment-difference-${cur}`}
          value={moneyText(c.paymentDifferenceMinor, cur)}
          hint={c.paymentDifferenceMinor === 0 ? 'payments match the orders’ totals' : 'payments minus the orders’ totals: what reconciliation has to explain'}
          icon={<IconScale size={18} />}
        />
      ) : null}
    </SimpleGrid>
  );
}

