// payments: money received for orders and money refunded. Owns `payments`, `refunds`,
// `refund_lines`. Amounts are rows; what is paid or refunded is always their sum, never a stored balance.
import type { DB } from '../../db/connection';
import { Upserter } from '../../db/upsert';
import type { PaymentIn, RefundIn, RefundLineIn } from '../imports/import-set';

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
