// Builds a 105,000-order workspace (the Olist sample written 7 times over as separate sources)
// and times what the screens ask for, through the router as the UI calls it. Prints one JSON line.
import { BackOffice } from '../../main/app/backoffice';
import { createRouter } from '../../main/router/router';
import { parseOlist } from '../../main/modules/imports/olist';
import { writeImportSet } from '../../main/modules/imports/write';
import { filesOfFolder } from '../../main/modules/imports/staging';
import path from 'node:path';

const [dir, dbFile] = process.argv.slice(2);
const bo = new BackOffice({ dataDir: path.dirname(dbFile), dbFile, shell: 'browser', version: 'bench' });
const t0 = performance.now();
const set = parseOlist(filesOfFolder(dir));
for (let k = 0; k < 7; k++) {
  writeImportSet({ db: bo.db, clock: () => new Date(), actor: 'bench', jobId: null }, { ...set, source: { ...set.source, externalId: `olist-${k}`, name: `Olist copy ${k + 1}` } });
}
const buildMs = performance.now() - t0;
const router = createRouter(bo);
const timings: { label: string; ms: number }[] = [];
async function time(label: string, method: string, input: unknown) {
  const samples: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t = performance.now();
    const r = await router.dispatch(method, input);
    samples.push(performance.now() - t);
    if (!r.ok) throw new Error(`${method}: ${r.error.message}`);
  }
  samples.sort((a, b) => a - b);
  timings.push({ label: `${method} ${label}`, ms: samples[2] });
}
const anOrder = bo.db.prepare('SELECT id FROM orders ORDER BY id DESC LIMIT 1').pluck().get() as number;
await time('first page, newest first', 'orders.list', {});
await time('sorted by total, descending', 'orders.list', { sort: 'total', dir: 'desc' });
await time('sorted by customer', 'orders.list', { sort: 'customer', dir: 'asc' });
await time('last page (page 2,100 of 50)', 'orders.list', { page: 2100 });
await time('status = canceled', 'orders.list', { status: ['canceled'] });
await time('placed in June 2018', 'orders.list', { placedFrom: '2018-06-01', placedTo: '2018-06-30' });
await time('search "sao paulo"', 'orders.list', { search: 'sao paulo' });
await time('one order in full', 'orders.get', { id: anOrder });
await time('overview', 'dashboard.overview', {});
await time('customers by spend', 'customers.list', { sort: 'spent', dir: 'desc' });
await time('products by units', 'products.list', { sort: 'units', dir: 'desc' });
await time('sellers by orders', 'sellers.list', { sort: 'orders', dir: 'desc' });
const orders = bo.db.prepare('SELECT COUNT(*) FROM orders').pluck().get() as number;
const lines = bo.db.prepare('SELECT COUNT(*) FROM order_lines').pluck().get() as number;
await bo.close();
console.log(JSON.stringify({ buildMs, orders, lines, timings }));
