// One benchmark step, run in a fresh process so its peak memory is its own:
//   import <dir> <db>     the real Olist import (parse, validate, write in one transaction)
//   bare <dir> <db>       the yardstick: the same CSV rows, parsed by the same parser, inserted
//                         as they are with one prepared INSERT per file in one transaction
// Prints one JSON line.
import fs from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import Database from 'better-sqlite3';
import { openDatabase } from '../../main/db/connection';
import { parseOlist } from '../../main/modules/imports/olist';
import { writeImportSet } from '../../main/modules/imports/write';
import { filesOfFolder } from '../../main/modules/imports/staging';

const [mode, dir, dbFile] = process.argv.slice(2);
const files = filesOfFolder(dir);
const rowsIn = files.reduce((n, f) => n + fs.readFileSync(f.path, 'utf8').split('\n').filter((l) => l.length).length - 1, 0);

function peakMb() {
  return Math.round(process.resourceUsage().maxRSS / 1024);
}

if (mode === 'import') {
  const db = openDatabase(dbFile);
  const t0 = performance.now();
  const set = parseOlist(files);
  const t1 = performance.now();
  writeImportSet({ db, clock: () => new Date(), actor: 'bench', jobId: null }, set);
  const t2 = performance.now();
  db.close();
  console.log(JSON.stringify({ mode, rows: rowsIn, parseMs: t1 - t0, writeMs: t2 - t1, totalMs: t2 - t0, peakMb: peakMb() }));
} else if (mode === 'bare-rows') {
  // The rows the import writes (parsed by the importer, not timed), inserted into the same schema
  // with plain prepared INSERTs: no existence check, no comparison, no audit.
  const db = openDatabase(dbFile);
  const set = parseOlist(files);
  const snake = (c: string) => c.replace(/[A-Z]/g, (x) => `_${x.toLowerCase()}`);
  const t1 = performance.now();
  let n = 0;
  db.transaction(() => {
    const sourceId = Number(db.prepare("INSERT INTO sources (kind, external_id, name, currency, timezone, created_at) VALUES ('olist', 'olist', 'Olist', 'BRL', 'America/Sao_Paulo', 'now')").run().lastInsertRowid);
    const inserter = (table: string, extra: Record<string, (r: any) => unknown> = {}) => {
      const cols = (db.prepare(`SELECT name FROM pragma_table_info('${table}') WHERE name != 'id'`).pluck().all() as string[]);
      const stmt = db.prepare(`INSERT INTO ${table} (${cols.join(', ')}) VALUES (${cols.map(() => '?').join(', ')})`);
      const camel = cols.map((c) => c.replace(/_([a-z])/g, (_, x) => x.toUpperCase()));
      return (r: any) => {
        n++;
        return Number(stmt.run(cols.map((c, i) => (c in extra ? extra[c](r) : c === 'source_id' ? sourceId : (v => (v === undefined ? null : typeof v === 'boolean' ? Number(v) : v))(r[camel[i]] ?? r[snake(camel[i])])))).lastInsertRowid);
      };
    };
    const ids = { seller: new Map<string, number>(), product: new Map<string, number>(), customer: new Map<string, number>(), order: new Map<string, number>() };
    const seller = inserter('sellers');
    for (const x of set.sellers) ids.seller.set(x.externalId, seller(x));
    const product = inserter('products', { category_label: (r) => r.categoryLabel });
    for (const x of set.products) ids.product.set(x.externalId, product(x));
    const customer = inserter('customers');
    for (const x of set.customers) ids.customer.set(x.externalId, customer(x));
    const order = inserter('orders', { customer_id: (r) => ids.customer.get(r.customerExternalId) ?? null, imported_at: () => 'now', updated_at: () => 'now', is_guest: (r) => Number(r.isGuest), delivered_on_time: (r) => (r.deliveredOnTime === null ? null : Number(r.deliveredOnTime)) });
    let currentOrder = 0;
    const line = inserter('order_lines', { order_id: () => currentOrder, product_id: (r) => ids.product.get(r.productExternalId) ?? null, variant_id: () => null, seller_id: (r) => ids.seller.get(r.sellerExternalId) ?? null });
    for (const x of set.orders) {
      currentOrder = order(x);
      ids.order.set(x.externalId, currentOrder);
      for (const l of x.lines) line(l);
    }
    const payment = inserter('payments', { order_id: (r) => ids.order.get(r.orderExternalId) });
    for (const x of set.payments) payment(x);
    const review = inserter('reviews');
    const link = db.prepare('INSERT OR IGNORE INTO order_reviews (review_id, order_id) VALUES (?, ?)');
    for (const x of set.reviews) {
      const id = review(x);
      for (const o of x.orderExternalIds) link.run(id, ids.order.get(o));
    }
  })();
  const t2 = performance.now();
  db.close();
  console.log(JSON.stringify({ mode, rows: n, parseMs: 0, writeMs: t2 - t1, totalMs: t2 - t1, peakMb: peakMb() }));
} else if (mode === 'bare') {
  const db = new Database(dbFile);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  const t0 = performance.now();
  const tables = files.map((f) => {
    const parsed = Papa.parse<string[]>(fs.readFileSync(f.path, 'utf8').replace(/^\uFEFF/, ''), { delimiter: ',', skipEmptyLines: true });
    return { name: path.basename(f.name, '.csv').replace(/\W/g, '_'), header: parsed.data[0], rows: parsed.data.slice(1) };
  });
  const t1 = performance.now();
  let n = 0;
  db.transaction(() => {
    for (const t of tables) {
      db.exec(`CREATE TABLE ${t.name} (${t.header.map((_, i) => `c${i}`).join(', ')})`);
      const insert = db.prepare(`INSERT INTO ${t.name} VALUES (${t.header.map(() => '?').join(', ')})`);
      for (const r of t.rows) {
        insert.run(r);
        n++;
      }
    }
  })();
  const t2 = performance.now();
  db.close();
  console.log(JSON.stringify({ mode, rows: n, parseMs: t1 - t0, writeMs: t2 - t1, totalMs: t2 - t0, peakMb: peakMb() }));
}
