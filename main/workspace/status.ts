import type { DB } from '../db/connection';
import type { WorkspaceStatus } from '../contract/api';

/**
 * The headline counts of a workspace, as `counting-house status --json` prints them.
 * `reviews` counts order reviews (a review covering two orders counts for each); `customers`
 * counts people, not Olist's per-order customer ids.
 */
export function workspaceStatus(db: DB): WorkspaceStatus {
  const count = (table: string) => db.prepare(`SELECT COUNT(*) FROM ${table}`).pluck().get() as number;
  const totals = db.prepare('SELECT currency, SUM(amount_minor) AS total FROM payments GROUP BY currency ORDER BY currency').all() as {
    currency: string;
    total: number;
  }[];
  return {
    orders: count('orders'),
    orderLines: count('order_lines'),
    payments: count('payments'),
    refunds: count('refunds'),
    customers: count('customers'),
    products: count('products'),
    sellers: count('sellers'),
    reviews: count('order_reviews'),
    paymentTotals: Object.fromEntries(totals.map((t) => [t.currency, t.total])),
  };
}

/** The figures of a workspace that does not exist yet. */
export function emptyStatus(): WorkspaceStatus {
  return { orders: 0, orderLines: 0, payments: 0, refunds: 0, customers: 0, products: 0, sellers: 0, reviews: 0, paymentTotals: {} };
}
