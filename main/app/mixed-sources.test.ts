// A workspace with two shops in two currencies (the Olist sample in BRL, Online Retail in GBP):
// searching the way a merchant types (accents and case do not matter, the country is searched, an
// order is found by what its lines are), sorting amounts without mixing currencies, and a timeline
// that says only what is known. Every figure is worked out independently from the CSV files.
import fs from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { BackOffice } from './backoffice';
import { createRouter, type Router } from '../router/router';
import { olistSample, onlineRetailCsv, tempDir, callRouter } from '../testing/fixtures';
import { filesOfFolder } from '../modules/imports/staging';
import type { CustomerRow, OrderDetail, OrderRow, Overview, Paged, ProductRow, SellerRow } from '../contract/api';

let bo: BackOffice;
let router: Router;
const call = <T>(method: string, input: unknown = {}) => callRouter<T>(router, method, input);
const parse = (file: string) => Papa.parse<Record<string, string>>(fs.readFileSync(file, 'utf8'), { header: true, skipEmptyLines: true }).data;
const orderCount = async (search: string) => (await call<Paged<OrderRow>>('orders.list', { search, pageSize: 1 })).total;

beforeAll(async () => {
  bo = new BackOffice({ dataDir: tempDir(), shell: 'browser', version: 'test' });
  router = createRouter(bo);
  for (const job of [
    { kind: 'olist' as const, files: filesOfFolder(olistSample) },
    { kind: 'online-retail' as const, files: [{ path: onlineRetailCsv, name: path.basename(onlineRetailCsv) }] },
  ]) {
    expect((await bo.jobs.wait(bo.startImport(job))).state).toBe('succeeded');
  }
});
afterAll(() => bo.close());

describe('order search', () => {
  test('"São Paulo" finds what Olist stores as "sao paulo", in any case', async () => {
    const city = new Map(parse(path.join(olistSample, 'olist_customers_dataset.csv')).map((c) => [c.customer_id, c.customer_city]));
    const expected = parse(path.join(olistSample, 'olist_orders_dataset.csv')).filter((o) => city.get(o.customer_id)!.includes('sao paulo')).length;
    expect(expected).toBeGreaterThan(2000);
    expect(await orderCount('sao paulo')).toBe(expected);
    expect(await orderCount('São Paulo')).toBe(expected);
    expect(await orderCount('SÃO PAULO')).toBe(expected);
  });

  test('the country is searched, and orders are found by their lines\' stock code or title', async () => {
    const rows = parse(onlineRetailCsv).filter((r) => !r.InvoiceNo.startsWith('C'));
    const invoices = (keep: (r: Record<string, string>) => boolean) => new Set(rows.filter(keep).map((r) => r.InvoiceNo)).size;
    expect(await orderCount('United Kingdom')).toBe(invoices((r) => r.Country === 'United Kingdom'));
    const code = invoices((r) => r.StockCode.toLowerCase().includes('85123a') || r.Description.toLowerCase().includes('85123a'));
    expect(code).toBeGreaterThan(100);
    expect(await orderCount('85123A')).toBe(code);
    expect(await orderCount('85123a')).toBe(code);
    expect(await orderCount('white hanging heart')).toBe(invoices((r) => r.Description.toLowerCase().includes('white hanging heart')));
  });

  test('customers, products and sellers are searched the same way', async () => {
    const portugal = new Set(parse(onlineRetailCsv).filter((r) => r.Country === 'Portugal' && r.CustomerID).map((r) => r.CustomerID)).size;
    expect((await call<Paged<CustomerRow>>('customers.list', { search: 'PORTUGAL', pageSize: 1 })).total).toBe(portugal);
    const olistCity = new Set(parse(path.join(olistSample, 'olist_customers_dataset.csv')).filter((c) => c.customer_city.includes('sao paulo')).map((c) => c.customer_unique_id)).size;
    expect((await call<Paged<CustomerRow>>('customers.list', { search: 'São Paulo', pageSize: 1 })).total).toBe(olistCity);
    const hearts = new Set(parse(onlineRetailCsv).filter((r) => r.Description.toLowerCase().includes('heart')).map((r) => r.StockCode)).size;
    expect((await call<Paged<ProductRow>>('products.list', { search: 'Heart', pageSize: 1 })).total).toBeLessThanOrEqual(hearts);
    expect((await call<Paged<ProductRow>>('products.list', { search: 'hEaRt', pageSize: 1 })).total).toBeGreaterThan(hearts / 2);
    const sellers = parse(path.join(olistSample, 'olist_sellers_dataset.csv')).filter((s) => s.seller_city.includes('sao paulo')).length;
    expect((await call<Paged<unknown>>('sellers.list', { search: 'São Paulo', pageSize: 1 })).total).toBe(sellers);
  });
});

/** Currencies in the order given, never back to an earlier one; a mixed-currency row (null) last. */
function groupedByCurrency(rows: { currency: string | null }[]): string[] {
  const seen: (string | null)[] = [];
  for (const r of rows) if (seen.at(-1) !== r.currency) seen.push(r.currency);
  expect(new Set(seen).size).toBe(seen.length);
  const named = seen.filter((c): c is string => c !== null);
  expect(named).toEqual([...named].sort());
  if (seen.includes(null)) expect(seen.at(-1)).toBeNull();
  return seen as string[];
}

function descendingWithin<T extends { currency: string | null }>(rows: T[], amount: (r: T) => number): void {
  for (let i = 1; i < rows.length; i++) if (rows[i].currency === rows[i - 1].currency) expect(amount(rows[i])).toBeLessThanOrEqual(amount(rows[i - 1]));
}

describe('sorting by an amount groups the currencies first', () => {
  test('orders by total: all BRL (largest first), then all GBP (largest first)', async () => {
    const all = (await call<Paged<OrderRow>>('orders.list', { sort: 'total', dir: 'desc', pageSize: 500, page: 30 })).rows;
    const next = (await call<Paged<OrderRow>>('orders.list', { sort: 'total', dir: 'desc', pageSize: 500, page: 31 })).rows;
    // 15,000 Olist orders come first: rows 14,501 to 15,000 are BRL, 15,001 on GBP
    expect(new Set(all.map((r) => r.currency))).toEqual(new Set(['BRL']));
    expect(new Set(next.map((r) => r.currency))).toEqual(new Set(['GBP']));
    descendingWithin(all, (r) => r.totalMinor);
    descendingWithin(next, (r) => r.totalMinor);
    // the largest invoice in the CSV (goods of its positive rows, in pence)
    const pence = (s: string) => Math.round(Number(s) * 100);
    const totals = new Map<string, number>();
    for (const r of parse(onlineRetailCsv)) {
      if (r.InvoiceNo.startsWith('C') || Number(r.Quantity) <= 0) continue;
      totals.set(r.InvoiceNo, (totals.get(r.InvoiceNo) ?? 0) + Number(r.Quantity) * pence(r.UnitPrice));
    }
    expect(next[0].totalMinor).toBe(Math.max(...totals.values()));
    const ascending = (await call<Paged<OrderRow>>('orders.list', { sort: 'total', dir: 'asc', pageSize: 500, page: 31 })).rows;
    expect(groupedByCurrency(ascending)).toEqual(['GBP']);
  });

  test('customers by spent, products and sellers by sales', async () => {
    const customers = (await call<Paged<CustomerRow>>('customers.list', { sort: 'spent', dir: 'desc', pageSize: 500, page: 30 })).rows;
    expect(groupedByCurrency(customers)).toEqual(['BRL', 'GBP']);
    descendingWithin(customers, (r) => r.spentMinor);
    const products = (await call<Paged<ProductRow>>('products.list', { sort: 'revenue', dir: 'desc', pageSize: 500, page: 19 })).rows;
    groupedByCurrency(products);
    descendingWithin(products, (r) => r.revenueMinor);
    const sellers = (await call<Paged<SellerRow>>('sellers.list', { sort: 'revenue', dir: 'desc', pageSize: 500 })).rows;
    descendingWithin(sellers, (r) => r.revenueMinor);
  });
});

describe('the overview of two currencies', () => {
  test('payments only where the source records them: Olist in BRL, none for the wholesaler in GBP', async () => {
    const o = await call<Overview>('dashboard.overview');
    const by = new Map(o.currencies.map((c) => [c.currency, c]));
    expect(by.get('BRL')!.paymentsMinor).toBe(239790456);
    expect(by.get('GBP')).toMatchObject({ paymentsMinor: null, paymentDifferenceMinor: null });
  });
});

describe('the timeline says what is known', () => {
  const byExternalId = async (externalId: string) => {
    const id = bo.db.prepare('SELECT id FROM orders WHERE external_id = ?').pluck().get(externalId) as number;
    return call<OrderDetail>('orders.get', { id });
  };
  test('an invoice without payments was invoiced, an Olist order with payments had its payment approved', async () => {
    const invoice = await byExternalId('536488');
    expect(invoice.payments).toEqual([]);
    expect(invoice.timeline.find((t) => t.kind === 'approved')?.label).toBe('Invoiced');
    expect(invoice.timeline.some((t) => /payment/i.test(t.label))).toBe(false);
    const olist = await byExternalId('e06ff711ddcab05c3651a9b1bb003950');
    expect(olist.payments.length).toBeGreaterThan(0);
    expect(olist.timeline.find((t) => t.kind === 'approved')?.label).toBe('Payment approved');
    // an Olist order approved though no payment of it is in the files
    const paid = new Set(parse(path.join(olistSample, 'olist_order_payments_dataset.csv')).map((p) => p.order_id));
    const unpaid = parse(path.join(olistSample, 'olist_orders_dataset.csv')).find((o) => !paid.has(o.order_id) && o.order_approved_at);
    if (unpaid) expect((await byExternalId(unpaid.order_id)).timeline.find((t) => t.kind === 'approved')?.label).toBe('Approved');
  });
});
