// Screens that sum a customer's, a product's or a seller's money never add two currencies: where
// one entity's orders come in two currencies the row has no currency, and the screen shows none.
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { frozenClock, repoRoot, tempDb, testJob } from '../../testing/fixtures';
import { filesOfFolder } from '../imports/staging';
import { runImportJob } from '../imports/import-job';
import { listCustomers } from './customers.queries';
import { listProducts } from '../catalog/catalog.queries';
import { listSellers } from '../suppliers/sellers.queries';

describe('sums per customer, product and seller', () => {
  test('one currency gives an amount in it; two give no amount', () => {
    const { db } = tempDb();
    runImportJob({ db, clock: frozenClock(), actor: 'test', job: testJob() }, { kind: 'olist', files: filesOfFolder(path.join(repoRoot, 'resources/sample/olist')) });
    const order = db.prepare("SELECT o.id, o.customer_id, c.external_id AS customer FROM orders o JOIN customers c ON c.id = o.customer_id JOIN order_lines l ON l.order_id = o.id WHERE o.status = 'delivered' ORDER BY o.id LIMIT 1").get() as {
      id: number;
      customer_id: number;
      customer: string;
    };
    const line = db.prepare('SELECT product_id, seller_id FROM order_lines WHERE order_id = ? ORDER BY id LIMIT 1').get(order.id) as { product_id: number; seller_id: number };
    const customerRow = () => listCustomers(db, { search: order.customer, sort: 'spent', dir: 'desc', page: 1, pageSize: 10 }).rows[0];
    const productRow = () => listProducts(db, { sort: 'revenue', dir: 'desc', page: 1, pageSize: 2000 }).rows.find((p) => p.id === line.product_id)!;
    const sellerRow = () => listSellers(db, { sort: 'orders', dir: 'desc', page: 1, pageSize: 1000 }).rows.find((s) => s.id === line.seller_id)!;
    expect([customerRow().currency, productRow().currency, sellerRow().currency]).toEqual(['BRL', 'BRL', 'BRL']);

    // the same customer buys the same product from the same seller in euros
    const copy = db
      .prepare(
        `INSERT INTO orders (source_id, external_id, customer_id, status, currency, placed_at, goods_minor, total_minor, imported_at, updated_at)
         SELECT source_id, external_id || '-eur', customer_id, status, 'EUR', placed_at, goods_minor, total_minor, imported_at, updated_at FROM orders WHERE id = ?`,
      )
      .run(order.id);
    db.prepare(
      `INSERT INTO order_lines (source_id, external_id, order_id, line_no, product_id, seller_id, quantity, unit_price_minor, total_minor, currency, state)
       SELECT source_id, external_id || '-eur', ?, line_no, product_id, seller_id, quantity, unit_price_minor, total_minor, 'EUR', state FROM order_lines WHERE order_id = ?`,
    ).run(copy.lastInsertRowid, order.id);
    expect([customerRow().currency, productRow().currency, sellerRow().currency]).toEqual([null, null, null]);
  });
});
