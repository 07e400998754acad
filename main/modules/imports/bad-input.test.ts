// Malformed files are rejected with file, line and field named, and nothing is written: the
// workspace keeps exactly what it had before.
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { filesIn, frozenClock, onlineRetailCsv, repoRoot, sharedData, tempDb, tempDir, testJob } from '../../testing/fixtures';
import { runImportJob, type ImportParams } from './import-job';
import { workspaceStatus } from '../../workspace/status';
import { BadInputError, type InputProblem } from '../../contract/errors';
import type { DB } from '../../db/connection';

const sample = path.join(repoRoot, 'resources/sample/olist');

function run(db: DB, params: ImportParams) {
  return runImportJob({ db, clock: frozenClock(), actor: 'test', job: testJob() }, params);
}

/** A copy of the sample folder with one file rewritten. */
function olistWith(file: string, edit: (text: string) => string): ImportParams {
  const dir = tempDir();
  for (const f of filesIn(sample)) fs.copyFileSync(f.path, path.join(dir, f.name));
  const p = path.join(dir, file);
  const before = fs.readFileSync(p, 'utf8');
  const after = edit(before);
  expect(after).not.toBe(before);
  fs.writeFileSync(p, after);
  return { kind: 'olist', files: filesIn(dir) };
}

function problemsOf(fn: () => unknown): InputProblem[] {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(BadInputError);
    return (e as BadInputError).problems;
  }
  throw new Error('expected the import to be rejected');
}

/** The physical line of the first line containing `needle`. */
function lineOf(params: ImportParams, file: string, needle: string): number {
  const text = fs.readFileSync(params.files.find((f) => f.name === file)!.path, 'utf8');
  return text.split('\n').findIndex((l) => l.includes(needle)) + 1;
}

describe('bad input is rejected whole, naming file, line and field', () => {
  let db: DB;
  let before: ReturnType<typeof workspaceStatus>;
  let auditBefore: unknown;
  beforeAll(() => {
    db = tempDb().db;
    run(db, { kind: 'olist', files: filesIn(sample) });
    before = workspaceStatus(db);
    auditBefore = db.prepare('SELECT COUNT(*) FROM audit_events').pluck().get();
    expect(before.orders).toBe(1500);
  });
  const unchanged = () => {
    expect(workspaceStatus(db)).toEqual(before);
    expect(db.prepare('SELECT COUNT(*) FROM audit_events').pluck().get()).toBe(auditBefore);
  };

  test('non-numeric money', () => {
    const items = 'olist_order_items_dataset.csv';
    let target = '';
    const params = olistWith(items, (t) => {
      const lines = t.split('\n');
      target = lines[10];
      const cells = lines[10].split(',');
      cells[5] = '12,3x'.replace(',', ';');
      lines[10] = cells.join(',');
      return lines.join('\n');
    });
    const problems = problemsOf(() => run(db, params));
    expect(problems[0]).toEqual({ file: items, line: 11, field: 'price', message: '"12;3x" is not a decimal amount' });
    expect(target).not.toBe('');
    unchanged();
  });

  test('broken CSV quoting', () => {
    const reviews = 'olist_order_reviews_dataset.csv';
    const params = olistWith(reviews, (t) => t.replace('Eu comprei duas unidades', '"Eu comprei "duas" unidades'));
    const problems = problemsOf(() => run(db, params));
    expect(problems[0].file).toBe(reviews);
    expect(problems[0].line).toBe(lineOf(params, reviews, 'Eu comprei "duas" unidades'));
    expect(problems[0].message).toMatch(/broken CSV quoting/);
    unchanged();
  });

  test('a missing column', () => {
    const payments = 'olist_order_payments_dataset.csv';
    const params = olistWith(payments, (t) =>
      t
        .split('\n')
        .map((l) => l.split(',').slice(0, 4).join(','))
        .join('\n'),
    );
    expect(problemsOf(() => run(db, params))).toEqual([{ file: payments, line: 1, field: 'payment_value', message: 'required column is missing' }]);
    unchanged();
  });

  test('a renamed column', () => {
    const payments = 'olist_order_payments_dataset.csv';
    const params = olistWith(payments, (t) => t.replace('payment_value', 'payment_amount'));
    expect(problemsOf(() => run(db, params))).toEqual([
      { file: payments, line: 1, field: 'payment_value', message: 'required column is missing (the header has "payment_amount" instead; was it renamed?)' },
    ]);
    unchanged();
  });

  test('a row with a field too many', () => {
    const orders = 'olist_orders_dataset.csv';
    const params = olistWith(orders, (t) => {
      const lines = t.split('\n');
      lines[99] += ',extra';
      return lines.join('\n');
    });
    expect(problemsOf(() => run(db, params))[0]).toEqual({ file: orders, line: 100, message: 'has 9 fields, the header has 8' });
    unchanged();
  });

  test('a date that is not a date, and a review score out of range, reported together', () => {
    const reviews = 'olist_order_reviews_dataset.csv';
    const params = olistWith(reviews, (t) => {
      const lines = t.split('\n');
      lines[1] = lines[1].replace(',5,', ',7,').replace('2018-07-14 00:00:00', '2018-14-07 00:00:00');
      return lines.join('\n');
    });
    const problems = problemsOf(() => run(db, params));
    expect(problems).toContainEqual({ file: reviews, line: 2, field: 'review_score', message: '7 is above 5' });
    expect(problems).toContainEqual({ file: reviews, line: 2, field: 'review_creation_date', message: '"2018-14-07 00:00:00" is not a date and time (expected YYYY-MM-DD HH:MM:SS)' });
    unchanged();
  });

  test('a review id repeated with different content: two reviews under one id are refused, not the first kept', () => {
    const reviews = 'olist_order_reviews_dataset.csv';
    const params = olistWith(reviews, (t) => {
      const lines = t.split('\n');
      // review 1a74d765... (score 5, on line 2) repeated for the order of line 3 with score 1
      const other = lines[2].split(',')[1];
      const copy = lines[1].split(',');
      copy[1] = other;
      copy[2] = '1';
      lines.splice(lines.length - 1, 0, copy.join(','));
      return lines.join('\n');
    });
    const total = fs.readFileSync(params.files.find((f) => f.name === reviews)!.path, 'utf8').trimEnd().split('\n').length;
    expect(problemsOf(() => run(db, params))).toEqual([
      {
        file: reviews,
        line: total,
        field: 'review_score',
        message: 'review 1a74d76543e1b419b48daebee364c281 is also on line 2 (order 14861b02076ed7da9471988265a0104b) with a different score: one review id, two reviews; which one is right cannot be told',
      },
    ]);
    unchanged();
  });

  test('an amount too large to hold exactly names its row', () => {
    const items = 'olist_order_items_dataset.csv';
    // 90,071,992,547,409.91 is the largest amount held exactly; with its 17.87 freight the line passes it
    const params = olistWith(items, (t) => t.replace(',199.00,17.87', ',90071992547409.91,17.87'));
    expect(problemsOf(() => run(db, params))).toEqual([
      {
        file: items,
        line: 2,
        field: 'freight_value',
        message: 'item 1 of order 000229ec398224ef6ca0657da4fc703e: the sum reaches 90071992547427.78 BRL, more than an amount can hold exactly (90071992547409.91)',
      },
    ]);
    unchanged();
  });

  test('an item of an order that is not in the orders file', () => {
    const items = 'olist_order_items_dataset.csv';
    const params = olistWith(items, (t) => {
      const lines = t.split('\n');
      lines[5] = 'ffffffffffffffffffffffffffffffff' + lines[5].slice(32);
      return lines.join('\n');
    });
    expect(problemsOf(() => run(db, params))[0]).toEqual({ file: items, line: 6, field: 'order_id', message: '"ffffffffffffffffffffffffffffffff" is not in the orders file' });
    unchanged();
  });

  test('a folder missing one of the Olist files', () => {
    const params: ImportParams = { kind: 'olist', files: filesIn(sample).filter((f) => !f.name.includes('payments')) };
    expect(problemsOf(() => run(db, params))[0]).toEqual({ file: '(the Olist folder)', line: 0, message: 'lacks its payments file' });
    unchanged();
  });

  test('a core Olist file with a renamed column is named by its file, line and field', () => {
    const orders = 'olist_orders_dataset.csv';
    const params = olistWith(orders, (t) => t.replace('order_status', 'status'));
    expect(problemsOf(() => run(db, params))[0]).toEqual({
      file: orders,
      line: 1,
      field: 'order_status',
      message: 'required column is missing (the header has "status" instead; was it renamed?)',
    });
    unchanged();
  });

  test('an empty file, and a file with a header but no rows, say so', () => {
    const payments = 'olist_order_payments_dataset.csv';
    expect(problemsOf(() => run(db, olistWith(payments, () => '')))[0]).toEqual({ file: payments, line: 1, message: 'is empty: expected an Olist CSV with its header line' });
    expect(problemsOf(() => run(db, olistWith(payments, (t) => t.split('\n')[0] + '\n')))[0]).toEqual({
      file: payments,
      line: 2,
      message: 'has a header but no rows: an Olist export always has payments',
    });
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'retail.csv'), 'InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country\n');
    expect(problemsOf(() => run(db, { kind: 'online-retail', files: [{ path: path.join(dir, 'retail.csv'), name: 'retail.csv' }] }))[0].message).toBe('has a header but no rows: nothing to import');
    unchanged();
  });

  test('the full Olist download (with its geolocation table) imports; the extra table is skipped and said so', () => {
    const dir = tempDir();
    for (const f of filesIn(sample)) fs.copyFileSync(f.path, path.join(dir, f.name));
    fs.writeFileSync(path.join(dir, 'olist_geolocation_dataset.csv'), 'geolocation_zip_code_prefix,geolocation_lat,geolocation_lng,geolocation_city,geolocation_state\n01037,-23.54,-46.63,sao paulo,SP\n');
    const fresh = tempDb().db;
    const report = run(fresh, { kind: 'olist', files: filesIn(dir) });
    expect(report.notes[0]).toBe('Not imported (not used by this import): olist_geolocation_dataset.csv.');
    expect(workspaceStatus(fresh).orders).toBe(1500);
  });

  test('a file of another kind in the batch is refused by name, not skipped', () => {
    const dir = tempDir();
    for (const f of filesIn(sample)) fs.copyFileSync(f.path, path.join(dir, f.name));
    fs.copyFileSync(onlineRetailCsv, path.join(dir, 'retail.csv'));
    fs.writeFileSync(path.join(dir, 'order.json'), '{"order":{"id":1}}');
    const problems = problemsOf(() => run(db, { kind: 'olist', files: filesIn(dir) }));
    expect(problems).toEqual([
      { file: 'order.json', line: 0, message: 'is a Shopify file, and this is an Olist import: one import takes one kind; import it on its own' },
      { file: 'retail.csv', line: 0, message: 'is an Online Retail file, and this is an Olist import: one import takes one kind; import it on its own' },
    ]);
    unchanged();
  });

  test('Online Retail: a quantity that is not a whole number', () => {
    const dir = tempDir();
    const lines = fs.readFileSync(onlineRetailCsv, 'utf8').split('\n').slice(0, 500);
    lines[300] = lines[300].replace(/,(\d+),(\d{4}-)/, ',1.5,$2');
    fs.writeFileSync(path.join(dir, 'retail.csv'), lines.join('\n'));
    const problems = problemsOf(() => run(db, { kind: 'online-retail', files: [{ path: path.join(dir, 'retail.csv'), name: 'retail.csv' }] }));
    expect(problems).toEqual([{ file: 'retail.csv', line: 301, field: 'Quantity', message: '"1.5" is not a whole number' }]);
    unchanged();
  });

  test('Shopify: files that hold nothing to import, or a record without its id, are refused', () => {
    const dir = tempDir();
    const write = (name: string, text: string) => {
      fs.writeFileSync(path.join(dir, name), text);
      return { kind: 'shopify' as const, files: [{ path: path.join(dir, name), name }] };
    };
    for (const [name, text] of [['empty-list.json', '[]'], ['other.json', '{"foo":[1,2]}'], ['no-orders.json', '{"orders":[]}']]) {
      expect(problemsOf(() => run(db, write(name, text)))[0]).toEqual({ file: name, line: 0, message: 'holds no orders, customers, products or payments: nothing to import' });
    }
    expect(problemsOf(() => run(db, write('no-id.json', '{"orders":[{"name":"#1001","currency":"USD"}]}')))[0]).toEqual({
      file: 'no-id.json',
      line: 1,
      field: 'id',
      message: 'an order record has no id (#1001)',
    });
    unchanged();
  });

  test('Shopify: truncated JSON and an unknown currency', () => {
    const dir = tempDir();
    const order = fs.readFileSync(path.join(sharedData, 'shopify/legacy_fixtures_shopify_api_ruby/order.json'), 'utf8');
    const truncated = path.join(dir, 'order-truncated.json');
    fs.writeFileSync(truncated, order.slice(0, Math.floor(order.length / 2)));
    const p1 = problemsOf(() => run(db, { kind: 'shopify', files: [{ path: truncated, name: 'order-truncated.json' }] }));
    expect(p1[0].file).toBe('order-truncated.json');
    expect(p1[0].line).toBe(order.slice(0, Math.floor(order.length / 2)).trimEnd().split('\n').length);
    expect(p1[0].message).toMatch(/truncated|broken|end of/i);
    const bad = path.join(dir, 'order-xbq.json');
    fs.writeFileSync(bad, order.replace(/"currency": "USD"/, '"currency": "XBQ"'));
    const p2 = problemsOf(() => run(db, { kind: 'shopify', files: [{ path: bad, name: 'order-xbq.json' }] }));
    expect(p2[0]).toMatchObject({ file: 'order-xbq.json', field: 'currency' });
    expect(p2[0].message).toMatch(/XBQ/);
    unchanged();
  });

  test('Shopify: an amount as a JSON number with more digits than a double keeps is refused, one that fits is read exactly', () => {
    const dir = tempDir();
    const order = fs.readFileSync(path.join(sharedData, 'shopify/legacy_fixtures_shopify_api_ruby/order.json'), 'utf8');
    const tooPrecise = path.join(dir, 'order-digits.json');
    fs.writeFileSync(tooPrecise, order.replace(/"total_price": "409.94"/, '"total_price": 1234567890123456.78'));
    const p = problemsOf(() => run(db, { kind: 'shopify', files: [{ path: tooPrecise, name: 'order-digits.json' }] }));
    expect(p).toMatchObject([{ file: 'order-digits.json', field: 'total_price', message: expect.stringMatching(/more digits than a JSON number keeps exactly/) }]);
    unchanged();
    const fits = path.join(dir, 'order-number.json');
    fs.writeFileSync(fits, order.replace(/"total_price": "409.94"/, '"total_price": 409.94'));
    const fresh = tempDb().db;
    run(fresh, { kind: 'shopify', files: [{ path: fits, name: 'order-number.json' }] });
    expect(fresh.prepare('SELECT total_minor FROM orders').pluck().get()).toBe(40994);
  });
});
