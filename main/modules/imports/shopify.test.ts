// The Shopify importer on the real Admin REST payloads in ../shared/data/shopify: the pre-2021 shapes
// (legacy fixtures) and the 2024-04 captured exchanges. Expected figures were worked out from the
// JSON by hand and with a separate script, not from the importer.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { BadInputError } from '../../contract/errors';
import { filesIn, frozenClock, sharedData, tempDb, tempDir, testJob } from '../../testing/fixtures';
import { runImportJob } from './import-job';
import { parseShopify } from './shopify';
import { writeImportSet } from './write';
import type { ImportFile } from './files';

const legacyDir = path.join(sharedData, 'shopify/legacy_fixtures_shopify_api_ruby');
const currentDir = path.join(sharedData, 'shopify/admin_rest_2024-04');
const legacy = (name: string): ImportFile => ({ path: path.join(legacyDir, name), name });
// order.json, order_with_properties.json and orders.json hold three different versions of order
// 450789469, all as of the same moment: the folder as a whole is refused (see "copies of one record")
const legacyFiles = () => filesIn(legacyDir).filter((f) => f.name !== 'order_with_properties.json' && f.name !== 'orders.json');
const current = (name: string): ImportFile => ({ path: path.join(currentDir, name), name });

/** A changed copy of a payload, written to a temporary folder. */
function variantOf(file: ImportFile, change: (text: string) => string, name = file.name): ImportFile {
  const dir = tempDir('ch-shopify-');
  const p = path.join(dir, name);
  fs.writeFileSync(p, change(fs.readFileSync(file.path, 'utf8')));
  return { path: p, name };
}

function rejection(files: ImportFile[]): BadInputError {
  try {
    parseShopify(files);
  } catch (e) {
    if (e instanceof BadInputError) return e;
    throw e;
  }
  throw new Error('the import was not rejected');
}

describe('pre-2021 payloads (legacy fixtures)', () => {
  test('order.json: the order, its lines and totals in minor units, its own gateway', () => {
    const set = parseShopify([legacy('order.json')]);
    expect(set.orders).toHaveLength(1);
    const o = set.orders[0];
    expect(o.externalId).toBe('450789469');
    expect(o.name).toBe('#1001');
    expect(o.currency).toBe('USD');
    expect(o.totalMinor).toBe(40994); // "total_price": "409.94"
    expect(o.taxMinor).toBe(1194); // "total_tax": "11.94"
    expect(o.goodsMinor).toBe(39800); // "total_line_items_price": "398.00"
    expect(o.shippingMinor).toBe(0); // one "Free Shipping" line at "0.00"
    expect(o.gateway).toBe('authorize_net'); // the order still names it before API 2023
    expect(o.placedAt).toBe('2008-01-10T16:00:00Z'); // 11:00 at -05:00
    expect(o.placedOn).toBe('2008-01-10');
    expect(o.status).toBe('open');
    expect(o.financialStatus).toBe('authorized');
    expect(o.customerExternalId).toBe('207119551');
    expect(o.isGuest).toBe(false);
    expect(o.email).toBe('bob.norman@hostmail.com');
    expect(o.channel).toBe('web');
    expect(o.note).toBe('Test note');
    expect([o.shipCity, o.shipRegion, o.shipPostalCode, o.shipCountry]).toEqual(['Louisville', 'Kentucky', '40202', 'US']);
    expect(o.lines.map((l) => [l.externalId, l.lineNo, l.sku, l.title, l.quantity, l.unitPriceMinor, l.totalMinor, l.state])).toEqual([
      ['466157049', 1, 'IPOD2008GREEN', 'IPod Nano - 8gb - green', 1, 19900, 19900, 'placed'],
      ['518995019', 2, 'IPOD2008RED', 'IPod Nano - 8gb - red', 1, 19900, 19900, 'placed'],
      ['703073504', 3, 'IPOD2008BLACK', 'IPod Nano - 8gb - black', 1, 19900, 19900, 'placed'],
    ]);
    // the lines name their product and variant as given; the writer links them (or counts them unlinked)
    expect(o.lines.map((l) => [l.productExternalId, l.variantExternalId])).toEqual([
      ['632910392', '39072856'],
      ['632910392', '49148385'],
      ['632910392', '457924702'],
    ]);
    expect(set.partial).toBe(true);
    // the embedded customer is a customer of the set
    expect(set.customers.map((c) => [c.externalId, c.name, c.email, c.city, c.region, c.country, c.acceptsMarketing])).toEqual([
      ['207119551', 'Bob Norman', 'bob.norman@hostmail.com', 'Louisville', 'Kentucky', 'US', 0],
    ]);
    // no transactions, no payments
    expect(set.payments).toEqual([]);
  });

  test('without its gateway field, the order takes the gateway from its transactions (case S3)', () => {
    const noGateway = variantOf(legacy('order.json'), (t) => t.replace('"gateway": "authorize_net",', ''));
    expect(parseShopify([noGateway]).orders[0].gateway).toBeNull(); // missing and nowhere else: null
    const withTx = parseShopify([noGateway, legacy('transaction.json')]);
    expect(withTx.orders[0].gateway).toBe('bogus'); // transaction 389404469, an authorization
    expect(withTx.payments).toEqual([]); // an authorization is not money received
  });

  test('the folder (one version of the order): shop, products with variants, the refund', () => {
    const set = parseShopify(legacyFiles());
    // "(GMT-05:00) Eastern Time" is no IANA zone: the source keeps whatever zone it has (UTC when new)
    expect(set.source).toEqual({ kind: 'shopify', externalId: 'apple.myshopify.com', name: 'Apple Computers', currency: 'USD', timezone: null });
    expect(set.notes[0]).toContain('not an IANA zone name');
    expect(set.orders.map((o) => o.externalId)).toEqual(['450789469']);
    expect(set.orders[0].lines).toHaveLength(3);
    expect(set.orders[0].lines.map((l) => [l.productExternalId, l.variantExternalId])).toEqual([
      ['632910392', '39072856'],
      ['632910392', '49148385'],
      ['632910392', '457924702'],
    ]);
    expect(set.products.map((p) => [p.externalId, p.title, p.category, p.vendor])).toEqual([['632910392', 'IPod Nano - 8GB', 'Cult Products', 'Apple']]);
    expect(set.variants.map((v) => [v.externalId, v.sku, v.priceMinor, v.currency, v.inventoryQuantity, v.weightGrams])).toEqual([
      ['808950810', 'IPOD2008PINK', 19900, 'USD', 10, 200],
      ['49148385', 'IPOD2008RED', 19900, 'USD', 20, 200],
      ['39072856', 'IPOD2008GREEN', 19900, 'USD', 30, 200],
      ['457924702', 'IPOD2008BLACK', 19900, 'USD', 40, 200],
    ]);
    expect(set.refunds).toHaveLength(1);
    const r = set.refunds[0];
    expect([r.externalId, r.orderExternalId, r.amountMinor, r.reason]).toEqual(['509562969', '450789469', 20900, 'it broke during shipping']);
    // the legacy refund lines carry no subtotal: valued at "199.00" x 1
    expect(r.lines.map((l) => [l.orderLineExternalId, l.quantity, l.amountMinor])).toEqual([
      ['703073504', 1, 19900],
      ['466157049', 1, 19900],
    ]);
    // fulfillments.json is a bare list: skipped with a note, not a crash
    expect(set.notes.some((n) => n.includes('bare list'))).toBe(true);
  });
});

describe('2024-04 payloads (captured exchanges)', () => {
  test('order.json: fields removed in 2023 are null, gateway from payment_gateway_names, discounts per line', () => {
    const set = parseShopify([current('order.json')]);
    // GET responses name two orders; the POST responses' test orders are not imported
    expect(set.orders.map((o) => o.externalId)).toEqual(['450789469', '1073459972']);
    const o = set.orders[0];
    expect(o.totalMinor).toBe(59894); // "598.94"
    expect(o.discountMinor).toBe(1000); // "10.00"
    expect(o.gateway).toBe('bogus'); // payment_gateway_names: ["bogus"]
    // discount_allocations 3.34 / 3.33 / 3.33 and tax 3.98 per line
    expect(o.lines.map((l) => [l.discountMinor, l.taxMinor, l.totalMinor])).toEqual([
      [334, 398, 19566],
      [333, 398, 19567],
      [333, 398, 19567],
    ]);
    const guest = set.orders[1];
    expect([guest.name, guest.isGuest, guest.customerExternalId, guest.email, guest.totalMinor, guest.gateway]).toEqual(['#1002', true, null, null, 19900, null]);
    expect(guest.lines.map((l) => [l.title, l.state])).toEqual([['IPod Touch 8GB - Black', 'approved']]); // financial_status "paid"
    expect(set.totals.writeResponsesSkipped).toBe(24); // 14 POST, 9 PUT, 1 DELETE exchanges in order.json
  });

  test('the whole folder: distinct orders and their total, customers, products, payments, refund', () => {
    const set = parseShopify(filesIn(currentDir));
    expect(set.source).toEqual({ kind: 'shopify', externalId: 'jsmith.myshopify.com', name: 'John Smith Test Store', currency: 'USD', timezone: 'America/New_York' });
    expect(set.orders).toHaveLength(2);
    expect(set.orders.reduce((s, o) => s + o.totalMinor, 0)).toBe(79794); // 598.94 + 199.00
    expect(set.orders.reduce((s, o) => s + o.lines.length, 0)).toBe(4);
    expect(set.orders.flatMap((o) => o.lines.map((l) => l.productExternalId)).every((p) => p !== null)).toBe(true);
    // the order lacks "gateway"; its first successful transaction (authorization 389404469) names it
    expect(set.orders[0].gateway).toBe('bogus');
    expect(set.notes.some((n) => n.includes('its transactions 1'))).toBe(true);

    expect(set.customers.map((c) => c.externalId).sort()).toEqual(['1073339472', '1073339474', '1073339479', '1073339482', '207119551']);
    const steve = set.customers.find((c) => c.externalId === '1073339482')!;
    expect(steve).toEqual({
      externalId: '1073339482',
      name: 'Steve Lastnameson',
      email: 'steve.lastnameson@example.com',
      phone: '+15142546011',
      city: 'Ottawa',
      region: 'Ontario',
      postalCode: '123 ABC',
      country: 'CA',
      acceptsMarketing: 0, // email_marketing_consent.state "not_subscribed"
      createdAt: '2024-04-02T14:24:09Z',
    });

    expect(set.products.map((p) => [p.externalId, p.title, p.status, p.createdAt])).toEqual([
      ['632910392', 'IPod Nano - 8GB', 'active', '2024-04-02T13:59:11Z'],
      ['921728736', 'IPod Touch 8GB', 'active', '2024-04-02T13:59:11Z'],
    ]);
    const byProduct = (id: string) => set.variants.filter((v) => v.productExternalId === id).map((v) => v.externalId).sort();
    expect(byProduct('632910392')).toEqual(['39072856', '457924702', '49148385', '808950810']);
    expect(byProduct('921728736')).toEqual(['447654529']);
    expect(set.variants.find((v) => v.externalId === '447654529')).toMatchObject({ sku: 'IPOD2009BLACK', priceMinor: 19900, barcode: '1234_black', inventoryQuantity: 13 });

    // GET transactions: captures 801038806 (250.94) and 1068278466 (10.00); the POSTed captures are not state
    expect(set.payments.map((p) => [p.externalId, p.sequence, p.amountMinor, p.method])).toEqual([
      ['801038806', 1, 25094, 'bogus'],
      ['1068278466', 2, 1000, 'bogus'],
    ]);
    // refund 509562969: transaction 179259969 of "209.00"; lines 195.66 and 195.67 (JSON numbers)
    expect(set.refunds.map((r) => [r.externalId, r.amountMinor, r.lines.map((l) => [l.orderLineExternalId, l.amountMinor])])).toEqual([
      ['509562969', 20900, [['703073504', 19566], ['466157049', 19567]]],
    ]);
    // the refund calculations are POSTs: no refund without an id is read
    expect(set.notes.some((n) => n.includes('had no id'))).toBe(false);
  });

  test('a record seen in many responses is kept once: as its copy updated last has it, with what trimmed copies lack from the others', () => {
    const set = parseShopify([current('customer.json')]);
    // 207119551 is in 10 GET responses, some trimmed by fields=; the full copies differ only in updated_at
    const bob = set.customers.find((c) => c.externalId === '207119551')!;
    expect(bob.createdAt).toBe('2024-04-02T14:26:59Z'); // the copy updated last, 09:26:59-05:00
    expect(bob.city).toBe('Louisville');
    // the trimmed copies of the Isabella searches still become customers, with what they carry
    expect(set.customers.find((c) => c.externalId === '1073339474')).toMatchObject({ name: 'Isabella Garcia', email: 'isabella.garcia@example.com', city: null });
    expect(set.notes.some((n) => n.startsWith('Records read more than once were kept once each'))).toBe(true);
  });
});

describe('malformed input', () => {
  test('a truncated file is rejected at its last line', () => {
    const lines = fs.readFileSync(legacy('order.json').path, 'utf8').split('\n');
    const truncated = variantOf(legacy('order.json'), () => lines.slice(0, 40).join('\n') + '\n');
    const e = rejection([truncated]);
    expect(e.problems[0]).toMatchObject({ file: 'order.json', line: 40 });
    expect(e.problems[0].message).toMatch(/truncated/);
  });

  test('a file cut inside a string is rejected at that line', () => {
    const text = fs.readFileSync(current('order.json').path, 'utf8');
    const cut = text.indexOf('"bob.norman@mail.example.com"') + 5;
    const e = rejection([variantOf(current('order.json'), () => text.slice(0, cut))]);
    expect(e.problems[0].line).toBe(text.slice(0, cut).split('\n').length);
    expect(e.problems[0].message).toMatch(/truncated/);
  });

  test('a syntax error names its line, also when V8 gives no position', () => {
    // "note": } -> V8 says "Unexpected token '}', ... is not valid JSON" with no position
    const broken = variantOf(legacy('order.json'), (t) => t.replace('"note": "Test note",', '"note": }'));
    const e = rejection([broken]);
    expect(e.problems[0]).toMatchObject({ file: 'order.json', line: 20 });
    expect(e.problems[0].message).toMatch(/broken at line 20/);
    // a missing comma: V8 names the position of the next property, on line 12
    const noComma = variantOf(legacy('order.json'), (t) => t.replace('"currency": "USD",', '"currency": "USD"'));
    expect(rejection([noComma]).problems[0].line).toBe(12);
  });

  test('an unknown currency is rejected naming the file and field', () => {
    const bad = variantOf(legacy('order.json'), (t) => t.replace('"currency": "USD"', '"currency": "XBQ"'));
    const e = rejection([bad]);
    expect(e.problems[0]).toMatchObject({ file: 'order.json', line: 11, field: 'currency' });
    expect(e.message).toContain('"XBQ" is not an ISO 4217 currency');
  });

  test('an amount that is not a decimal is rejected naming the file and field', () => {
    const bad = variantOf(legacy('order.json'), (t) => t.replace('"total_price": "409.94"', '"total_price": "409,94"'));
    const e = rejection([bad]);
    expect(e.problems[0]).toMatchObject({ file: 'order.json', line: 34, field: 'total_price' });
    expect(e.problems[0].message).toContain('order 450789469');
  });

  test('unknown fields and resources do not crash the import and change nothing', () => {
    const extra = variantOf(legacy('order.json'), (t) =>
      t
        .replace('"order": {', '"gift_cards": [{"id": 1, "balance": "5.00"}], "order": {"loyalty": {"tier": "gold", "points": [1, 2]}, "total_price_eur": null,')
        .replace('"fulfillment_service": "manual",', '"fulfillment_service": "manual", "carbon_offset": {"grams": 12},'),
    );
    const plain = parseShopify([legacy('order.json')]);
    const set = parseShopify([extra]);
    expect(set.orders).toEqual(plain.orders);
    expect(set.notes.some((n) => n.includes('gift_cards (1)'))).toBe(true);
  });

  test('files from two shops are not mixed into one source', () => {
    const e = rejection([current('shop.json'), legacy('shop.json')]);
    expect(e.problems[0].message).toContain('more than one shop');
  });
});

describe('writing to a workspace', () => {
  test('the 2024-04 folder lands, and a second import writes nothing', () => {
    const { db } = tempDb();
    const clock = frozenClock();
    const run = () => runImportJob({ db, clock, actor: 'test', job: testJob() }, { kind: 'shopify', files: filesIn(currentDir) });
    const first = run();
    const count = (table: string) => db.prepare(`SELECT COUNT(*) FROM ${table}`).pluck().get();
    expect([count('orders'), count('order_lines'), count('customers'), count('products'), count('variants'), count('payments'), count('refunds'), count('refund_lines')]).toEqual([
      2, 4, 5, 2, 5, 2, 1, 2,
    ]);
    expect(db.prepare('SELECT SUM(total_minor) FROM orders').pluck().get()).toBe(79794);
    expect(db.prepare('SELECT COUNT(*) FROM order_lines WHERE product_id IS NOT NULL AND variant_id IS NOT NULL').pluck().get()).toBe(4);
    // refund lines point at the order lines they return
    expect(db.prepare('SELECT COUNT(*) FROM refund_lines WHERE order_line_id IS NOT NULL').pluck().get()).toBe(2);
    expect(db.prepare("SELECT external_id, currency, timezone FROM sources WHERE kind = 'shopify'").get()).toEqual({
      external_id: 'jsmith.myshopify.com',
      currency: 'USD',
      timezone: 'America/New_York',
    });
    expect(first.written.orders).toEqual({ inserted: 2, updated: 0, unchanged: 0, removed: 0 });

    const second = run();
    for (const [entity, t] of Object.entries(second.written)) {
      expect([entity, t.inserted, t.updated]).toEqual([entity, 0, 0]);
    }
    expect(count('orders')).toBe(2);
  });

  test('both API shapes land side by side, each under its own shop', () => {
    const { db } = tempDb();
    const ctx = { db, clock: frozenClock(), actor: 'test', jobId: null };
    writeImportSet(ctx, parseShopify(legacyFiles()));
    writeImportSet(ctx, parseShopify(filesIn(currentDir)));
    expect(db.prepare('SELECT s.external_id, COUNT(o.id) AS orders FROM sources s JOIN orders o ON o.source_id = s.id GROUP BY s.id ORDER BY s.id').all()).toEqual([
      { external_id: 'apple.myshopify.com', orders: 1 },
      { external_id: 'jsmith.myshopify.com', orders: 2 },
    ]);
    // orders whose lines name products found nowhere still land, unlinked, and the report says so
    const { db: db2 } = tempDb();
    const alone = parseShopify([current('order.json')]);
    const written = writeImportSet({ ...ctx, db: db2 }, alone);
    expect(written.orderLines.inserted).toBe(4);
    expect(db2.prepare('SELECT COUNT(*) FROM order_lines WHERE product_id IS NULL').pluck().get()).toBe(4);
    expect(alone.notes.at(-1)).toMatch(/^Partial export: .*\(4 × a line's product, 4 × a line's variant\) are left unlinked/);
  });

  test('a partial export later never undoes what a fuller one brought', () => {
    const { db } = tempDb();
    const ctx = { db, clock: frozenClock(), actor: 'test', jobId: null };
    writeImportSet(ctx, parseShopify(filesIn(currentDir)));
    const linked = () => db.prepare('SELECT COUNT(*) FROM order_lines WHERE product_id IS NOT NULL').pluck().get();
    const zone = () => db.prepare('SELECT timezone FROM sources').pluck().all();
    expect([linked(), zone()]).toEqual([4, ['America/New_York']]);
    // order.json alone: no products, no shop payload
    const again = writeImportSet(ctx, parseShopify([current('order.json')]));
    expect(again.orderLines).toEqual({ inserted: 0, updated: 0, unchanged: 4, removed: 0 });
    expect([linked(), zone()]).toEqual([4, ['America/New_York']]);
    // files that do not name their shop go to the workspace's only Shopify shop, not to a new one
    const { db: db2 } = tempDb();
    const ctx2 = { ...ctx, db: db2 };
    writeImportSet(ctx2, parseShopify(legacyFiles()));
    writeImportSet(ctx2, parseShopify([legacy('orders.json')]));
    expect(db2.prepare('SELECT external_id FROM sources').pluck().all()).toEqual(['apple.myshopify.com']);
    expect(db2.prepare('SELECT COUNT(*) FROM orders').pluck().get()).toBe(1);
  });
});

describe('copies of one record', () => {
  test('three versions of one order as of the same moment are refused, naming both files', () => {
    const e = rejection(filesIn(legacyDir));
    expect(e.problems).toEqual([
      {
        file: 'order_with_properties.json',
        line: 197,
        field: 'fulfillments',
        message:
          'order 450789469 is also in order.json (line 201) with a different "fulfillments", and both are as of 2008-01-10T16:00:00Z: two versions of one record at one time, and which one is right cannot be told; import one of them',
      },
    ]);
    // identical copies are one record
    expect(parseShopify([legacy('order.json'), variantOf(legacy('order.json'), (t) => t, 'order-again.json')]).orders).toHaveLength(1);
  });

  test('of two copies updated at different moments, the later one describes the record', () => {
    const later = variantOf(legacy('orders.json'), (t) => t.replace('"updated_at": "2008-01-10T11:00:00-05:00"', '"updated_at": "2008-01-11T09:00:00-05:00"'), 'orders-later.json');
    expect(later.path).not.toBe(legacy('orders.json').path);
    for (const files of [[legacy('order.json'), later], [later, legacy('order.json')]]) {
      const set = parseShopify(files);
      expect(set.orders.map((o) => [o.externalId, o.note])).toEqual([['450789469', parseShopifyNote(later)]]);
      expect(set.notes.some((n) => n.includes('1 of them changed between reads; the later copy was kept'))).toBe(true);
    }
  });
});

function parseShopifyNote(file: ImportFile): string {
  return (JSON.parse(fs.readFileSync(file.path, 'utf8')) as { orders: { note: string }[] }).orders[0].note;
}

describe('values Shopify never sends are refused, naming file, line and field', () => {
  const only = (problems: BadInputError) => problems.problems.map(({ file, line, field, message }) => ({ file, line, field, message }));

  test('a file that is not UTF-8', () => {
    const text = fs.readFileSync(legacy('customers.json').path, 'utf8');
    expect(text).toContain('"first_name": "Bob"');
    const latin1 = variantOf(legacy('customers.json'), (t) => t, 'customers-latin1.json');
    // "Bób" in Latin-1: the byte E9 alone is not UTF-8
    fs.writeFileSync(latin1.path, Buffer.from(text.replace('"first_name": "Bob"', '"first_name": "B\u00e9b"'), 'latin1'));
    const line = text.split('\n').findIndex((l) => l.includes('"first_name": "Bob"')) + 1;
    expect(only(rejection([latin1]))).toEqual([{ file: 'customers-latin1.json', line, field: undefined, message: 'is not UTF-8 text (save it as UTF-8 JSON)' }]);
  });

  test('a day the calendar does not have', () => {
    const bad = variantOf(legacy('order.json'), (t) => t.replace('"created_at": "2008-01-10T11:00:00-05:00"', '"created_at": "2008-02-30T11:00:00-05:00"'));
    expect(only(rejection([bad]))).toEqual([
      { file: 'order.json', line: 10, field: 'created_at', message: 'order 450789469: "2008-02-30T11:00:00-05:00" is not a timestamp with its offset on a day the calendar has (YYYY-MM-DDTHH:MM:SS±HH:MM)' },
    ]);
  });

  test('a negative price or quantity on a line', () => {
    const price = variantOf(legacy('order.json'), (t) => t.replace('"price": "199.00",\n        "product_id"', '"price": "-199.00",\n        "product_id"'));
    expect(only(rejection([price]))).toEqual([
      { file: 'order.json', line: 75, field: 'price', message: 'order 450789469 line 1: "-199.00" is negative; Shopify gives money going back as refunds, not as negative price' },
    ]);
    const quantity = variantOf(legacy('order.json'), (t) => t.replace('"quantity": 1,', '"quantity": -1,'));
    expect(only(rejection([quantity]))).toEqual([
      { file: 'order.json', line: 77, field: 'quantity', message: 'order 450789469 line 1: -1 is negative; Shopify gives money going back as refunds, not as negative quantity' },
    ]);
  });

  test('a quantity whose amount is too large to hold exactly', () => {
    const huge = variantOf(legacy('order.json'), (t) => t.replace('"quantity": 1,', '"quantity": 1000000000000000,'));
    expect(only(rejection([huge]))[0]).toEqual({
      file: 'order.json',
      line: 77,
      field: 'quantity',
      message: 'order 450789469 line 1: 1000000000000000 × 199.00 is 199000000000000000.00 USD, more than an amount can hold exactly (90071992547409.91)',
    });
    // written as 1e15, the same number, the same line
    const e15 = variantOf(legacy('order.json'), (t) => t.replace('"quantity": 1,', '"quantity": 1e15,'));
    expect(only(rejection([e15]))[0]).toMatchObject({ line: 77, field: 'quantity' });
  });

  test('a record without an id names its line; an id beyond 2^53 says so', () => {
    const noId = variantOf(legacy('order.json'), (t) => t.replace('"id": 450789469,', ''));
    expect(only(rejection([noId]))).toEqual([{ file: 'order.json', line: 19, field: 'id', message: 'an order record has no id (#1001)' }]);
    const big = variantOf(legacy('order.json'), (t) => t.replace('"id": 450789469,', '"id": 12345678901234567890,'));
    expect(only(rejection([big]))).toEqual([
      { file: 'order.json', line: 16, field: 'id', message: "12345678901234567890 is too large to be read exactly from a JSON number (the limit is 9007199254740991); Shopify's ids are below it" },
    ]);
  });
});

describe('re-importing an order: it is described by its new export completely', () => {
  test('lines the new export does not have go; the report says where lines and goods disagree', () => {
    const { db } = tempDb();
    const ctx = { db, clock: frozenClock(), actor: 'test', jobId: null };
    writeImportSet(ctx, parseShopify([legacy('order_with_properties.json')]));
    const lines = () => db.prepare('SELECT external_id, quantity, unit_price_minor FROM order_lines ORDER BY line_no').raw().all();
    expect(lines()).toEqual([
      ['466157049', 1, 4500],
      ['641254555689', 1, 2400],
    ]);
    const set = parseShopify([legacy('orders.json')]);
    const again = writeImportSet(ctx, set);
    expect(again.orderLines).toEqual({ inserted: 2, updated: 1, unchanged: 0, removed: 1 });
    expect(lines()).toEqual([
      ['466157049', 1, 19900],
      ['518995019', 1, 19900],
      ['703073504', 1, 19900],
    ]);
    // the fixture's goods (total_line_items_price 398.00) are not its lines' 3 x 199.00: kept, and said
    expect(db.prepare('SELECT goods_minor FROM orders').pluck().get()).toBe(39800);
    expect(set.notes).toContain("1 order's lines (price × quantity) do not make its goods (total_line_items_price): #1001: lines 597.00, goods 398.00. Lines and goods are kept as Shopify gives them.");
  });
});

