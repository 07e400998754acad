// orders: orders and their lines, each line with its own lifecycle. Owns `orders`, `order_lines`.
import type { DB } from '../../db/connection';
import { Upserter } from '../../db/upsert';
import type { LineIn, OrderIn } from '../imports/import-set';

export interface OrderRefs {
  customerId: number | null;
}

export interface StoredLine {
  id: number;
  externalId: string;
  lineNo: number;
  sku: string | null;
  quantity: number;
  unitPriceMinor: number;
  currency: string;
}

export interface LineRefs {
  productId: number | null;
  variantId: number | null;
  sellerId: number | null;
}

export class OrderWriter {
  readonly orders: Upserter;
  readonly lines: Upserter;
  constructor(db: DB) {
    this.orders = new Upserter(db, 'orders', ['source_id', 'external_id'], [
      'name', 'customer_id', 'customer_ref', 'is_guest', 'email', 'status', 'financial_status', 'fulfillment_status',
      'currency', 'placed_at', 'placed_on', 'approved_at', 'handed_to_carrier_at', 'delivered_at', 'cancelled_at',
      'closed_at', 'promised_delivery_date', 'delivered_on_time', 'goods_minor', 'shipping_minor', 'discount_minor',
      'tax_minor', 'total_minor', 'ship_city', 'ship_region', 'ship_postal_code', 'ship_country', 'channel', 'gateway',
      'note', 'tags',
    ], { created: ['imported_at'], touched: ['updated_at'] });
    this.lines = new Upserter(db, 'order_lines', ['source_id', 'external_id'], [
      'order_id', 'line_no', 'kind', 'product_id', 'variant_id', 'seller_id', 'sku', 'title', 'quantity',
      'unit_price_minor', 'shipping_minor', 'discount_minor', 'tax_minor', 'total_minor', 'currency', 'state',
      'placed_at', 'approved_at', 'handed_to_carrier_at', 'delivered_at', 'cancelled_at', 'returned_at', 'ship_by',
      'promised_delivery_date',
    ], {}, ['line_no']);
    this.linesOfOrder = db.prepare('SELECT id, external_id AS externalId, line_no AS lineNo, sku, quantity, unit_price_minor AS unitPriceMinor, currency FROM order_lines WHERE order_id = ?');
  }

  private readonly linesOfOrder;

  /** The lines an order has in the workspace now. */
  linesOf(orderId: number): StoredLine[] {
    return this.linesOfOrder.all(orderId) as StoredLine[];
  }

  /**
   * Removes a line the order's new export no longer has. Refunds that named it must have been
   * unlinked from it first (PaymentWriter.unlinkReturnsOf): a recorded return is never deleted.
   */
  removeLine(sourceId: number, externalId: string): void {
    this.lines.remove(sourceId, externalId);
  }

  /**
   * `now` stamps imported_at on insert and updated_at on insert and on a real change; an
   * unchanged order keeps both, so re-importing the same file rewrites nothing.
   */
  order(sourceId: number, o: OrderIn, refs: OrderRefs, now: string) {
    const row = {
      name: o.name,
      customer_id: refs.customerId,
      customer_ref: o.customerRef,
      is_guest: o.isGuest ? 1 : 0,
      email: o.email,
      status: o.status,
      financial_status: o.financialStatus,
      fulfillment_status: o.fulfillmentStatus,
      currency: o.currency,
      placed_at: o.placedAt,
      placed_on: o.placedOn,
      approved_at: o.approvedAt,
      handed_to_carrier_at: o.handedToCarrierAt,
      delivered_at: o.deliveredAt,
      cancelled_at: o.cancelledAt,
      closed_at: o.closedAt,
      promised_delivery_date: o.promisedDeliveryDate,
      delivered_on_time: o.deliveredOnTime === null ? null : o.deliveredOnTime ? 1 : 0,
      goods_minor: o.goodsMinor,
      shipping_minor: o.shippingMinor,
      discount_minor: o.discountMinor,
      tax_minor: o.taxMinor,
      total_minor: o.totalMinor,
      ship_city: o.shipCity,
      ship_region: o.shipRegion,
      ship_postal_code: o.shipPostalCode,
      ship_country: o.shipCountry,
      channel: o.channel,
      gateway: o.gateway,
      note: o.note,
      tags: o.tags,
    };
    return this.orders.upsert(sourceId, o.externalId, row, now);
  }
  line(sourceId: number, orderId: number, l: LineIn, refs: LineRefs) {
    return this.lines.upsert(sourceId, l.externalId, {
      order_id: orderId,
      line_no: l.lineNo,
      kind: l.kind,
      product_id: refs.productId,
      variant_id: refs.variantId,
      seller_id: refs.sellerId,
      sku: l.sku,
      title: l.title,
      quantity: l.quantity,
      unit_price_minor: l.unitPriceMinor,
      shipping_minor: l.shippingMinor,
      discount_minor: l.discountMinor,
      tax_minor: l.taxMinor,
      total_minor: l.totalMinor,
      currency: l.currency,
      state: l.state,
      placed_at: l.placedAt,
      approved_at: l.approvedAt,
      handed_to_carrier_at: l.handedToCarrierAt,
      delivered_at: l.deliveredAt,
      cancelled_at: l.cancelledAt,
      returned_at: l.returnedAt,
      ship_by: l.shipBy,
      promised_delivery_date: l.promisedDeliveryDate,
    });
  }

}
