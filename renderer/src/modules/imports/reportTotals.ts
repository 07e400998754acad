// An import report's totals for people: amounts (names ending in "Minor", in the report's currency;
// "…Minor" + an ISO code, in that currency) and counts, each with a readable label.
import type { ImportReport } from '../../../../main/contract/api';
import { isCurrency } from '../../../../main/contract/money';
import { humanize } from '../../shared/format';

const AMOUNT_LABELS: Record<string, string> = {
  paymentsMinor: 'Payments',
  itemsAndFreightMinor: 'Items and freight',
  goodsMinor: 'Goods',
  creditNotesMinor: 'Credit notes',
  creditLinkedMinor: 'Credit linked to order lines',
  creditUnlinkedMinor: 'Credit not linked (unlinked returns)',
  orderTotalMinor: 'Order totals',
  refundsMinor: 'Refunds',
};

const COUNT_LABELS: Record<string, string> = {
  orderLines: 'Order lines',
  reviewRows: 'Review rows',
  distinctReviews: 'Distinct reviews',
  ordersWithoutItems: 'Orders without items',
  paymentMismatchOverOneCent: 'Payments off by more than 0.01',
  paymentMismatchOneCent: 'Payments off by exactly 0.01',
  deliveredLate: 'Delivered late',
  creditNotes: 'Credit notes',
  creditRowsLinked: 'Credit rows linked',
  creditRowsPartlyLinked: 'Credit rows partly linked',
  creditRowsUnlinked: 'Credit rows not linked',
  writeResponsesSkipped: 'Write responses skipped',
  ordersNotReconciled: 'Orders not reconciled',
};

/** "stockAdjustmentRows" -> "Stock adjustment rows". */
export function camelLabel(key: string): string {
  return humanize(key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase());
}

export interface AmountTotal {
  key: string;
  label: string;
  minor: number;
}

export interface AmountGroup {
  /** null: the report does not say which currency (reports written before it did) */
  currency: string | null;
  totals: AmountTotal[];
}

export interface CountTotal {
  key: string;
  label: string;
  value: number;
}

export interface ReportTotals {
  amounts: AmountGroup[];
  counts: CountTotal[];
}

/** Splits a report's totals into amounts per currency (the report's own first) and counts. */
export function reportTotals(report: Pick<ImportReport, 'totals'> & { currency?: string | null }): ReportTotals {
  const own = report.currency ?? null;
  const groups = new Map<string | null, AmountTotal[]>();
  const counts: CountTotal[] = [];
  const add = (currency: string | null, t: AmountTotal) => {
    const list = groups.get(currency) ?? [];
    list.push(t);
    groups.set(currency, list);
  };
  for (const [key, value] of Object.entries(report.totals)) {
    if (key.endsWith('Minor')) {
      add(own, { key, label: AMOUNT_LABELS[key] ?? camelLabel(key.slice(0, -'Minor'.length)), minor: value });
      continue;
    }
    // per-currency sums (a shop whose orders come in several currencies): "paymentsMinorEUR"
    const perCurrency = /^(.+Minor)([A-Z]{3})$/.exec(key);
    if (perCurrency && isCurrency(perCurrency[2])) {
      const base = perCurrency[1];
      add(perCurrency[2], { key, label: AMOUNT_LABELS[base] ?? camelLabel(base.slice(0, -'Minor'.length)), minor: value });
      continue;
    }
    counts.push({ key, label: COUNT_LABELS[key] ?? camelLabel(key), value });
  }
  const amounts = [...groups].map(([currency, totals]) => ({ currency, totals }));
  // the report's currency first, then the others by code, an unknown one last
  amounts.sort((a, b) => rank(a.currency, own) - rank(b.currency, own) || String(a.currency).localeCompare(String(b.currency)));
  return { amounts, counts };
}

function rank(currency: string | null, own: string | null): number {
  if (currency === null) return 2;
  return currency === own ? 0 : 1;
}
