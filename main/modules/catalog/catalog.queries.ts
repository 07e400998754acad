import type { DB } from '../../db/connection';
import { all, one } from '../../db/connection';
import { direction, join, orderBy, raw, sql, empty, type Sql } from '../../db/sql';
import { textMatches } from '../../db/search';
import { NOT_SOLD } from '../orders/orders.queries';
import type { Paged, ParsedInput, ProductRow } from '../../contract/api';

const SORTS = {
  title: 'COALESCE(p.title, p.category_label, p.external_id)',
  category: 'p.category_label',
  units: 'units',
  revenue: 'revenueMinor',
  lines: 'lines',
};

// a sum over two currencies is no amount: no currency, and the screen shows none
const CURRENCY = 'CASE WHEN COUNT(DISTINCT l.currency) > 1 THEN NULL ELSE MAX(l.currency) END';

export function listProducts(db: DB, q: ParsedInput<'products.list'>): Paged<ProductRow> {
  const conds: Sql[] = [];
  if (q.search) conds.push(textMatches(q.search, { codes: ['p.external_id'], text: ['p.title', 'p.category_label'] }));
  if (q.category) conds.push(sql`p.category_label = ${q.category}`);
  const where = conds.length ? sql`WHERE ${join(conds, ' AND ')}` : empty;
  const total = one<{ n: number }>(db, sql`SELECT COUNT(*) AS n FROM products p ${where}`)!.n;
  // sales per product come from order lines: units and goods value of lines that were sold
  // (not stock adjustments, not in cancelled orders), net of what came back on credit notes
  const rows = all<ProductRow>(
    db,
    sql`WITH returned AS (
          SELECT rl.order_line_id AS id, SUM(rl.quantity) AS units, SUM(rl.amount_minor) AS amount FROM refund_lines rl
           WHERE rl.order_line_id IS NOT NULL GROUP BY rl.order_line_id)
        SELECT p.id, p.external_id AS externalId, p.title, p.category_label AS category, p.weight_grams AS weightGrams,
               -- lines counted as units and sales are: the sold ones; the rest (cancelled orders, stock adjustments) apart
               COUNT(sold.id) AS lines, COUNT(l.id) - COUNT(sold.id) AS unsoldLines,
               COALESCE(SUM(CASE WHEN sold.id IS NOT NULL THEN l.quantity - COALESCE(rt.units, 0) END), 0) AS units,
               COALESCE(SUM(CASE WHEN sold.id IS NOT NULL THEN l.unit_price_minor * l.quantity - COALESCE(rt.amount, 0) END), 0) AS revenueMinor,
               ${raw(CURRENCY)} AS currency
          FROM products p
          LEFT JOIN order_lines l ON l.product_id = p.id
          LEFT JOIN orders sold ON sold.id = l.order_id AND l.kind != 'stock_adjustment' AND sold.status NOT IN (${raw(NOT_SOLD.map((w) => `'${w}'`).join(', '))})
          LEFT JOIN returned rt ON rt.id = l.id
          ${where}
         GROUP BY p.id
         ORDER BY ${orderBy(q.sort, SORTS, q.dir, { revenue: CURRENCY })}, p.id ${direction(q.dir)}
         LIMIT ${q.pageSize} OFFSET ${(q.page - 1) * q.pageSize}`,
  );
  return { rows, total, page: q.page, pageSize: q.pageSize };
}

export function productCategories(db: DB): { category: string; products: number }[] {
  return db
    .prepare('SELECT category_label AS category, COUNT(*) AS products FROM products WHERE category_label IS NOT NULL GROUP BY category_label ORDER BY products DESC')
    .all() as { category: string; products: number }[];
}
