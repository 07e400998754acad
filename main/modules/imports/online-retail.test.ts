import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { frozenClock, onlineRetailCsv, tempDb, tempDir } from '../../testing/fixtures';
import { BadInputError, type InputProblem } from '../../contract/errors';
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

  test('a header with two UnitPrice columns', () => {
    const dir = tempDir();
    const file = path.join(dir, 'retail.csv');
    fs.writeFileSync(file, `${HEADER},UnitPrice\n536365,85123A,WHITE HANGING HEART T-LIGHT HOLDER,6,2010-12-01 08:26:00,2.55,17850,United Kingdom,25.50\n`);
    expect(problems([{ path: file, name: 'retail.csv' }])).toEqual([{ file: 'retail.csv', line: 1, field: 'UnitPrice', message: 'appears twice in the header (columns 6 and 9)' }]);
  });
});
