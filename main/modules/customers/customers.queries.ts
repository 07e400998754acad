import type { DB } from '../../db/connection';
import { all, one } from '../../db/connection';
import { direction, orderBy, raw, sql, empty } from '../../db/sql';
import { textMatches } from '../../db/search';
import { NOT_SOLD } from '../orders/orders.queries';
import type { CustomerRow, Paged, ParsedInput } from '../../contract/api';

const SORTS = {
  name: 'COALESCE(c.name, c.email, c.external_id)',
  orders: 'orders',
  spent: 'spentMinor',
  first_order: 'firstOrderAt',
  last_order: 'lastOrderAt',
  location: 'location',
};

// a sum over two currencies is no amount: no currency, and the screen shows none
const CURRENCY = 'CASE WHEN COUNT(DISTINCT o.currency) > 1 THEN NULL ELSE MAX(o.currency) END';

// spent: orders that became sales, minus refunds to the customer
const SELECT = sql`SELECT c.id, c.external_id AS externalId, s.timezone, c.name, c.email,
       NULLIF(TRIM(COALESCE(c.city, '') || CASE WHEN c.city IS NOT NULL AND COALESCE(c.region, c.country) IS NOT NULL THEN ', ' ELSE '' END
         || COALESCE(c.region, c.country, '')), '') AS location,
       COUNT(o.id) AS orders,
       COALESCE(SUM(CASE WHEN o.status NOT IN (${raw(NOT_SOLD.map((w) => `'${w}'`).join(', '))}) THEN o.total_minor END), 0)
         - COALESCE((SELECT SUM(r.amount_minor) FROM refunds r WHERE r.customer_id = c.id), 0) AS spentMinor,
       ${raw(CURRENCY)} AS currency, MIN(o.placed_at) AS firstOrderAt, MAX(o.placed_at) AS lastOrderAt
  FROM customers c JOIN sources s ON s.id = c.source_id LEFT JOIN orders o ON o.customer_id = c.id`;

export function listCustomers(db: DB, q: ParsedInput<'customers.list'>): Paged<CustomerRow> {
  const where = q.search ? sql`WHERE ${textMatches(q.search, { codes: ['c.external_id', 'c.email'], text: ['c.name', 'c.city', 'c.region', 'c.country'] })}` : empty;
  const total = one<{ n: number }>(db, sql`SELECT COUNT(*) AS n FROM customers c ${where}`)!.n;
  const rows = all<CustomerRow>(
    db,
    sql`${SELECT} ${where} GROUP BY c.id
        ORDER BY ${orderBy(q.sort, SORTS, q.dir, { spent: CURRENCY })}, c.id ${direction(q.dir)}
        LIMIT ${q.pageSize} OFFSET ${(q.page - 1) * q.pageSize}`,
  );
  return { rows, total, page: q.page, pageSize: q.pageSize };
}

export function getCustomer(db: DB, id: number): (CustomerRow & { source: string }) | undefined {
  return one<CustomerRow & { source: string }>(
    db,
    sql`SELECT x.*, s.name AS source FROM (${SELECT} WHERE c.id = ${id} GROUP BY c.id) x JOIN customers c2 ON c2.id = x.id JOIN sources s ON s.id = c2.source_id`,
  );
}
