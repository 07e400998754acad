import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { frozenClock, onlineRetailCsv, tempDb, tempDir } from '../../testing/fixtures';
import Database from 'better-sqlite3';
import { BadInputError, type InputProblem } from '../../contract/errors';
import { migrate } from '../../db/migrate';
import { migrations } from '../../db/migrations';
import { parseOnlineRetail } from './online-retail';
import { writeImportSet } from './write';
import { workspaceStatus } from '../../workspace/status';
import { listCustomers } from '../customers/customers.queries';
import { listProducts } from '../catalog/catalog.queries';
import type { DB } from '../../db/connection';
import type { ImportSet } from './import-set';

describe('UCI Online Retail import (Dec 2010 - Feb 2011, 105,335 rows)', () => {
  let db: DB;
  let set: ImportSet;
  beforeAll(() => {
    db = tempDb().db;
    set = parseOnlineRetail([{ path: onlineRetailCsv, name: 'online_retail.csv' }]);
    writeImportSet({ db, clock: frozenClock(), actor: 'test', jobId: null }, set);
  });

  test('an invoice is an order; goods total GBP 2,038,742.59; 704 guest orders; 1,749 customers', () => {
    const s = workspaceStatus(db);
    expect(s).toMatchObject({ orders: 4089, orderLines: 103431, refunds: 805, customers: 1749, payments: 0, paymentTotals: {} });
    expect(db.prepare('SELECT SUM(total_minor) FROM orders').pluck().get()).toBe(203874259);
    expect(db.prepare('SELECT COUNT(*) FROM orders WHERE is_guest = 1 AND customer_id IS NULL').pluck().get()).toBe(704);
  });

  test('"C" invoices are 805 credit notes of GBP -231,722.66, linked where customer, stock code and price identify the line', () => {
    expect(db.prepare('SELECT -SUM(amount_minor) FROM refunds').pluck().get()).toBe(-23172266);
    expect(db.prepare('SELECT SUM(amount_minor) FROM refund_lines').pluck().get()).toBe(23172266);
    expect(set.totals).toMatchObject({ creditRowsLinked: 1068, creditRowsPartlyLinked: 9, creditRowsUnlinked: 827 });
    // C536379: customer 14527 returns 1 x "D" (a discount line): nothing to link
    const d = db.prepare("SELECT rl.order_line_id, rl.sku, rl.amount_minor FROM refund_lines rl JOIN refunds r ON r.id = rl.refund_id WHERE r.external_id = 'C536379'").all();
    expect(d).toEqual([{ order_line_id: null, sku: 'D', amount_minor: 2750 }]);
    // C536506: customer 17897 returns 6 x 22960 at 4.25 of the 8 bought on invoice 536488 that day
    const linked = db
      .prepare(
        `SELECT o.external_id AS invoice, l.sku, l.quantity, rl.quantity AS returned, lr.state FROM refund_lines rl JOIN refunds r ON r.id = rl.refund_id
           JOIN order_lines l ON l.id = rl.order_line_id JOIN order_line_returns lr ON lr.order_line_id = l.id JOIN orders o ON o.id = l.order_id
          WHERE r.external_id = 'C536506' AND rl.sku = '22960'`,
      )
      .all();
    expect(linked).toEqual([{ invoice: '536488', sku: '22960', quantity: 8, returned: 6, state: 'approved' }]);
    // a line all of whose units came back is "returned"; partly returned lines keep their state
    expect(db.prepare("SELECT COUNT(*) FROM order_line_returns WHERE state = 'returned'").pluck().get()).toBe(378);
    expect(db.prepare("SELECT COUNT(*) FROM order_lines WHERE state = 'returned'").pluck().get()).toBe(0);
  });

  test('a credit note never returns more units than were bought', () => {
    const over = db
      .prepare(
        `SELECT l.id FROM order_lines l JOIN refund_lines rl ON rl.order_line_id = l.id GROUP BY l.id HAVING SUM(rl.quantity) > l.quantity`,
      )
      .all();
    expect(over).toEqual([]);
  });

  test('negative quantities in ordinary invoices are 214 stock adjustments; 326 more zero-price rows are free items', () => {
    expect(db.prepare("SELECT COUNT(*), SUM(total_minor), COUNT(DISTINCT order_id) FROM order_lines WHERE kind = 'stock_adjustment'").raw().get()).toEqual([214, 0, 214]);
    expect(db.prepare("SELECT COUNT(*) FROM orders WHERE status = 'stock_adjustment' AND customer_id IS NULL").pluck().get()).toBe(214);
    expect(db.prepare("SELECT COUNT(*), SUM(total_minor) FROM order_lines WHERE kind = 'free_item'").raw().get()).toEqual([326, 0]);
    expect(set.notes.join(' ')).toMatch(/214 rows with a negative quantity inside ordinary invoices are stock adjustments/);
  });

  test('what a customer spent and a product sold are net of credit notes', () => {
    // customer 14527: invoices GBP 2,132.14, credit notes GBP 190.58
    const c = listCustomers(db, { page: 1, pageSize: 5, search: '14527', sort: 'orders', dir: 'desc' }).rows[0];
    expect([c.externalId, c.spentMinor]).toEqual(['14527', 194156]);
    // 23166: the 74,215 storage jars bought on 541431 all came back on C541433 the same morning
    const p = listProducts(db, { page: 1, pageSize: 5, search: '23166', sort: 'units', dir: 'desc' }).rows[0];
    expect([p.externalId, p.units, p.revenueMinor]).toEqual(['23166', 0, 0]);
  });

  test('re-importing writes nothing', () => {
    const again = writeImportSet({ db, clock: frozenClock('2026-12-05T00:00:00Z'), actor: 'test', jobId: null }, parseOnlineRetail([{ path: onlineRetailCsv, name: 'online_retail.csv' }]));
    for (const t of Object.values(again)) expect([t.inserted, t.updated]).toEqual([0, 0]);
    expect(workspaceStatus(db)).toMatchObject({ orders: 4089, orderLines: 103431, refunds: 805, customers: 1749 });
  });
  test('an older export imported after a newer one does not undo its returns', () => {
    const full = onlineRetailCsv.replace('online_retail_2010-12_to_2011-02_all_rows.csv', 'online_retail_full_period_customers_id_mod10_eq0.csv');
    const w = (file: string, name: string) => writeImportSet({ db, clock: frozenClock('2026-12-06T00:00:00Z'), actor: 'test', jobId: null }, parseOnlineRetail([{ path: file, name }]));
    w(full, 'full_period.csv');
    const returns = () => db.prepare("SELECT COUNT(*), COALESCE(SUM(returned_quantity), 0) FROM order_line_returns WHERE returned_quantity > 0").raw().get();
    const afterNewer = returns();
    const older = w(onlineRetailCsv, 'online_retail.csv');
    expect(older.orderLines.updated).toBe(0);
    expect(returns()).toEqual(afterNewer);
  });

});

const HEADER = 'InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country';
/** A small Online Retail file: the header and the given rows. */
function retailFile(rows: string[], name = 'retail.csv') {
  const dir = tempDir();
  fs.writeFileSync(path.join(dir, name), [HEADER, ...rows, ''].join('\n'));
  return [{ path: path.join(dir, name), name }];
}
function problems(files: { path: string; name: string }[]): InputProblem[] {
  try {
    parseOnlineRetail(files);
  } catch (e) {
    if (e instanceof BadInputError) return e.problems;
    throw e;
  }
  throw new Error('the file was not refused');
}

describe('Online Retail rows that are refused', () => {
  test('an InvoiceDate without its time of day', () => {
    const files = retailFile([
      '536365,85123A,WHITE HANGING HEART T-LIGHT HOLDER,6,2010-12-01 08:26:00,2.55,17850,United Kingdom',
      '536365,71053,WHITE METAL LANTERN,6,2010-12-01,3.39,17850,United Kingdom',
    ]);
    expect(problems(files)).toEqual([{ file: 'retail.csv', line: 3, field: 'InvoiceDate', message: '"2010-12-01" is not a date and time (expected YYYY-MM-DD HH:MM:SS)' }]);
  });

  test('a negative quantity at a price inside an ordinary invoice, and a lowercase credit note number', () => {
    const files = retailFile([
      '536365,85123A,WHITE HANGING HEART T-LIGHT HOLDER,6,2010-12-01 08:26:00,2.55,17850,United Kingdom',
      '536998,85123A,WHITE HANGING HEART T-LIGHT HOLDER,-6,2010-12-01 09:00:00,2.55,17850,United Kingdom',
      'c536999,85123A,WHITE HANGING HEART T-LIGHT HOLDER,-6,2010-12-01 09:05:00,2.55,17850,United Kingdom',
      // a write-off at price 0 is a stock adjustment, as before
      '536997,22028,damages,-20,2010-12-01 09:10:00,0,,United Kingdom',
    ]);
    expect(problems(files)).toEqual([
      {
        file: 'retail.csv',
        line: 3,
        field: 'Quantity',
        message: 'is negative (-6) at a unit price of 2.55 on ordinary invoice 536998: units going back at a price belong on a credit note ("C536998"); only rows at price 0 are stock adjustments',
      },
      { file: 'retail.csv', line: 4, field: 'InvoiceNo', message: '"c536999" is not an invoice number (digits, or "C" and digits for a credit note)' },
    ]);
    const ok = parseOnlineRetail(retailFile(['536997,22028,damages,-20,2010-12-01 09:10:00,0,,United Kingdom', '536365,85123A,WHITE HANGING HEART T-LIGHT HOLDER,6,2010-12-01 08:26:00,2.55,17850,United Kingdom']));
    expect(ok.orders.map((o) => [o.externalId, o.status, o.lines[0].kind, o.lines[0].totalMinor])).toEqual([
      ['536997', 'stock_adjustment', 'stock_adjustment', 0],
      ['536365', 'invoiced', 'goods', 1530],
    ]);
    expect(ok.notes[2]).toBe(
      '1 rows with a negative quantity inside ordinary invoices are stock adjustments, not sales or returns: all at price 0, none with a customer ("damages" 1). They are kept as zero-value lines of kind "stock_adjustment"; the 1 invoices made only of them are orders with status "stock_adjustment". A negative quantity at a price above 0 would be money going back, which only a credit note carries: such rows are refused.',
    );
  });

  test('an amount too large to hold exactly: the row, not an internal error', () => {
    const files = retailFile(['536365,85123A,WHITE HANGING HEART T-LIGHT HOLDER,900000000000000,2010-12-01 08:26:00,7.95,17850,United Kingdom']);
    expect(problems(files)).toEqual([
      { file: 'retail.csv', line: 2, field: 'Quantity', message: '900000000000000 × 7.95 is 7155000000000000.00 GBP, more than an amount can hold exactly (90071992547409.91)' },
    ]);
    // each row fits (600,000,000,000 x 75.00 = 45,000,000,000,000.00), two do, a third's sum does not
    const rows = [1, 2, 3].map((k) => `536366,2206${k},BIG ORDER,600000000000,2010-12-01 08:28:00,75.00,17850,United Kingdom`);
    expect(problems(retailFile(rows))).toEqual([
      { file: 'retail.csv', line: 4, field: 'Quantity', message: "invoice 536366's total: the sum reaches 135000000000000.00 GBP, more than an amount can hold exactly (90071992547409.91)" },
    ]);
    // so does the file's, over invoices that each fit
    const spread = [1, 2, 3].map((k) => `53637${k},22061,BIG ORDER,600000000000,2010-12-01 08:28:00,75.00,17850,United Kingdom`);
    expect(problems(retailFile(spread))).toEqual([
      { file: 'retail.csv', line: 4, field: 'Quantity', message: "the file's invoices: the sum reaches 135000000000000.00 GBP, more than an amount can hold exactly (90071992547409.91)" },
    ]);
  });

  test('a CustomerID that is not a number is one problem, not two', () => {
    const files = retailFile([
      '536367,84879,ASSORTED COLOUR BIRD ORNAMENT,32,2010-12-01 08:34:00,1.69,13047,United Kingdom',
      '536367,22745,POPPY\'S PLAYHOUSE BEDROOM,6,2010-12-01 08:34:00,2.10,13O47,United Kingdom',
      '536367,22748,POPPY\'S PLAYHOUSE KITCHEN,6,2010-12-01 08:34:00,2.10,13047,United Kingdom',
    ]);
    expect(problems(files)).toEqual([{ file: 'retail.csv', line: 3, field: 'CustomerID', message: '"13O47" is not a customer number' }]);
  });

  test('a header with two UnitPrice columns', () => {
    const dir = tempDir();
    const file = path.join(dir, 'retail.csv');
    fs.writeFileSync(file, `${HEADER},UnitPrice\n536365,85123A,WHITE HANGING HEART T-LIGHT HOLDER,6,2010-12-01 08:26:00,2.55,17850,United Kingdom,25.50\n`);
    expect(problems([{ path: file, name: 'retail.csv' }])).toEqual([{ file: 'retail.csv', line: 1, field: 'UnitPrice', message: 'appears twice in the header (columns 6 and 9)' }]);
  });
});

describe('re-importing a changed export: an invoice is described by its rows as they are now', () => {
  const all = fs.readFileSync(onlineRetailCsv, 'utf8').split('\n');
  // the first 12,500 lines: December 2010 up to 537377 (line 12428) and its credit note C537379 (line 12457)
  const head = all.slice(0, 12500);
  const write = (lines: string[], name: string) => {
    const p = path.join(tempDir(), name);
    fs.writeFileSync(p, lines.join('\n') + '\n');
    return { path: p, name };
  };
  const importInto = (db: DB, file: { path: string; name: string }) => writeImportSet({ db, clock: frozenClock(), actor: 'test', jobId: null }, parseOnlineRetail([file]));
  const invoice = (db: DB, no: string) => {
    const o = db.prepare('SELECT id, total_minor AS total, goods_minor AS goods FROM orders WHERE external_id = ?').get(no) as { id: number; total: number; goods: number };
    const lines = db.prepare('SELECT COUNT(*) AS n, SUM(total_minor) AS sum FROM order_lines WHERE order_id = ?').get(o.id) as { n: number; sum: number };
    return { ...o, ...lines };
  };
  const ordersOutOfStep = (db: DB) =>
    db.prepare('SELECT COUNT(*) FROM orders o WHERE o.goods_minor != (SELECT COALESCE(SUM(total_minor), 0) FROM order_lines l WHERE l.order_id = o.id)').pluck().get();

  test('a row removed: that line goes, the others are untouched, and every order adds up', () => {
    const { db } = tempDb();
    importInto(db, write(head, 'retail.csv'));
    // 536365 has 7 rows worth 139.12; without its first (6 x 85123A at 2.55 = 15.30) 6 worth 123.82
    expect(invoice(db, '536365')).toMatchObject({ total: 13912, n: 7, sum: 13912 });
    const again = importInto(db, write(head.filter((_, i) => i !== 1), 'minus1.csv'));
    const invoiceRows = head.slice(1).filter((l) => l !== '' && !l.startsWith('C')).length;
    expect(again.orderLines).toEqual({ inserted: 0, updated: 0, unchanged: invoiceRows - 1, removed: 1 });
    expect(invoice(db, '536365')).toMatchObject({ total: 12382, goods: 12382, n: 6, sum: 12382 });
    expect(ordersOutOfStep(db)).toBe(0);
    // the order's history names the line that went
    const events = db.prepare("SELECT details FROM audit_events WHERE entity = 'order' AND entity_id = ? AND action = 'order.updated'").pluck().all(invoice(db, '536365').id) as string[];
    expect(events.map((e) => JSON.parse(e))).toEqual([{ changes: ['order: goods 139.12 → 123.82; total 139.12 → 123.82', 'line 1 (85123A, 6 × 2.55) removed: not in this export'] }]);
  });

  test('rows of an invoice in another order change no line', () => {
    const { db } = tempDb();
    importInto(db, write(head, 'retail.csv'));
    const swapped = [...head];
    [swapped[1], swapped[2]] = [swapped[2], swapped[1]];
    const again = importInto(db, write(swapped, 'swapped.csv'));
    expect([again.orderLines.inserted, again.orderLines.updated, again.orderLines.removed]).toEqual([0, 0, 0]);
    expect(db.prepare("SELECT COUNT(*) FROM audit_events WHERE action != 'order.imported'").pluck().get()).toBe(1); // the first import only
    // the lines show in the file's new order
    const o = invoice(db, '536365').id;
    expect(db.prepare('SELECT sku FROM order_lines WHERE order_id = ? ORDER BY line_no LIMIT 2').pluck().all(o)).toEqual(['71053', '85123A']);
  });

  test("a credit note re-imported replaces its refund lines, and never returns more units than were bought", () => {
    const { db } = tempDb();
    importInto(db, write(head, 'retail.csv'));
    const refund = () =>
      db
        .prepare(
          `SELECT r.amount_minor AS amount, COUNT(rl.id) AS lines, SUM(rl.amount_minor) AS linesSum,
                  SUM(CASE WHEN rl.order_line_id IS NOT NULL THEN rl.quantity END) AS linked
             FROM refunds r JOIN refund_lines rl ON rl.refund_id = r.id WHERE r.external_id = 'C537379'`,
        )
        .get();
    const line = () =>
      db
        .prepare(
          `SELECT l.quantity, lr.returned_quantity AS returned FROM order_lines l JOIN order_line_returns lr ON lr.order_line_id = l.id
             JOIN orders o ON o.id = l.order_id WHERE o.external_id = '537377' AND l.sku = '22865'`,
        )
        .get();
    // C537379 returns the 10 hand warmers at 2.10 that customer 15882 bought on 537377 eleven minutes earlier
    expect([refund(), line()]).toEqual([{ amount: 2100, lines: 1, linesSum: 2100, linked: 10 }, { quantity: 10, returned: 10 }]);
    // the export now says 537377 had 4: 4 of the credit note's 10 are linked, 6 are an unlinked return
    const reduced = head.map((l) => (l.startsWith('537377,22865,') ? l.replace(',10,', ',4,') : l));
    const again = importInto(db, write(reduced, 'reduced.csv'));
    // the linked part keeps its identity (the credit note's row, the line it returns) with 4 units; the rest is new
    expect(again.refundLines).toEqual({ inserted: 1, updated: 1, unchanged: 126, removed: 0 });
    expect([refund(), line()]).toEqual([{ amount: 2100, lines: 2, linesSum: 2100, linked: 4 }, { quantity: 4, returned: 4 }]);
    // and back: the unlinked part goes
    const back = importInto(db, write(head, 'retail.csv'));
    expect(back.refundLines).toEqual({ inserted: 0, updated: 1, unchanged: 126, removed: 1 });
    expect([refund(), line()]).toEqual([{ amount: 2100, lines: 1, linesSum: 2100, linked: 10 }, { quantity: 10, returned: 10 }]);
    expect(db.prepare('SELECT COUNT(*) FROM order_line_returns lr JOIN order_lines l ON l.id = lr.order_line_id WHERE lr.returned_quantity > MAX(l.quantity, 0)').pluck().get()).toBe(0);
  });

  test('a partial export keeps the orders it does not have; a line it drops keeps its recorded return, unlinked', () => {
    const { db } = tempDb();
    importInto(db, write(head, 'retail.csv'));
    const orders = db.prepare('SELECT COUNT(*) FROM orders').pluck().get();
    // only invoice 537377, without its hand warmers; its credit note C537379 is not in this file
    const only = [head[0], ...head.filter((l) => l.startsWith('537377,') && !l.startsWith('537377,22865,'))];
    const report = parseOnlineRetail([write(only, '537377.csv')]);
    const w = writeImportSet({ db, clock: frozenClock(), actor: 'test', jobId: null }, report);
    expect(w.orderLines.removed).toBe(1);
    expect(db.prepare('SELECT COUNT(*) FROM orders').pluck().get()).toBe(orders);
    // the refund is as it was: 10 x 2.10 back to the customer, now a return no line identifies
    expect(db.prepare("SELECT rl.quantity, rl.amount_minor, rl.order_line_id FROM refund_lines rl JOIN refunds r ON r.id = rl.refund_id WHERE r.external_id = 'C537379'").all()).toEqual([
      { quantity: 10, amount_minor: 2100, order_line_id: null },
    ]);
    expect(report.notes.at(-1)).toBe('1 recorded return named order lines this export no longer has; the refunds keep them as returns not linked to a line.');
    const o = invoice(db, '537377');
    expect(o.goods).toBe(o.sum);
    const details = db.prepare("SELECT details FROM audit_events WHERE entity = 'order' AND entity_id = ? AND action = 'order.updated'").pluck().get(o.id) as string;
    expect(JSON.parse(details).changes).toContain('its returns on C537379 kept, unlinked');
  });

  test('a partial export that gives a line fewer units than recorded refunds return is refused, and nothing is written', () => {
    const { db } = tempDb();
    importInto(db, write(head, 'retail.csv'));
    const before = workspaceStatus(db);
    const audit = db.prepare('SELECT COUNT(*) FROM audit_events').pluck().get();
    const only = [head[0], ...head.filter((l) => l.startsWith('537377,')).map((l) => (l.startsWith('537377,22865,') ? l.replace(',10,', ',4,') : l))];
    const file = write(only, '537377.csv');
    const row = only.findIndex((l) => l.startsWith('537377,22865,')) + 1;
    let problems: InputProblem[] = [];
    try {
      importInto(db, file);
    } catch (e) {
      problems = (e as BadInputError).problems;
    }
    expect(problems).toEqual([
      {
        file: '537377.csv',
        line: row,
        field: 'Quantity',
        message:
          "order 537377's line 22865 has 4 units, but refunds return 10 of it (C537379): never more units are returned than bought. A refund already recorded is not undone by an import; import the export that has the refunds as they are now together with this one",
      },
    ]);
    expect(workspaceStatus(db)).toEqual(before);
    expect(db.prepare('SELECT COUNT(*) FROM audit_events').pluck().get()).toBe(audit);
  });
});

describe('a workspace written when lines were numbered by row', () => {
  test('migration 2 gives its lines their content identity: the first re-import after it changes nothing', () => {
    // December 2010 up to C538314 (line 24,137), whose row 1 returns units of two purchases
    const head = fs.readFileSync(onlineRetailCsv, 'utf8').split('\n').slice(0, 24600);
    const file = path.join(tempDir(), 'retail.csv');
    fs.writeFileSync(file, head.join('\n') + '\n');
    // what the earlier importer wrote: "536365-1" for an invoice's first row, "C536506-3" for a credit
    // note's third row, "C536506-3.2" for the second purchase that row returns
    const set = parseOnlineRetail([{ path: file, name: 'retail.csv' }]);
    const byRowKey = new Map<string, string>();
    for (const o of set.orders) for (const l of o.lines) byRowKey.set(l.externalId, (l.externalId = `${o.externalId}-${l.lineNo}`));
    for (const r of set.refunds) {
      const rows = [...new Set(r.lines.map((l) => l.externalId.split('>')[0]))];
      const parts = new Map<string, number>();
      for (const l of r.lines) {
        const row = l.externalId.split('>')[0];
        parts.set(row, (parts.get(row) ?? 0) + 1);
      }
      const seen = new Map<string, number>();
      for (const l of r.lines) {
        const row = l.externalId.split('>')[0];
        const k = rows.indexOf(row) + 1;
        const j = (seen.get(row) ?? 0) + 1;
        seen.set(row, j);
        l.externalId = parts.get(row) === 1 ? `${r.externalId}-${k}` : `${r.externalId}-${k}.${j}`;
        if (l.orderLineExternalId !== null) l.orderLineExternalId = byRowKey.get(l.orderLineExternalId)!;
      }
    }
    const dbFile = path.join(tempDir(), 'w.sqlite');
    const db = new Database(dbFile);
    migrate(db, { file: dbFile }, migrations.slice(0, 1));
    writeImportSet({ db, clock: frozenClock(), actor: 'test', jobId: null }, set);
    expect(db.prepare("SELECT external_id FROM refund_lines WHERE external_id LIKE 'C538314-%' ORDER BY id").pluck().all()).toEqual(['C538314-1.1', 'C538314-1.2']);
    const returnsBefore = db.prepare('SELECT SUM(returned_quantity) FROM order_line_returns').pluck().get();
    migrate(db, { file: dbFile, backupDir: tempDir() });
    expect(db.prepare("SELECT external_id FROM order_lines WHERE external_id LIKE '536365|%' ORDER BY line_no LIMIT 2").pluck().all()).toEqual([
      '536365|85123A|2.55|1',
      '536365|71053|3.39|1',
    ]);
    const again = writeImportSet({ db, clock: frozenClock(), actor: 'test', jobId: null }, parseOnlineRetail([{ path: file, name: 'retail.csv' }]));
    for (const k of ['orderLines', 'refundLines', 'orders', 'refunds'] as const) expect([k, again[k].inserted, again[k].updated, again[k].removed]).toEqual([k, 0, 0, 0]);
    expect(db.prepare('SELECT SUM(returned_quantity) FROM order_line_returns').pluck().get()).toBe(returnsBefore);
    db.close();
  });
});
