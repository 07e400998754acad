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
  /** payments minus the orders' totals, summed: what reconciliation has to explain */
  differenceMinor: number;
  /** orders whose payments differ from their total */
  ordersDiffering: number;
}

/**
 * Payments per currency on the orders placed in the period (all of them without one), beside
 * those orders' totals. Only sources that record payments count: elsewhere there is nothing to
 * compare, and a currency none of whose sources records payments is absent from the map.
 */
export function paymentFiguresByCurrency(db: DB, period: { placedFrom?: string; placedTo?: string } = {}): Map<string, PaymentFigures> {
  const rows = db
    .prepare(
      `WITH paid AS (SELECT order_id, SUM(amount_minor) AS paid FROM payments GROUP BY order_id)
       SELECT o.currency, COALESCE(SUM(paid.paid), 0) AS paidMinor, COALESCE(SUM(COALESCE(paid.paid, 0) - o.total_minor), 0) AS differenceMinor,
              COALESCE(SUM(COALESCE(paid.paid, 0) != o.total_minor), 0) AS ordersDiffering
         FROM orders o LEFT JOIN paid ON paid.order_id = o.id
        WHERE o.source_id IN (SELECT DISTINCT source_id FROM payments)
          AND (@from IS NULL OR o.placed_on >= @from) AND (@to IS NULL OR o.placed_on <= @to)
        GROUP BY o.currency`,
    )
    .all({ from: period.placedFrom ?? null, to: period.placedTo ?? null }) as ({ currency: string } & PaymentFigures)[];
  return new Map(rows.map(({ currency, ...f }) => [currency, f]));
}

/** Sources whose data carries payments; for the others a payment difference means nothing. */
export function sourcesWithPayments(db: DB): Set<number> {
  return new Set(db.prepare('SELECT DISTINCT source_id FROM payments').pluck().all() as number[]);
}
