// payments: money received for orders and money refunded. Owns `payments`, `refunds`,
// `refund_lines`. Amounts are rows; what is paid or refunded is always their sum, never a stored balance.
import type { DB } from '../../db/connection';
import { Upserter } from '../../db/upsert';
import type { PaymentIn, RefundIn, RefundLineIn } from '../imports/import-set';

export interface OverReturned {
  id: number;
  externalId: string;
  orderExternalId: string;
  sku: string | null;
  quantity: number;
  returned: number;
  /** the refunds that return it, comma-separated */
  refunds: string;
}

export class PaymentWriter {
  readonly payments: Upserter;
  readonly refunds: Upserter;
  readonly refundLines: Upserter;
  constructor(db: DB) {
    this.payments = new Upserter(db, 'payments', ['source_id', 'external_id'], [
      'order_id', 'sequence', 'method', 'installments', 'amount_minor', 'currency', 'paid_at', 'gateway', 'status',
    ]);
    this.refunds = new Upserter(db, 'refunds', ['source_id', 'external_id'], [
      'order_id', 'customer_id', 'kind', 'created_at', 'amount_minor', 'currency', 'reason',
    ]);
    this.refundLines = new Upserter(db, 'refund_lines', ['refund_id', 'external_id'], ['order_line_id', 'sku', 'title', 'quantity', 'amount_minor']);
    this.refundLineKeys = db.prepare('SELECT external_id FROM refund_lines WHERE refund_id = ?').pluck();
    this.returnsOfLine = db.prepare(
      `SELECT rl.id, r.external_id AS refund, rl.quantity FROM refund_lines rl JOIN refunds r ON r.id = rl.refund_id WHERE rl.order_line_id = ? ORDER BY rl.id`,
    );
    this.unlink = db.prepare('UPDATE refund_lines SET order_line_id = NULL WHERE id = ?');
    this.overReturnedStmt = db.prepare(
      `SELECT l.id, l.external_id AS externalId, o.external_id AS orderExternalId, l.sku, l.quantity, SUM(rl.quantity) AS returned,
              group_concat(DISTINCT r.external_id) AS refunds
         FROM order_lines l JOIN orders o ON o.id = l.order_id
         JOIN refund_lines rl ON rl.order_line_id = l.id JOIN refunds r ON r.id = rl.refund_id
        WHERE l.order_id IN (SELECT value FROM json_each(?)) OR l.id IN (SELECT value FROM json_each(?))
        GROUP BY l.id HAVING SUM(rl.quantity) > MAX(l.quantity, 0)
        ORDER BY l.id`,
    );
  }

  private readonly refundLineKeys;
  private readonly returnsOfLine;
  private readonly unlink;
  private readonly overReturnedStmt;

  /**
   * A refund re-imported is described by its new lines completely: the lines it had that the
   * export no longer has are removed. Returns how many were removed.
   */
  keepOnlyRefundLines(refundId: number, keep: Set<string>): number {
    let removed = 0;
    for (const key of this.refundLineKeys.all(refundId) as string[]) {
      if (keep.has(key)) continue;
      this.refundLines.remove(refundId, key);
      removed++;
    }
    return removed;
  }

  /**
   * Unlinks the recorded returns of an order line that is about to go: the refund lines stay
   * (money that went back is never undone), as returns nothing identifies any more.
   */
  unlinkReturnsOf(orderLineId: number): { refund: string; quantity: number }[] {
    const rows = this.returnsOfLine.all(orderLineId) as { id: number; refund: string; quantity: number }[];
    for (const r of rows) this.unlink.run(r.id);
    return rows.map(({ refund, quantity }) => ({ refund, quantity }));
  }

  /** Lines of these orders, or these lines, whose refunds return more units than were bought. */
  overReturned(orderIds: number[], lineIds: number[]): OverReturned[] {
    if (orderIds.length === 0 && lineIds.length === 0) return [];
    return this.overReturnedStmt.all(JSON.stringify(orderIds), JSON.stringify(lineIds)) as OverReturned[];
  }

  payment(sourceId: number, orderId: number, p: PaymentIn) {
    return this.payments.upsert(sourceId, p.externalId, {
      order_id: orderId,
      sequence: p.sequence,
      method: p.method,
      installments: p.installments,
      amount_minor: p.amountMinor,
      currency: p.currency,
      paid_at: p.paidAt,
      gateway: p.gateway,
      status: p.status,
    });
  }

  refund(sourceId: number, r: RefundIn, refs: { orderId: number | null; customerId: number | null }) {
    return this.refunds.upsert(sourceId, r.externalId, {
      order_id: refs.orderId,
      customer_id: refs.customerId,
      kind: r.kind,
      created_at: r.createdAt,
      amount_minor: r.amountMinor,
      currency: r.currency,
      reason: r.reason,
    });
  }

  refundLine(refundId: number, l: RefundLineIn, orderLineId: number | null) {
    return this.refundLines.upsert(refundId, l.externalId, {
      order_line_id: orderLineId,
      sku: l.sku,
      title: l.title,
      quantity: l.quantity,
      amount_minor: l.amountMinor,
    });
  }
}
