import type { DB } from '../../db/connection';
import type { PaymentDetail, RefundDetail } from '../../contract/api';

export function paymentsForOrder(db: DB, orderId: number): PaymentDetail[] {
  return db
    .prepare(
      `SELECT id, sequence, method, installments, amount_minor AS amountMinor, currency, paid_at AS paidAt, gateway, status
         FROM payments WHERE order_id = ? ORDER BY sequence, id`,
    )
    .all(orderId) as PaymentDetail[];
}

/** Refunds that return anything of this order: by the refund's order or by any of its lines. */
export function refundsForOrder(db: DB, orderId: number): RefundDetail[] {
  const refunds = db
    .prepare(
      `SELECT r.id, r.external_id AS externalId, r.created_at AS createdAt, r.amount_minor AS amountMinor, r.currency, r.reason
         FROM refunds r
        WHERE r.order_id = ?
           OR r.id IN (SELECT rl.refund_id FROM refund_lines rl JOIN order_lines l ON l.id = rl.order_line_id WHERE l.order_id = ?)
        ORDER BY r.created_at, r.id`,
    )
    .all(orderId, orderId) as Omit<RefundDetail, 'lines'>[];
  const lines = db.prepare(
    `SELECT order_line_id AS orderLineId, sku, quantity, amount_minor AS amountMinor FROM refund_lines WHERE refund_id = ? ORDER BY id`,
  );
  return refunds.map((r) => ({ ...r, lines: lines.all(r.id) as RefundDetail['lines'] }));
}

/** Sum of payments per order, for a page of orders. */
export function paidByOrder(db: DB, orderIds: number[]): Map<number, number> {
  if (orderIds.length === 0) return new Map();
  const rows = db
    .prepare(`SELECT order_id AS id, SUM(amount_minor) AS paid FROM payments WHERE order_id IN (SELECT value FROM json_each(?)) GROUP BY order_id`)
    .all(JSON.stringify(orderIds)) as { id: number; paid: number }[];
  return new Map(rows.map((r) => [r.id, r.paid]));
}

/** Refunds per currency, those made in the period when one is given (by their UTC day). */
export function refundTotalsByCurrency(db: DB, period: { placedFrom?: string; placedTo?: string } = {}): Map<string, number> {
  const rows = db
    .prepare(
      `SELECT currency, SUM(amount_minor) AS total FROM refunds
        WHERE (@from IS NULL OR substr(created_at, 1, 10) >= @from) AND (@to IS NULL OR substr(created_at, 1, 10) <= @to)
        GROUP BY currency`,
    )
    .all({ from: period.placedFrom ?? null, to: period.placedTo ?? null }) as { currency: string; total: number }[];
  return new Map(rows.map((r) => [r.currency, r.total]));
}

export interface PaymentFigures {
  /** payments received on the orders */
  paidMinor: number;
  /** those payments minus those orders' totals: what reconciliation has to explain */
  differenceMinor: number;
}

/**
 * Payments per currency on the orders placed in the period (all of them without one), beside
 * those orders' totals. Only sources that record payments count: elsewhere there is nothing to
 * compare, and a currency none of whose sources records payments is absent from the map.
 * Two sums rather than one per order: the overview stays fast on 100,000 orders.
 */
export function paymentFiguresByCurrency(db: DB, period: { placedFrom?: string; placedTo?: string } = {}): Map<string, PaymentFigures> {
  const bounded = period.placedFrom !== undefined || period.placedTo !== undefined;
  const params = { from: period.placedFrom ?? null, to: period.placedTo ?? null };
  const within = '(@from IS NULL OR o.placed_on >= @from) AND (@to IS NULL OR o.placed_on <= @to)';
  // every payment is some order's: without a period, a scan of the payments alone
  const paid = (
    bounded
      ? db.prepare(`SELECT p.currency, SUM(p.amount_minor) AS total FROM orders o JOIN payments p ON p.order_id = o.id WHERE ${within} GROUP BY p.currency`).all(params)
      : db.prepare('SELECT currency, SUM(amount_minor) AS total FROM payments NOT INDEXED GROUP BY currency').all()
  ) as { currency: string; total: number }[];
  const withPayments = sourcesWithPayments(db);
  const totals = db
    .prepare(`SELECT o.source_id AS sourceId, o.currency, SUM(o.total_minor) AS total FROM orders o NOT INDEXED WHERE ${within} GROUP BY o.source_id, o.currency`)
    .all(params) as { sourceId: number; currency: string; total: number }[];
  const ordered = new Map<string, number>();
  for (const t of totals) if (withPayments.has(t.sourceId)) ordered.set(t.currency, (ordered.get(t.currency) ?? 0) + t.total);
  const out = new Map<string, PaymentFigures>();
  for (const currency of new Set([...ordered.keys(), ...paid.map((p) => p.currency)])) {
    const p = paid.find((x) => x.currency === currency)?.total ?? 0;
    out.set(currency, { paidMinor: p, differenceMinor: p - (ordered.get(currency) ?? 0) });
  }
  return out;
}

/** Sources whose data carries payments; for the others a payment difference means nothing. */
export function sourcesWithPayments(db: DB): Set<number> {
  return new Set(db.prepare('SELECT DISTINCT source_id FROM payments').pluck().all() as number[]);
}
