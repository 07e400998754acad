// The `counting-house` command as a user runs it: a real process, real files.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { repoRoot, tempDir } from '../testing/fixtures';

const home = tempDir();
const run = (...args: string[]) => {
  const r = spawnSync(process.execPath, [path.join(repoRoot, 'bin/counting-house.js'), ...args], { env: { ...process.env, COUNTING_HOUSE_HOME: home }, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};

describe('counting-house CLI', () => {
  test('status of a new workspace, defaulting to the app workspace in the user-data folder', () => {
    const r = run('status', '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ orders: 0, orderLines: 0, payments: 0, refunds: 0, customers: 0, products: 0, sellers: 0, reviews: 0, paymentTotals: {} });
    // a look changes nothing: no workspace file is made for it
    expect(fs.existsSync(path.join(home, 'workspaces/main.sqlite'))).toBe(false);
  });

  test('imports the sample slice and reports it', () => {
    const db = path.join(tempDir(), 'w.sqlite');
    const r = run('import', 'olist', path.join(repoRoot, 'resources/sample/olist'), '--db', db);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/orders\s+1500 new, 0 changed, 0 unchanged/);
    expect(JSON.parse(run('status', '--db', db, '--json').stdout)).toMatchObject({ orders: 1500, orderLines: 1688, payments: 1573 });
  });

  test('fails with a non-zero exit and one line naming the problem', () => {
    const missing = run('import', 'olist', '/nonexistent/folder');
    expect(missing.code).toBe(2);
    expect(missing.stderr.trim()).toBe('error: /nonexistent/folder: no such file or folder');
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'retail.csv'), 'InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country\n536365,85123A,HEART,6,2010-12-01 08:26:00,2.5x,17850,United Kingdom\n');
    const bad = run('import', 'online-retail', path.join(dir, 'retail.csv'), '--db', path.join(dir, 'w.sqlite'));
    expect(bad.code).toBe(2);
    expect(bad.stderr.trim().split('\n').at(-1)).toBe('error: retail.csv:2: field "UnitPrice": "2.5x" is not a decimal amount');
    // a wrong command line is a usage error: exit 2, as the README says
    for (const args of [['frobnicate'], ['import', 'olist'], ['status', '--bogus'], ['status', '--db']]) expect([args, run(...args).code]).toEqual([args, 2]);
    expect(run('--help').code).toBe(0);
    expect(run('jobs', '--db', path.join(dir, 'nope.sqlite')).stderr.trim()).toBe(`error: ${path.join(dir, 'nope.sqlite')}: no such workspace file`);
  });

  test('on a pipe it prints only the result: no progress lines', () => {
    const db = path.join(tempDir(), 'w.sqlite');
    const r = run('import', 'olist', path.join(repoRoot, 'resources/sample/olist'), '--db', db, '--json');
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout).state).toBe('succeeded');
    expect(run('status', '--db', db).stdout).toMatch(/paid\s+R\$[\d,]+\.\d{2} \(BRL\)/);
  });

  test('refuses to start an import while another process runs one in the same workspace', () => {
    const db = path.join(tempDir(), 'w.sqlite');
    expect(run('import', 'olist', path.join(repoRoot, 'resources/sample/olist'), '--db', db).code).toBe(0);
    const mark = spawnSync(process.execPath, ['-e', `
      const D = require(${JSON.stringify(path.join(repoRoot, 'node_modules/better-sqlite3'))});
      const db = new D(${JSON.stringify(db.replace(/\.sqlite$/, '.jobs.sqlite'))});
      db.prepare("INSERT INTO jobs (uid, kind, title, params, state, launch, pid, host, heartbeat_ms, created_at) VALUES ('u-1', 'import', 'Import Olist: 8 files', '{\\"files\\":[]}', 'running', 'another-launch', ?, ?, ?, 'now')").run(${process.pid}, require('os').hostname(), Date.now());
      db.close();`]);
    expect(mark.status).toBe(0);
    const busy = run('import', 'olist', path.join(repoRoot, 'resources/sample/olist'), '--db', db);
    expect(busy.code).toBe(1);
    expect(busy.stderr.trim()).toMatch(/^error: the workspace is busy: job 2 \(Import Olist: 8 files\) is running in process \d+; try again when it has finished$/);
  });

  test('a re-import that drops an item says the line was removed', () => {
    const db = path.join(tempDir(), 'w.sqlite');
    const sample = path.join(repoRoot, 'resources/sample/olist');
    expect(run('import', 'olist', sample, '--db', db).code).toBe(0);
    const copy = tempDir();
    for (const f of fs.readdirSync(sample)) fs.copyFileSync(path.join(sample, f), path.join(copy, f));
    const items = fs.readFileSync(path.join(copy, 'olist_order_items_dataset.csv'), 'utf8').split('\n');
    // the second item of an order that has two or more
    const orderOf = (line: string) => line.split(',')[0];
    const i = items.findIndex((line, n) => n > 1 && line && orderOf(line) === orderOf(items[n - 1]));
    fs.writeFileSync(path.join(copy, 'olist_order_items_dataset.csv'), [...items.slice(0, i), ...items.slice(i + 1)].join('\n'));
    const r = run('import', 'olist', copy, '--db', db);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/orderLines\s+0 new, 0 changed, 1687 unchanged, 1 removed/);
    // order_id, order_item_id, product_id, seller_id, shipping_limit_date, price, freight_value
    const [order, item, product, , , price] = items[i].split(',');
    expect(r.stdout).toContain(`1 order line this export no longer has was removed: order ${order} line ${item} (${product}, 1 × ${price}).`);
    expect(JSON.parse(run('status', '--db', db, '--json').stdout)).toMatchObject({ orders: 1500, orderLines: 1687 });
  });

  test('a --db that is a folder, not SQLite, or in a folder that does not exist is named, exit 2, and nothing is made', () => {
    const dir = tempDir();
    const garbage = path.join(dir, 'notes.sqlite');
    fs.writeFileSync(garbage, 'these are my notes');
    const missing = path.join(dir, 'no-such-folder', 'w.sqlite');
    expect(run('status', '--db', dir)).toMatchObject({ code: 2, stderr: `error: ${dir}: is a folder, not a workspace file\n` });
    expect(run('status', '--db', garbage)).toMatchObject({ code: 2, stderr: `error: ${garbage}: is not a Counting House workspace (not an SQLite file)\n` });
    expect(run('import', 'olist', path.join(repoRoot, 'resources/sample/olist'), '--db', missing)).toMatchObject({ code: 2, stderr: `error: ${missing}: the folder ${path.dirname(missing)} does not exist\n` });
    expect(fs.existsSync(path.dirname(missing))).toBe(false);
    expect(fs.readFileSync(garbage, 'utf8')).toBe('these are my notes');
  });
});
