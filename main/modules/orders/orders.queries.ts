// Reading orders: the paged list (smooth on 100,000 orders: every sort has an index or is
// bounded by LIMIT), one order with its lines, and the figures the overview needs.
import type { DB } from '../../db/connection';
import { all, one } from '../../db/connection';
import { direction, empty, join, orderBy, raw, sql, type Sql } from '../../db/sql';
import { textMatches } from '../../db/search';
import type { CurrencyOverview, OrderLineDetail, OrderRow, Paged, ParsedInput } from '../../contract/api';
import { paidByOrder, paymentFiguresByCurrency, sourcesWithPayments } from '../payments/payments.queries';
import { divideRounded } from '../../contract/money';

/** Statuses that mean the order did not turn into a sale. */
export const NOT_SOLD = ['canceled', 'cancelled', 'unavailable', 'stock_adjustment'];
// inlined as SQL literals: fixed words from this file, never input
const NOT_SOLD_SQL = NOT_SOLD.map((w) => `'${w}'`).join(', ');

const SORTS = {
  placed_at: 'o.placed_at',
  total: 'o.total_minor',
  status: 'o.status',
  external_id: 'o.external_id',
  // the name the screens show
  customer: 'COALESCE(c.name, c.email, c.external_id)',
  lines: '(SELECT COUNT(*) FROM order_lines l WHERE l.order_id = o.id)',
};


export function orderFilters(q: Pick<ParsedInput<'orders.list'>, 'search' | 'status' | 'sourceId' | 'customerId' | 'productId' | 'sellerId' | 'placedFrom' | 'placedTo'>): Sql {
  const where: Sql[] = [];
  if (q.search) {
    // the order, where it ships (city, region, country), its customer, and what its lines are (SKU,
    // title); customers and lines are each searched once, not joined to every order
    where.push(sql`(${textMatches(q.search, { codes: ['o.external_id', 'o.email'], text: ['o.name', 'o.ship_city', 'o.ship_region', 'o.ship_country'] })}
      OR o.customer_id IN (SELECT c.id FROM customers c WHERE ${textMatches(q.search, { codes: ['c.external_id', 'c.email'], text: ['c.name'] })})
      OR o.id IN (SELECT l.order_id FROM order_lines l WHERE ${textMatches(q.search, { codes: ['l.sku'], text: ['l.title'] })}))`);
  }
  if (q.status?.length) where.push(sql`o.status IN (SELECT value FROM json_each(${JSON.stringify(q.status)}))`);
  if (q.sourceId) where.push(sql`o.source_id = ${q.sourceId}`);
  if (q.customerId) where.push(sql`o.customer_id = ${q.customerId}`);
  if (q.productId) where.push(sql`o.id IN (SELECT order_id FROM order_lines WHERE product_id = ${q.productId})`);
  if (q.sellerId) where.push(sql`o.id IN (SELECT order_id FROM order_lines WHERE seller_id = ${q.sellerId})`);
  if (q.placedFrom) where.push(sql`o.placed_on >= ${q.placedFrom}`);
  if (q.placedTo) where.push(sql`o.placed_on <= ${q.placedTo}`);
  return where.length ? sql`WHERE ${join(where, ' AND ')}` : empty;
}

interface OrderListRow extends Omit<OrderRow, 'paidMinor' | 'paymentDifferenceMinor' | 'customerLocation'> {
  shipCity: string | null;
  shipRegion: string | null;
  shipCountry: string | null;
  sourceId: number;
}

export function place(city: string | null, region: string | null, country: string | null): string | null {
  const parts = [city, region ?? country].filter((p): p is string => !!p);
  return parts.length ? parts.join(', ') : null;
}

export function listOrders(db: DB, q: ParsedInput<'orders.list'>): Paged<OrderRow> {
  const where = orderFilters(q);
  // page of ids first (an index walk), then the columns for those 50 rows only; the customer
  // join only when the sort needs it. A search reads every order anyway: it counts the matches in
  // the same pass (a window over the matches) instead of searching twice.
  const needsCustomer = q.sort === 'customer';
  const page = all<{ id: number; n: number | null }>(
    db,
    sql`SELECT o.id, ${q.search ? raw('COUNT(*) OVER ()') : raw('NULL')} AS n FROM orders o ${needsCustomer ? sql`LEFT JOIN customers c ON c.id = o.customer_id` : empty}
          ${where}
         ORDER BY ${orderBy(q.sort, SORTS, q.dir, { total: 'o.currency' })}, o.id ${direction(q.dir)}
         LIMIT ${q.pageSize} OFFSET ${(q.page - 1) * q.pageSize}`,
  );
  const ids = page.map((r) => r.id);
  const total = page[0]?.n ?? one<{ n: number }>(db, sql`SELECT COUNT(*) AS n FROM orders o ${where}`)!.n;
  const byId = new Map(
    all<OrderListRow>(
      db,
      sql`SELECT o.id, o.external_id AS externalId, s.name AS source, s.timezone, o.source_id AS sourceId, o.status, o.placed_at AS placedAt,
                 o.customer_id AS customerId, COALESCE(c.name, c.email, c.external_id) AS customerName,
                 o.ship_city AS shipCity, o.ship_region AS shipRegion, o.ship_country AS shipCountry,
                 (SELECT COUNT(*) FROM order_lines l WHERE l.order_id = o.id) AS lines,
                 o.total_minor AS totalMinor, o.currency
            FROM orders o JOIN sources s ON s.id = o.source_id LEFT JOIN customers c ON c.id = o.customer_id
           WHERE o.id IN (SELECT value FROM json_each(${JSON.stringify(ids)}))`,
    ).map((r) => [r.id, r]),
  );
  const rows = ids.map((id) => byId.get(id)!);
  const paid = paidByOrder(
    db,
    rows.map((r) => r.id),
  );
  const withPayments = sourcesWithPayments(db);
  return {
    rows: rows.map(({ shipCity, shipRegion, shipCountry, sourceId, ...r }) => {
      const p = paid.get(r.id) ?? 0;
      return {
        ...r,
        customerLocation: place(shipCity, shipRegion, shipCountry),
        paidMinor: p,
        // a source that records no payments at all (a wholesaler's invoices) has nothing to reconcile here
        paymentDifferenceMinor: withPayments.has(sourceId) ? p - r.totalMinor : null,
      };
    }),
    total,
    page: q.page,
    pageSize: q.pageSize,
  };
}

export interface OrderHead {
  id: number;
  externalId: string;
  sourceId: number;
  sourceKind: string;
  sourceName: string;
  sourceTimezone: string;
  status: string;
  currency: string;
  placedAt: string | null;
  approvedAt: string | null;
  handedToCarrierAt: string | null;
  deliveredAt: string | null;
  cancelledAt: string | null;
  promisedDeliveryDate: string | null;
  customerId: number | null;
  isGuest: number;
  goodsMinor: number;
  shippingMinor: number;
  discountMinor: number;
  taxMinor: number;
  totalMinor: number;
  shipCity: string | null;
  shipRegion: string | null;
  shipCountry: string | null;
}

export function orderHead(db: DB, id: number): OrderHead | undefined {
  return db
    .prepare(
      `SELECT o.id, o.external_id AS externalId, o.source_id AS sourceId, s.kind AS sourceKind, s.name AS sourceName, s.timezone AS sourceTimezone, o.status, o.currency,
              o.placed_at AS placedAt, o.approved_at AS approvedAt, o.handed_to_carrier_at AS handedToCarrierAt,
              o.delivered_at AS deliveredAt, o.cancelled_at AS cancelledAt, o.promised_delivery_date AS promisedDeliveryDate,
              o.customer_id AS customerId, o.is_guest AS isGuest, o.goods_minor AS goodsMinor, o.shipping_minor AS shippingMinor,
              o.discount_minor AS discountMinor, o.tax_minor AS taxMinor, o.total_minor AS totalMinor,
              o.ship_city AS shipCity, o.ship_region AS shipRegion, o.ship_country AS shipCountry
         FROM orders o JOIN sources s ON s.id = o.source_id WHERE o.id = ?`,
    )
    .get(id) as OrderHead | undefined;
}

export function orderLines(db: DB, orderId: number): OrderLineDetail[] {
  return db
    .prepare(
      `SELECT l.id, l.line_no AS lineNo, l.external_id AS externalId, l.kind, l.sku, COALESCE(l.title, p.title, p.category_label) AS title,
              l.product_id AS productId, l.seller_id AS sellerId, COALESCE(se.name, se.external_id) AS sellerName,
              l.quantity, l.unit_price_minor AS unitPriceMinor, l.shipping_minor AS shippingMinor, l.discount_minor AS discountMinor,
              l.total_minor AS totalMinor, lr.state, lr.returned_quantity AS returnedQuantity,
              l.placed_at AS placedAt, l.approved_at AS approvedAt, l.handed_to_carrier_at AS handedToCarrierAt,
              l.delivered_at AS deliveredAt, l.cancelled_at AS cancelledAt, lr.returned_at AS returnedAt,
              l.ship_by AS shipBy, l.promised_delivery_date AS promisedDeliveryAt
         FROM order_lines l
         JOIN order_line_returns lr ON lr.order_line_id = l.id
         LEFT JOIN products p ON p.id = l.product_id
         LEFT JOIN sellers se ON se.id = l.seller_id
        WHERE l.order_id = ? ORDER BY l.line_no, l.id`,
    )
    .all(orderId) as OrderLineDetail[];
}

export function orderStatuses(db: DB, period: Period = {}): { status: string; orders: number }[] {
  return all<{ status: string; orders: number }>(db, sql`SELECT status, COUNT(*) AS orders FROM orders WHERE ${periodFilter(period)} GROUP BY status ORDER BY orders DESC`);
}

/** Sales per currency: orders that became sales, their goods + shipping, and by month (local dates). */
export interface Period {
  placedFrom?: string;
  placedTo?: string;
}

/** Orders placed within a period of local calendar days; no bounds, every order. */
export function periodFilter(p: Period, column = raw('placed_on')): Sql {
  const parts: Sql[] = [];
  if (p.placedFrom) parts.push(sql`${column} >= ${p.placedFrom}`);
  if (p.placedTo) parts.push(sql`${column} <= ${p.placedTo}`);
  return parts.length ? join(parts, ' AND ') : raw('1');
}

export function salesByCurrency(db: DB, refunds: Map<string, number>, period: Period = {}): CurrencyOverview[] {
  // one pass over the orders_sales covering index; a currency's totals are the sum of its months
  const months = all<{ currency: string; month: string | null; orders: number; revenueMinor: number; sold: number }>(
    db,
    sql`SELECT currency, substr(placed_on, 1, 7) AS month, COUNT(*) AS orders,
              SUM(CASE WHEN status NOT IN (${raw(NOT_SOLD_SQL)}) THEN total_minor ELSE 0 END) AS revenueMinor,
              SUM(CASE WHEN status NOT IN (${raw(NOT_SOLD_SQL)}) THEN 1 ELSE 0 END) AS sold
         FROM orders WHERE ${periodFilter(period)} GROUP BY currency, month ORDER BY currency, month`,
  ) as { currency: string; month: string | null; orders: number; revenueMinor: number; sold: number }[];
  const byCurrency = new Map<string, { orders: number; sales: number; sold: number; monthly: CurrencyOverview['monthly'] }>();
  for (const m of months) {
    let c = byCurrency.get(m.currency);
    if (!c) byCurrency.set(m.currency, (c = { orders: 0, sales: 0, sold: 0, monthly: [] }));
    c.orders += m.orders;
    c.sales += m.revenueMinor;
    c.sold += m.sold;
    if (m.month !== null) c.monthly.push({ month: m.month, orders: m.orders, revenueMinor: m.revenueMinor });
  }
  const payments = paymentFiguresByCurrency(db, period);
  return [...byCurrency]
    .sort((a, b) => b[1].orders - a[1].orders)
    .map(([currency, t]) => {
      const refunded = refunds.get(currency) ?? 0;
      const paid = payments.get(currency);
      const revenue = t.sales - refunded;
      return {
        currency,
        orders: t.orders,
        revenueMinor: revenue,
        refundsMinor: refunded,
        averageOrderValueMinor: t.sold ? divideRounded(revenue, t.sold) : 0,
        paymentsMinor: paid ? paid.paidMinor : null,
        paymentDifferenceMinor: paid ? paid.differenceMinor : null,
        monthly: t.monthly,
      };
    });
}

export function deliveryStats(db: DB, period: Period = {}): { delivered: number; onTime: number; late: number; onTimeRate: number | null } {
  const r = one<{ delivered: number; onTime: number }>(
    db,
    sql`SELECT COUNT(delivered_on_time) AS delivered, COALESCE(SUM(delivered_on_time), 0) AS onTime
          FROM orders WHERE delivered_on_time IS NOT NULL AND ${periodFilter(period)}`,
  )!;
  return { delivered: r.delivered, onTime: r.onTime, late: r.delivered - r.onTime, onTimeRate: r.delivered ? r.onTime / r.delivered : null };
}
