import { describe, expect, it } from 'vitest';
import { camelLabel, reportTotals } from './reportTotals';

describe('reportTotals', () => {
  it('puts the Minor totals in the report currency, the rest in counts, with readable labels', () => {
    const t = reportTotals({
      currency: 'BRL',
      totals: { orders: 15_000, paymentsMinor: 239_790_456, itemsAndFreightMinor: 239_500_000, deliveredLate: 957, paymentMismatchOneCent: 12 },
    });
    expect(t.amounts).toEqual([
      {
        currency: 'BRL',
        totals: [
          { key: 'paymentsMinor', label: 'Payments', minor: 239_790_456 },
          { key: 'itemsAndFreightMinor', label: 'Items and freight', minor: 239_500_000 },
        ],
      },
    ]);
    expect(t.counts).toEqual([
      { key: 'orders', label: 'Orders', value: 15_000 },
      { key: 'deliveredLate', label: 'Delivered late', value: 957 },
      { key: 'paymentMismatchOneCent', label: 'Payments off by exactly 0.01', value: 12 },
    ]);
  });

  it('labels the Online Retail credit figures', () => {
    const t = reportTotals({ currency: 'GBP', totals: { goodsMinor: 1, creditNotes: 2, creditNotesMinor: 3, creditLinkedMinor: 4, creditUnlinkedMinor: 5, stockAdjustmentRows: 6 } });
    expect(t.amounts[0].totals.map((x) => x.label)).toEqual(['Goods', 'Credit notes', 'Credit linked to order lines', 'Credit not linked (unlinked returns)']);
    expect(t.counts.map((x) => x.label)).toEqual(['Credit notes', 'Stock adjustment rows']);
  });

  it('reads a currency code after "Minor" as the currency of that total', () => {
    const t = reportTotals({ currency: 'USD', totals: { orderTotalMinorEUR: 500, orderTotalMinorUSD: 1000, paymentsMinorUSD: 990, refundsMinorEUR: 20 } });
    expect(t.amounts.map((g) => g.currency)).toEqual(['USD', 'EUR']);
    expect(t.amounts[0].totals).toEqual([
      { key: 'orderTotalMinorUSD', label: 'Order totals', minor: 1000 },
      { key: 'paymentsMinorUSD', label: 'Payments', minor: 990 },
    ]);
    expect(t.amounts[1].totals.map((x) => x.label)).toEqual(['Order totals', 'Refunds']);
    expect(t.counts).toEqual([]);
  });

  it('keeps amounts of a report that names no currency apart (reports written before it did)', () => {
    const t = reportTotals({ totals: { paymentsMinor: 100, orders: 1 } });
    expect(t.amounts).toEqual([{ currency: null, totals: [{ key: 'paymentsMinor', label: 'Payments', minor: 100 }] }]);
    expect(reportTotals({ currency: null, totals: { goodsMinor: 1 } }).amounts[0].currency).toBeNull();
  });
});

describe('camelLabel', () => {
  it('splits names into words', () => {
    expect(camelLabel('freeItemRows')).toBe('Free item rows');
    expect(camelLabel('orders')).toBe('Orders');
  });
});
