import type { DB } from '../../db/connection';
import { all, one } from '../../db/connection';
import { direction, join, orderBy, raw, sql, empty, type Sql } from '../../db/sql';
import { textMatches } from '../../db/search';
import { NOT_SOLD } from '../orders/orders.queries';
import type { Paged, ParsedInput, SellerRow } from '../../contract/api';

const SORTS = {
  name: 'COALESCE(se.name, se.external_id)',
  location: 'location',
  orders: 'orders',
  revenue: 'revenueMinor',
  on_time: 'onTimeRate',
  review: 'averageReview',
};

export function listSellers(db: DB, q: ParsedInput<'sellers.list'>): Paged<SellerRow> {
  const conds: Sql[] = [];
  if (q.search) conds.push(textMatches(q.search, { codes: ['se.external_id'], text: ['se.name', 'se.city', 'se.region', 'se.country'] }));
  if (q.kind) conds.push(sql`se.kind = ${q.kind}`);
  const where = conds.length ? sql`WHERE ${join(conds, ' AND ')}` : empty;
  const total = one<{ n: number }>(db, sql`SELECT COUNT(*) AS n FROM sellers se ${where}`)!.n;
  // per seller: the orders its lines belong to, how those were delivered, and what their reviews said
  const rows = all<SellerRow>(
    db,
    // sales (goods) as on the products screen: goods of lines in orders that became sales, net of
    // what came back on credit notes; freight is the order's, not the seller's goods
    sql`WITH returned AS (
          SELECT rl.order_line_id AS id, SUM(rl.amount_minor) AS amount FROM refund_lines rl
           WHERE rl.order_line_id IS NOT NULL GROUP BY rl.order_line_id
        ), seller_orders AS (
          SELECT l.seller_id, l.order_id, COUNT(*) AS lines,
                 SUM(CASE WHEN l.kind != 'stock_adjustment' THEN l.unit_price_minor * l.quantity - COALESCE(rt.amount, 0) ELSE 0 END) AS value,
                 MAX(l.currency) AS currency
            FROM order_lines l LEFT JOIN returned rt ON rt.id = l.id
           WHERE l.seller_id IS NOT NULL GROUP BY l.seller_id, l.order_id
        ), stats AS (
          SELECT so.seller_id, COUNT(*) AS orders, SUM(so.lines) AS lines,
                 COALESCE(SUM(CASE WHEN o.status NOT IN (${raw(NOT_SOLD.map((w) => `'${w}'`).join(', '))}) THEN so.value END), 0) AS revenueMinor,
                 -- a sum over two currencies is no amount: no currency, and the screen shows none
                 CASE WHEN COUNT(DISTINCT so.currency) > 1 THEN NULL ELSE MAX(so.currency) END AS currency,
                 COUNT(o.delivered_on_time) AS delivered, AVG(o.delivered_on_time) AS onTimeRate
            FROM seller_orders so JOIN orders o ON o.id = so.order_id GROUP BY so.seller_id
        ), review_stats AS (
          SELECT so.seller_id, AVG(r.score) AS averageReview
            FROM seller_orders so JOIN order_reviews orv ON orv.order_id = so.order_id JOIN reviews r ON r.id = orv.review_id
           GROUP BY so.seller_id
        )
        SELECT se.id, se.external_id AS externalId, se.name, se.kind,
               NULLIF(TRIM(COALESCE(se.city, '') || CASE WHEN se.city IS NOT NULL AND COALESCE(se.region, se.country) IS NOT NULL THEN ', ' ELSE '' END
                 || COALESCE(se.region, se.country, '')), '') AS location,
               COALESCE(st.orders, 0) AS orders, COALESCE(st.lines, 0) AS lines, COALESCE(st.revenueMinor, 0) AS revenueMinor, st.currency,
               COALESCE(st.delivered, 0) AS delivered, st.onTimeRate, ROUND(rs.averageReview, 3) AS averageReview
          FROM sellers se LEFT JOIN stats st ON st.seller_id = se.id LEFT JOIN review_stats rs ON rs.seller_id = se.id
          ${where}
         ORDER BY ${orderBy(q.sort, SORTS, q.dir, { revenue: 'st.currency' })} NULLS LAST, se.id ${direction(q.dir)}
         LIMIT ${q.pageSize} OFFSET ${(q.page - 1) * q.pageSize}`,
  );
  return { rows, total, page: q.page, pageSize: q.pageSize };
}
