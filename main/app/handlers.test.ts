// The read side the screens use, on the real Olist sample: paging, sorting, filters, one order in
// full, and the overview's figures (each computed independently from the CSV files here).
import fs from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { BackOffice } from './backoffice';
import { createRouter, type Router } from '../router/router';
import { olistSample, tempDir, callRouter } from '../testing/fixtures';
import { filesOfFolder } from '../modules/imports/staging';
import type { OrderDetail, OrderRow, Overview, Paged, ProductRow } from '../contract/api';

let bo: BackOffice;
let router: Router;
const call = <T>(method: string, input: unknown = {}) => callRouter<T>(router, method, input);
const csv = (name: string) => Papa.parse<Record<string, string>>(fs.readFileSync(path.join(olistSample, name), 'utf8'), { header: true, skipEmptyLines: true }).data;
const cents = (s: string) => Number(s.replace('.', ''));

beforeAll(async () => {
  bo = new BackOffice({ dataDir: tempDir(), shell: 'browser', version: 'test' });
  router = createRouter(bo);
  const id = bo.startImport({ kind: 'olist', files: filesOfFolder(olistSample) });
  expect((await bo.jobs.wait(id)).state).toBe('succeeded');
});
afterAll(() => bo.close());

describe('read side on the Olist sample', () => {
  test('the overview figures', async () => {
    const orders = csv('olist_orders_dataset.csv');
    const items = csv('olist_order_items_dataset.csv');
    const sold = new Set(orders.filter((o) => o.order_status !== 'canceled' && o.order_status !== 'unavailable').map((o) => o.order_id));
    const revenue = items.filter((i) => sold.has(i.order_id)).reduce((s, i) => s + cents(i.price) + cents(i.freight_value), 0);
    const o = await call<Overview>('dashboard.overview');
    expect(o.currencies).toHaveLength(1);
    expect(o.currencies[0]).toMatchObject({ currency: 'BRL', orders: 15000, revenueMinor: revenue, refundsMinor: 0, averageOrderValueMinor: Math.round(revenue / sold.size) });
    expect(o.delivery).toEqual({ delivered: 14552, onTime: 14552 - 957, late: 957, onTimeRate: (14552 - 957) / 14552 });
    const reviews = csv('olist_order_reviews_dataset.csv');
    expect(o.reviews.count).toBe(14944);
    expect(o.reviews.averageScore).toBeCloseTo(reviews.reduce((s, r) => s + Number(r.review_score), 0) / reviews.length, 3);
    const months = o.currencies[0].monthly;
    expect(months.reduce((s, m) => s + m.orders, 0)).toBe(15000);
    expect(months.reduce((s, m) => s + m.revenueMinor, 0)).toBe(revenue);
    expect(o.statusCounts[0]).toEqual({ status: 'delivered', orders: 14552 });
  });

  test('the overview puts the payments received beside revenue, and what they differ by', async () => {
    const payments = csv('olist_order_payments_dataset.csv');
    const paid = new Map<string, number>();
    for (const p of payments) paid.set(p.order_id, (paid.get(p.order_id) ?? 0) + cents(p.payment_value));
    const totals = new Map<string, number>();
    for (const i of csv('olist_order_items_dataset.csv')) totals.set(i.order_id, (totals.get(i.order_id) ?? 0) + cents(i.price) + cents(i.freight_value));
    const orders = csv('olist_orders_dataset.csv').map((o) => o.order_id);
    const received = [...paid.values()].reduce((a, b) => a + b, 0);
    const difference = orders.reduce((s, id) => s + (paid.get(id) ?? 0) - (totals.get(id) ?? 0), 0);
    const o = await call<Overview>('dashboard.overview');
    expect(received).toBe(239790456);
    expect(o.currencies[0]).toMatchObject({ paymentsMinor: 239790456, paymentDifferenceMinor: difference });
    // a month: the payments of the orders placed in it
    const march = new Set(csv('olist_orders_dataset.csv').filter((x) => x.order_purchase_timestamp.startsWith('2018-03')).map((x) => x.order_id));
    const m = await call<Overview>('dashboard.overview', { placedFrom: '2018-03-01', placedTo: '2018-03-31' });
    expect(m.currencies[0].paymentsMinor).toBe(payments.filter((p) => march.has(p.order_id)).reduce((s, p) => s + cents(p.payment_value), 0));
  });

  test('orders page, sort, filter and search without loading more than a page', async () => {
    const page = await call<Paged<OrderRow>>('orders.list', { pageSize: 25, sort: 'total', dir: 'desc' });
    expect(page.total).toBe(15000);
    expect(page.rows).toHaveLength(25);
    const totals = page.rows.map((r) => r.totalMinor);
    expect([...totals].sort((a, b) => b - a)).toEqual(totals);
    const canceled = await call<Paged<OrderRow>>('orders.list', { status: ['canceled'] });
    expect(canceled.total).toBe(113);
    const found = await call<Paged<OrderRow>>('orders.list', { search: 'e06ff711ddcab05c' });
    expect(found.rows.map((r) => r.externalId)).toEqual(['e06ff711ddcab05c3651a9b1bb003950']);
    const june = await call<Paged<OrderRow>>('orders.list', { placedFrom: '2018-06-01', placedTo: '2018-06-30' });
    expect(june.total).toBe(csv('olist_orders_dataset.csv').filter((o) => o.order_purchase_timestamp.startsWith('2018-06')).length);
    const last = await call<Paged<OrderRow>>('orders.list', { page: 300, pageSize: 50 });
    expect(last.rows).toHaveLength(50);
  });

  test('one order in full: lines with states, payments, reviews, timeline and audit', async () => {
    const id = (await call<Paged<OrderRow>>('orders.list', { search: 'e06ff711ddcab05c3651a9b1bb003950' })).rows[0].id;
    const d = await call<OrderDetail>('orders.get', { id });
    expect(d).toMatchObject({ status: 'delivered', currency: 'BRL', goodsMinor: 13305, shippingMinor: 5127, totalMinor: 18432, paidMinor: 18432, paymentDifferenceMinor: 0 });
    expect(d.lines.map((l) => [l.lineNo, l.state, l.unitPriceMinor])).toEqual([
      [1, 'delivered', 4435],
      [2, 'delivered', 4435],
      [3, 'delivered', 4435],
    ]);
    expect(d.payments.map((p) => [p.method, p.installments, p.amountMinor])).toEqual([
      ['credit_card', 12, 13828],
      ['voucher', 1, 4604],
    ]);
    // the CSV: bought 03-02 11:53, approved 12:05, to the carrier 03-03, delivered 03-14, reviewed 03-16, promised for 03-23
    expect(d.timeline.at(-1)).toMatchObject({ kind: 'promised', day: '2017-03-23' });
    expect(d.timeline.map((t) => [t.kind, t.at])).toEqual([
      ['placed', '2017-03-02T14:53:33Z'],
      ['approved', '2017-03-02T15:05:49Z'],
      ['handed_to_carrier', '2017-03-03T17:09:15Z'],
      ['delivered', '2017-03-14T18:47:49Z'],
      ['review', '2017-03-16T03:00:00Z'],
      ['promised', '2017-03-24T02:59:59Z'], // the end of 03-23 in São Paulo
    ]);
    expect(d.timeline[0]).toEqual({ at: '2017-03-02T14:53:33Z', kind: 'placed', label: 'Order placed' });
    expect(d.audit.map((a) => a.action)).toEqual(['order.imported']);
  });

  test('the overview for one month, as an accountant closing it asks', async () => {
    const orders = csv('olist_orders_dataset.csv').filter((o) => o.order_purchase_timestamp.startsWith('2018-03'));
    const sold = new Set(orders.filter((o) => o.order_status !== 'canceled' && o.order_status !== 'unavailable').map((o) => o.order_id));
    const revenue = csv('olist_order_items_dataset.csv').filter((i) => sold.has(i.order_id)).reduce((s, i) => s + cents(i.price) + cents(i.freight_value), 0);
    const o = await call<Overview>('dashboard.overview', { placedFrom: '2018-03-01', placedTo: '2018-03-31' });
    expect(o.currencies[0]).toMatchObject({ orders: orders.length, revenueMinor: revenue });
    expect(o.currencies[0].monthly.map((m) => m.month)).toEqual(['2018-03']);
    const ids = new Set(orders.map((x) => x.order_id));
    expect(o.reviews.count).toBe(csv('olist_order_reviews_dataset.csv').filter((r) => ids.has(r.order_id)).length);
    expect(o.statusCounts.reduce((n, s) => n + s.orders, 0)).toBe(orders.length);
  });

  test('orders of one product, and of one seller', async () => {
    const items = csv('olist_order_items_dataset.csv');
    const product = items[0].product_id;
    const productId = bo.db.prepare('SELECT id FROM products WHERE external_id = ?').pluck().get(product) as number;
    const byProduct = await call<Paged<OrderRow>>('orders.list', { productId, pageSize: 500 });
    expect(byProduct.total).toBe(new Set(items.filter((i) => i.product_id === product).map((i) => i.order_id)).size);
    const seller = items[0].seller_id;
    const sellerId = bo.db.prepare('SELECT id FROM sellers WHERE external_id = ?').pluck().get(seller) as number;
    const bySeller = await call<Paged<OrderRow>>('orders.list', { sellerId, pageSize: 500 });
    expect(bySeller.total).toBe(new Set(items.filter((i) => i.seller_id === seller).map((i) => i.order_id)).size);
    const categories = await call<{ category: string; products: number }[]>('products.categories');
    expect(categories.reduce((n, c) => n + c.products, 0)).toBe(csv('olist_products_dataset.csv').filter((p) => p.product_category_name).length);
  });

  test("a product's lines: those sold (as units and sales count them) and the rest, apart", async () => {
    const product = '2b4609f8948be18874494203496bc318';
    const status = new Map(csv('olist_orders_dataset.csv').map((o) => [o.order_id, o.order_status]));
    const items = csv('olist_order_items_dataset.csv').filter((i) => i.product_id === product);
    const sold = items.filter((i) => !['canceled', 'unavailable'].includes(status.get(i.order_id)!));
    expect([items.length, sold.length]).toEqual([39, 38]);
    const row = (await call<Paged<ProductRow>>('products.list', { search: product })).rows[0];
    expect(row).toMatchObject({ lines: sold.length, unsoldLines: items.length - sold.length, units: sold.length, revenueMinor: sold.reduce((n, i) => n + cents(i.price), 0) });
  });

  test('a review shared by several orders names the others', async () => {
    const reviews = csv('olist_order_reviews_dataset.csv');
    const byReview = new Map<string, string[]>();
    for (const r of reviews) byReview.set(r.review_id, [...(byReview.get(r.review_id) ?? []), r.order_id]);
    const shared = [...byReview.values()].find((orders) => orders.length > 1)!;
    const idOf = (ext: string) => bo.db.prepare('SELECT id FROM orders WHERE external_id = ?').pluck().get(ext) as number;
    const d = await call<OrderDetail>('orders.get', { id: idOf(shared[0]) });
    const review = d.reviews.find((r) => r.sharedWithOrders > 1)!;
    expect(review.sharedWithOrders).toBe(shared.length);
    expect(review.otherOrders.map((o) => o.externalId).sort()).toEqual(shared.slice(1).sort());
    expect(review.otherOrders.map((o) => o.id).sort()).toEqual(shared.slice(1).map(idOf).sort());
  });

  test('customers, products and sellers lists', async () => {
    const customers = await call<Paged<{ orders: number }>>('customers.list', { sort: 'orders', dir: 'desc', pageSize: 5 });
    expect(customers.total).toBe(14904);
    const byPerson = new Map<string, number>();
    const person = new Map(csv('olist_customers_dataset.csv').map((c) => [c.customer_id, c.customer_unique_id]));
    for (const o of csv('olist_orders_dataset.csv')) byPerson.set(person.get(o.customer_id)!, (byPerson.get(person.get(o.customer_id)!) ?? 0) + 1);
    expect(customers.rows[0].orders).toBe(Math.max(...byPerson.values()));
    const products = await call<Paged<{ units: number }>>('products.list', { sort: 'units', dir: 'desc', pageSize: 5 });
    expect(products.total).toBe(9255);
    const units = new Map<string, number>();
    for (const i of csv('olist_order_items_dataset.csv')) units.set(i.product_id, (units.get(i.product_id) ?? 0) + 1);
    expect(products.rows[0].units).toBe(Math.max(...units.values()));
    const sellers = await call<Paged<{ externalId: string; orders: number; lines: number; revenueMinor: number; delivered: number; onTimeRate: number | null; averageReview: number | null }>>(
      'sellers.list',
      { sort: 'orders', dir: 'desc', pageSize: 5 },
    );
    expect(sellers.total).toBe(1904);
    // the busiest seller, figured from the CSV files alone
    const items = csv('olist_order_items_dataset.csv');
    const ordersOf = new Map<string, Set<string>>();
    for (const i of items) ordersOf.set(i.seller_id, (ordersOf.get(i.seller_id) ?? new Set()).add(i.order_id));
    const top = [...ordersOf].sort((a, b) => b[1].size - a[1].size || 0)[0];
    const status = new Map(csv('olist_orders_dataset.csv').map((o) => [o.order_id, o]));
    const mine = items.filter((i) => i.seller_id === top[0]);
    const delivered = [...top[1]].map((id) => status.get(id)!).filter((o) => o.order_delivered_customer_date && o.order_estimated_delivery_date);
    const onTime = delivered.filter((o) => o.order_delivered_customer_date.slice(0, 10) <= o.order_estimated_delivery_date.slice(0, 10)).length;
    const scores = csv('olist_order_reviews_dataset.csv').filter((r) => top[1].has(r.order_id)).map((r) => Number(r.review_score));
    const soldGoods = mine.filter((i) => !['canceled', 'unavailable'].includes(status.get(i.order_id)!.order_status)).reduce((n, i) => n + cents(i.price), 0);
    expect(sellers.rows[0]).toMatchObject({
      externalId: top[0],
      orders: top[1].size,
      lines: mine.length,
      revenueMinor: soldGoods,
      delivered: delivered.length,
      onTimeRate: onTime / delivered.length,
    });
    expect(sellers.rows[0].averageReview).toBeCloseTo(scores.reduce((a, b) => a + b, 0) / scores.length, 3);
  });
});
