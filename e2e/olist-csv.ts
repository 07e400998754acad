// Reads the Olist CSV files the way a person checking the figures would, independently of the
// importer: papaparse for the CSV, integer centavos from the decimal strings (no floats).
import fs from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { repoRoot } from './host';

export const OLIST_FILES = [
  'olist_customers_dataset.csv',
  'olist_order_items_dataset.csv',
  'olist_order_payments_dataset.csv',
  'olist_order_reviews_dataset.csv',
  'olist_orders_dataset.csv',
  'olist_products_dataset.csv',
  'olist_sellers_dataset.csv',
  'product_category_name_translation.csv',
];

/** The 15,000-order sample: OLIST_SAMPLE_DIR, or the shared data folder next to the repository. */
export function olistSampleDir(): string {
  const dir = path.join(process.env.COUNTING_HOUSE_SHARED_DATA ?? path.resolve(repoRoot, '../shared/data'), 'olist/sample_15k');
  if (!fs.existsSync(path.join(dir, 'olist_orders_dataset.csv'))) {
    throw new Error(`the Olist sample is not at ${dir}; set COUNTING_HOUSE_SHARED_DATA to the folder that holds olist/sample_15k`);
  }
  return dir;
}

export function readCsv(file: string): Record<string, string>[] {
  const parsed = Papa.parse<Record<string, string>>(fs.readFileSync(file, 'utf8'), { header: true, skipEmptyLines: true });
  if (parsed.errors.length) throw new Error(`${file}: ${parsed.errors[0].message} (row ${parsed.errors[0].row})`);
  return parsed.data;
}

/** "199.00" -> 19900, "17.8" -> 1780: exact integer centavos from the decimal text. */
export function centavos(text: string): number {
  const m = /^(\d+)(?:\.(\d{1,2}))?$/.exec(text.trim());
  if (!m) throw new Error(`"${text}" is not a BRL amount`);
  return Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
}

/** Integer division rounded half away from zero. */
export function divideHalfAwayFromZero(n: number, d: number): number {
  const q = Math.trunc(n / d);
  const r = n - q * d;
  return Math.abs(r) * 2 >= Math.abs(d) ? q + Math.sign(n) * Math.sign(d) : q;
}

/** The amount a screen shows ("R$2,355,350.53", "R$ 159,17") back in centavos: its digits. */
export function displayedCentavos(text: string): number {
  const negative = /-|−/.test(text);
  const digits = text.replace(/[^\d]/g, '');
  if (!digits) throw new Error(`no amount in "${text}"`);
  return (negative ? -1 : 1) * Number(digits);
}

export interface ExpectedOverview {
  orders: number;
  soldOrders: number;
  revenueCentavos: number;
  aovCentavos: number;
  delivered: number;
  deliveredOnTime: number;
  reviewRows: number;
  reviewAverage2: string;
}

const NOT_SOLD = new Set(['canceled', 'unavailable']);

export function expectedOverview(dir: string): ExpectedOverview {
  const orders = readCsv(path.join(dir, 'olist_orders_dataset.csv'));
  const items = readCsv(path.join(dir, 'olist_order_items_dataset.csv'));
  const reviews = readCsv(path.join(dir, 'olist_order_reviews_dataset.csv'));
  const status = new Map(orders.map((o) => [o.order_id, o.order_status]));
  const sold = new Set(orders.filter((o) => !NOT_SOLD.has(o.order_status)).map((o) => o.order_id));
  let revenue = 0;
  for (const it of items) {
    if (!status.has(it.order_id)) throw new Error(`item of unknown order ${it.order_id}`);
    if (sold.has(it.order_id)) revenue += centavos(it.price) + centavos(it.freight_value);
  }
  // delivered on or before the promised day, comparing calendar days as the data states them
  let delivered = 0;
  let onTime = 0;
  for (const o of orders) {
    if (o.order_status !== 'delivered' || !o.order_delivered_customer_date || !o.order_estimated_delivery_date) continue;
    delivered += 1;
    if (o.order_delivered_customer_date.slice(0, 10) <= o.order_estimated_delivery_date.slice(0, 10)) onTime += 1;
  }
  let scoreSum = 0;
  for (const r of reviews) scoreSum += Number(r.review_score);
  const hundredths = divideHalfAwayFromZero(scoreSum * 100, reviews.length);
  return {
    orders: orders.length,
    soldOrders: sold.size,
    revenueCentavos: revenue,
    aovCentavos: divideHalfAwayFromZero(revenue, sold.size),
    delivered,
    deliveredOnTime: onTime,
    reviewRows: reviews.length,
    reviewAverage2: (hundredths / 100).toFixed(2),
  };
}

export interface PickedOrder {
  orderId: string;
  items: { itemNo: number; productId: string; priceCentavos: number; freightCentavos: number }[];
  payments: { sequence: number; type: string; installments: number; valueCentavos: number }[];
}

/** The first order (by id) with at least two items and two payments: a good detail-screen check. */
export function pickOrderWithItemsAndPayments(dir: string): PickedOrder {
  const items = readCsv(path.join(dir, 'olist_order_items_dataset.csv'));
  const payments = readCsv(path.join(dir, 'olist_order_payments_dataset.csv'));
  const itemsBy = new Map<string, PickedOrder['items']>();
  for (const it of items) {
    const list = itemsBy.get(it.order_id) ?? [];
    list.push({ itemNo: Number(it.order_item_id), productId: it.product_id, priceCentavos: centavos(it.price), freightCentavos: centavos(it.freight_value) });
    itemsBy.set(it.order_id, list);
  }
  const paysBy = new Map<string, PickedOrder['payments']>();
  for (const p of payments) {
    const list = paysBy.get(p.order_id) ?? [];
    list.push({ sequence: Number(p.payment_sequential), type: p.payment_type, installments: Number(p.payment_installments), valueCentavos: centavos(p.payment_value) });
    paysBy.set(p.order_id, list);
  }
  const candidates = [...itemsBy.keys()].filter((id) => itemsBy.get(id)!.length >= 2 && (paysBy.get(id)?.length ?? 0) >= 2).sort();
  if (!candidates.length) throw new Error('no order with 2+ items and 2+ payments in the sample');
  const orderId = candidates[0];
  return {
    orderId,
    items: itemsBy.get(orderId)!.sort((a, b) => a.itemNo - b.itemNo),
    payments: paysBy.get(orderId)!.sort((a, b) => a.sequence - b.sequence),
  };
}

/** Sum of every payment row, in centavos: the import report's "Payments". */
export function paymentsCentavos(dir: string): number {
  return readCsv(path.join(dir, 'olist_order_payments_dataset.csv')).reduce((n, p) => n + centavos(p.payment_value), 0);
}

export interface ExpectedMonth {
  orders: number;
  revenueCentavos: number;
  byStatus: Map<string, number>;
}

/** One month (YYYY-MM) of the purchase timestamps, which are local São Paulo times: what the overview shows for it. */
export function expectedMonth(dir: string, month: string): ExpectedMonth {
  const orders = readCsv(path.join(dir, 'olist_orders_dataset.csv')).filter((o) => o.order_purchase_timestamp.slice(0, 7) === month);
  const sold = new Set(orders.filter((o) => !NOT_SOLD.has(o.order_status)).map((o) => o.order_id));
  let revenue = 0;
  for (const it of readCsv(path.join(dir, 'olist_order_items_dataset.csv'))) {
    if (sold.has(it.order_id)) revenue += centavos(it.price) + centavos(it.freight_value);
  }
  const byStatus = new Map<string, number>();
  for (const o of orders) byStatus.set(o.order_status, (byStatus.get(o.order_status) ?? 0) + 1);
  return { orders: orders.length, revenueCentavos: revenue, byStatus };
}

/** How many distinct orders have a line of the product, or a line sold by the seller. */
export function ordersWith(dir: string, filter: { productId?: string; sellerId?: string }): number {
  const ids = new Set<string>();
  for (const it of readCsv(path.join(dir, 'olist_order_items_dataset.csv'))) {
    if (filter.productId && it.product_id !== filter.productId) continue;
    if (filter.sellerId && it.seller_id !== filter.sellerId) continue;
    ids.add(it.order_id);
  }
  return ids.size;
}

export function sellerCount(dir: string): number {
  return readCsv(path.join(dir, 'olist_sellers_dataset.csv')).length;
}
