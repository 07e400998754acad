import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { filesIn, frozenClock, olistSample, tempDb, tempDir, testJob } from '../../testing/fixtures';
import { runImportJob } from './import-job';
import { workspaceStatus } from '../../workspace/status';
import { verifyAuditChain } from '../../audit/audit';
import type { DB } from '../../db/connection';
import type { ImportReport } from '../../contract/api';

function importOlist(db: DB, dir: string, clock = frozenClock()): ImportReport {
  return runImportJob({ db, clock, actor: 'test', job: testJob() }, { kind: 'olist', files: filesIn(dir) });
}

// The figures below are the sample's own (../shared/data/SOURCES.md), counted independently.
const EXPECTED = {
  orders: 15000,
  orderLines: 17071,
  payments: 15733,
  refunds: 0,
  customers: 14904,
  products: 9255,
  sellers: 1904,
  reviews: 14944,
  paymentTotals: { BRL: 239790456 },
};

describe('Olist import of the 15,000-order sample', () => {
  let db: DB;
  let first: ImportReport;
  beforeAll(() => {
    db = tempDb().db;
    first = importOlist(db, olistSample);
  });

  test('imports exactly the sample', () => {
    expect(workspaceStatus(db)).toEqual(EXPECTED);
    expect(db.prepare('SELECT COUNT(*) FROM reviews').pluck().get()).toBe(14924); // distinct review ids
    expect(first.written.orders).toEqual({ inserted: 15000, updated: 0, unchanged: 0, removed: 0 });
    expect(first.totals).toMatchObject({ ordersWithoutItems: 115, paymentMismatchOverOneCent: 48, delivered: 14552, deliveredLate: 957 });
  });

  test('re-importing changes nothing, not even the audit trail', () => {
    const auditBefore = db.prepare("SELECT COUNT(*) FROM audit_events WHERE entity = 'order'").pluck().get();
    const stamps = db.prepare('SELECT MAX(updated_at) FROM orders').pluck().get();
    const again = importOlist(db, olistSample, frozenClock('2026-12-02T10:00:00Z'));
    for (const [entity, t] of Object.entries(again.written)) {
      expect({ entity, inserted: t.inserted, updated: t.updated }).toEqual({ entity, inserted: 0, updated: 0 });
    }
    expect(workspaceStatus(db)).toEqual(EXPECTED);
    expect(db.prepare("SELECT COUNT(*) FROM audit_events WHERE entity = 'order'").pluck().get()).toBe(auditBefore);
    expect(db.prepare('SELECT MAX(updated_at) FROM orders').pluck().get()).toBe(stamps);
    // 15,000 orders imported and the first import's "import.completed"; the re-import added none
    expect(verifyAuditChain(db)).toEqual({ ok: true, events: 15001 });
    expect(db.prepare("SELECT COUNT(*) FROM audit_events WHERE action = 'import.completed'").pluck().get()).toBe(1);
  });

  test('the same folder with Windows line endings (unix2dos: CRLF inside quoted review text too) changes nothing', () => {
    const dir = tempDir();
    let crlf = 0;
    for (const f of filesIn(olistSample)) {
      const text = fs.readFileSync(f.path, 'utf8');
      const converted = text.replace(/\n/g, '\r\n');
      crlf += converted.split('\r\n').length - 1;
      fs.writeFileSync(path.join(dir, f.name), converted);
    }
    expect(crlf).toBeGreaterThan(17071);
    const again = importOlist(db, dir, frozenClock('2026-12-02T11:00:00Z'));
    for (const [entity, t] of Object.entries(again.written)) {
      expect({ entity, inserted: t.inserted, updated: t.updated }).toEqual({ entity, inserted: 0, updated: 0 });
    }
    expect(again.written.reviews.unchanged).toBe(14924);
    const m = db.prepare("SELECT message FROM reviews WHERE external_id = 'e233e51d11511bf30e568c76360ace52'").pluck().get() as string;
    expect(m.includes('\r')).toBe(false);
  });

  test('a customer is the person (customer_unique_id); the per-order id stays on the order', () => {
    const o = db.prepare("SELECT o.customer_ref, c.external_id FROM orders o JOIN customers c ON c.id = o.customer_id WHERE o.external_id = 'e06ff711ddcab05c3651a9b1bb003950'").get();
    expect(o).toEqual({ customer_ref: 'bc4e6f215af91483d54431baacb9506f', external_id: expect.stringMatching(/^[0-9a-f]{32}$/) });
  });

  test('an order with no items is kept, with its payment', () => {
    const o = db.prepare("SELECT id, status, total_minor FROM orders WHERE external_id = '569d43a54c364df5b367ab33e96eacf0'").get() as { id: number; status: string; total_minor: number };
    expect(o).toMatchObject({ status: 'unavailable', total_minor: 0 });
    expect(db.prepare('SELECT COUNT(*) FROM order_lines WHERE order_id = ?').pluck().get(o.id)).toBe(0);
    expect(db.prepare('SELECT amount_minor FROM payments WHERE order_id = ?').pluck().all(o.id)).toEqual([6173]);
  });

  test('a review shared by two orders is one review linked to both', () => {
    const orders = db
      .prepare("SELECT o.external_id FROM reviews r JOIN order_reviews x ON x.review_id = r.id JOIN orders o ON o.id = x.order_id WHERE r.external_id = '1258a603cc9e4897f7955ab218c83b8c' ORDER BY 1")
      .pluck()
      .all();
    expect(orders).toEqual(['3d0acef161147c90c2fd5e7cd8e199e1', '4a4c3e1ff92b16c0ecf770b504693a88']);
  });

  test('review text keeps its embedded newlines', () => {
    const m = db.prepare("SELECT message FROM reviews WHERE external_id = 'e233e51d11511bf30e568c76360ace52'").pluck().get() as string;
    expect(m.startsWith('recebi somente 1 controle Midea Split ESTILO.\nFaltou Controle Remoto')).toBe(true);
  });

  test('an order whose payments exceed items + freight keeps the difference visible', () => {
    // items 207.00 + freight, payments 233.97: difference BRL 26.97
    const o = db.prepare("SELECT id, total_minor FROM orders WHERE external_id = 'a52e6fa2d7c6ecaf73ff5f7f10438339'").get() as { id: number; total_minor: number };
    const paid = db.prepare('SELECT SUM(amount_minor) FROM payments WHERE order_id = ?').pluck().get(o.id) as number;
    expect([o.total_minor, paid, paid - o.total_minor]).toEqual([20700, 23397, 2697]);
  });

  test('lines carry their own lifecycle and the order total is items plus freight', () => {
    const o = db.prepare("SELECT id, goods_minor, shipping_minor, total_minor, placed_at, placed_on, delivered_on_time, promised_delivery_date FROM orders WHERE external_id = 'e06ff711ddcab05c3651a9b1bb003950'").get() as Record<string, unknown>;
    // three units at 44.35 + 17.09 freight each; placed 2017-03-02 11:53:33 in Sao Paulo (UTC-3)
    expect(o).toMatchObject({ goods_minor: 13305, shipping_minor: 5127, total_minor: 18432, placed_at: '2017-03-02T14:53:33Z', placed_on: '2017-03-02', delivered_on_time: 1, promised_delivery_date: '2017-03-23' });
    const lines = db.prepare('SELECT line_no, state, unit_price_minor, shipping_minor, delivered_at FROM order_lines WHERE order_id = ? ORDER BY line_no').all(o.id);
    expect(lines).toEqual([1, 2, 3].map((n) => ({ line_no: n, state: 'delivered', unit_price_minor: 4435, shipping_minor: 1709, delivered_at: '2017-03-14T18:47:49Z' })));
    const pays = db.prepare('SELECT sequence, method, installments, amount_minor FROM payments WHERE order_id = ? ORDER BY sequence').all(o.id);
    expect(pays).toEqual([
      { sequence: 1, method: 'credit_card', installments: 12, amount_minor: 13828 },
      { sequence: 2, method: 'voucher', installments: 1, amount_minor: 4604 },
    ]);
  });

  test('a changed source row updates only that row and audits the change', () => {
    const dir = tempDir();
    for (const f of filesIn(olistSample)) fs.copyFileSync(f.path, path.join(dir, f.name));
    const payments = path.join(dir, 'olist_order_payments_dataset.csv');
    const text = fs.readFileSync(payments, 'utf8');
    // voucher 46.04 of order e06ff711... becomes 50.00
    const changed = text.replace('e06ff711ddcab05c3651a9b1bb003950,2,voucher,1,46.04', 'e06ff711ddcab05c3651a9b1bb003950,2,voucher,1,50.00');
    expect(changed).not.toBe(text);
    fs.writeFileSync(payments, changed);
    const r = importOlist(db, dir, frozenClock('2026-12-03T08:00:00Z'));
    expect(r.written.payments).toEqual({ inserted: 0, updated: 1, unchanged: 15732, removed: 0 });
    expect(r.written.orders).toEqual({ inserted: 0, updated: 0, unchanged: 15000, removed: 0 });
    const id = db.prepare("SELECT id FROM orders WHERE external_id = 'e06ff711ddcab05c3651a9b1bb003950'").pluck().get();
    const events = db.prepare("SELECT action, details FROM audit_events WHERE entity = 'order' AND entity_id = ? ORDER BY id").all(id) as { action: string; details: string }[];
    expect(events.map((e) => e.action)).toEqual(['order.imported', 'order.updated']);
    expect(JSON.parse(events[1].details)).toEqual({ changes: ['payment 2: amount 46.04 → 50.00'] });
    expect(workspaceStatus(db).paymentTotals).toEqual({ BRL: 239790456 - 4604 + 5000 });
    expect(verifyAuditChain(db).ok).toBe(true);
  });

  test('an item removed from the export: the order keeps exactly the items it has now', () => {
    const dir = tempDir();
    for (const f of filesIn(olistSample)) fs.copyFileSync(f.path, path.join(dir, f.name));
    const items = path.join(dir, 'olist_order_items_dataset.csv');
    const lines = fs.readFileSync(items, 'utf8').split('\n');
    const order = '005059edee63c8c708ba61910793b31b';
    // two identical items at 92.00 + 17.89 freight; the second goes
    expect(lines.filter((l) => l.startsWith(order)).map((l) => l.split(',').slice(1, 2).concat(l.split(',').slice(5)))).toEqual([
      ['1', '92.00', '17.89'],
      ['2', '92.00', '17.89'],
    ]);
    const product = lines.find((l) => l.startsWith(`${order},2,`))!.split(',')[2];
    fs.writeFileSync(items, lines.filter((l) => !l.startsWith(`${order},2,`)).join('\n'));
    const r = importOlist(db, dir, frozenClock('2026-12-04T08:00:00Z'));
    expect(r.written.orderLines).toEqual({ inserted: 0, updated: 0, unchanged: 17070, removed: 1 });
    const o = db.prepare('SELECT id, goods_minor AS goods, shipping_minor AS shipping, total_minor AS total FROM orders WHERE external_id = ?').get(order) as Record<string, number>;
    expect(o).toMatchObject({ goods: 9200, shipping: 1789, total: 10989 });
    expect(db.prepare('SELECT line_no, total_minor FROM order_lines WHERE order_id = ?').raw().all(o.id)).toEqual([[1, 10989]]);
    expect(workspaceStatus(db)).toMatchObject({ orders: 15000, orderLines: 17070 });
    const last = db.prepare("SELECT details FROM audit_events WHERE entity = 'order' AND entity_id = ? ORDER BY id DESC LIMIT 1").pluck().get(o.id) as string;
    expect(JSON.parse(last).changes).toEqual(['order: goods 184.00 → 92.00; shipping 35.78 → 17.89; total 219.78 → 109.89', `line 2 (${product}, 1 × 92.00) removed: not in this export`]);
  });
});
