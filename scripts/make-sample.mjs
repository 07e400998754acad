// Writes resources/sample/olist: the bundled sample workspace, a consistent slice of the Olist
// sample (the 1,500 orders whose ids sort first, with every row those orders name). Run it again
// only to change the slice; its output is committed. Olist data is CC BY-NC-SA 4.0.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const from = path.resolve(process.argv[2] ?? path.join(root, '../shared/data/olist/sample_15k'));
const to = path.join(root, 'resources/sample/olist');
const ORDERS = 1500;

const read = (name) => Papa.parse(fs.readFileSync(path.join(from, name), 'utf8').replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true });
const write = (name, parsed, keep) => {
  const rows = parsed.data.filter(keep);
  fs.writeFileSync(path.join(to, name), Papa.unparse({ fields: parsed.meta.fields, data: rows.map((r) => parsed.meta.fields.map((f) => r[f])) }, { newline: '\n' }) + '\n');
  return rows.length;
};

fs.mkdirSync(to, { recursive: true });
const orders = read('olist_orders_dataset.csv');
const chosen = new Set(orders.data.map((o) => o.order_id).sort().slice(0, ORDERS));
const picked = orders.data.filter((o) => chosen.has(o.order_id));
const customerIds = new Set(picked.map((o) => o.customer_id));
const items = read('olist_order_items_dataset.csv');
const its = items.data.filter((i) => chosen.has(i.order_id));
const productIds = new Set(its.map((i) => i.product_id));
const sellerIds = new Set(its.map((i) => i.seller_id));
const counts = {
  orders: write('olist_orders_dataset.csv', orders, (o) => chosen.has(o.order_id)),
  items: write('olist_order_items_dataset.csv', items, (i) => chosen.has(i.order_id)),
  payments: write('olist_order_payments_dataset.csv', read('olist_order_payments_dataset.csv'), (p) => chosen.has(p.order_id)),
  reviews: write('olist_order_reviews_dataset.csv', read('olist_order_reviews_dataset.csv'), (r) => chosen.has(r.order_id)),
  customers: write('olist_customers_dataset.csv', read('olist_customers_dataset.csv'), (c) => customerIds.has(c.customer_id)),
  products: write('olist_products_dataset.csv', read('olist_products_dataset.csv'), (p) => productIds.has(p.product_id)),
  sellers: write('olist_sellers_dataset.csv', read('olist_sellers_dataset.csv'), (s) => sellerIds.has(s.seller_id)),
};
fs.copyFileSync(path.join(from, 'product_category_name_translation.csv'), path.join(to, 'product_category_name_translation.csv'));
console.log(JSON.stringify(counts));
