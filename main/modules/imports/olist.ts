// Olist marketplace export (the eight CSVs of the public Brazilian e-commerce dataset).
// Files are recognised by their header, not their name, so a renamed file still imports.
// Olist's quirks, each handled on purpose:
// - a customer is a person (customer_unique_id); customer_id is a per-order copy, kept on the order
// - orders with no items (unavailable or cancelled before anything was picked) import with no lines
// - one review may cover several orders (the same review_id on several rows): one review, linked
// - review text has embedded newlines inside quotes (the CSV parser keeps them)
// - payments may differ from items + freight (installment interest, vouchers): the difference is
//   kept per order, visible on the order and in the report, for reconciliation to explain
import { BadInputError } from '../../contract/errors';
import { MoneyError, addMinor, formatMoney } from '../../contract/money';
import path from 'node:path';
import { readCsv, peekHeader, type CsvTable } from './csv';
import { Fields, Problems } from './fields';
import { emptySet, type ImportSet, type LineIn, type LineState, type OrderIn, type ReviewIn } from './import-set';
import { fileSha256, type ImportFile } from './files';

const TZ = 'America/Sao_Paulo';
const CUR = 'BRL';

const FILES = {
  orders: ['order_id', 'customer_id', 'order_status', 'order_purchase_timestamp', 'order_approved_at', 'order_delivered_carrier_date', 'order_delivered_customer_date', 'order_estimated_delivery_date'],
  items: ['order_id', 'order_item_id', 'product_id', 'seller_id', 'shipping_limit_date', 'price', 'freight_value'],
  payments: ['order_id', 'payment_sequential', 'payment_type', 'payment_installments', 'payment_value'],
  reviews: ['review_id', 'order_id', 'review_score', 'review_comment_title', 'review_comment_message', 'review_creation_date', 'review_answer_timestamp'],
  customers: ['customer_id', 'customer_unique_id', 'customer_zip_code_prefix', 'customer_city', 'customer_state'],
  products: ['product_id', 'product_category_name', 'product_name_lenght', 'product_description_lenght', 'product_photos_qty', 'product_weight_g', 'product_length_cm', 'product_height_cm', 'product_width_cm'],
  sellers: ['seller_id', 'seller_zip_code_prefix', 'seller_city', 'seller_state'],
  translation: ['product_category_name', 'product_category_name_english'],
} as const;
type OlistFile = keyof typeof FILES;

/** Which Olist file a header belongs to: the one whose signature column it has. */
export function olistFileKind(header: string[]): OlistFile | null {
  const h = new Set(header);
  if (h.has('order_status')) return 'orders';
  if (h.has('order_item_id')) return 'items';
  if (h.has('payment_sequential')) return 'payments';
  if (h.has('review_id')) return 'reviews';
  if (h.has('customer_unique_id')) return 'customers';
  if (h.has('product_category_name_english')) return 'translation';
  if (h.has('product_weight_g') || (h.has('product_id') && h.has('product_category_name'))) return 'products';
  if (h.has('seller_zip_code_prefix')) return 'sellers';
  return null;
}

const STATE_BY_STATUS: Record<string, LineState> = {
  created: 'placed',
  approved: 'approved',
  invoiced: 'approved',
  processing: 'approved',
  shipped: 'handed_to_carrier',
  delivered: 'delivered',
  canceled: 'cancelled',
  unavailable: 'cancelled',
};

const fmt = (minor: number) => formatMoney(minor, CUR, 'en-US').replace(/^R\$\s?/, '');
const thousands = (x: number) => x.toLocaleString('en-US');

// The file names of the public download, to recognise a core file whose header was damaged (so the
// error can name the missing column) and the download's extra files, which this import does not use.
const STANDARD_NAMES: Record<string, OlistFile> = {
  olist_orders_dataset: 'orders',
  olist_order_items_dataset: 'items',
  olist_order_payments_dataset: 'payments',
  olist_order_reviews_dataset: 'reviews',
  olist_customers_dataset: 'customers',
  olist_products_dataset: 'products',
  olist_sellers_dataset: 'sellers',
  product_category_name_translation: 'translation',
};
const EXTRA_SIGNATURES = ['geolocation_zip_code_prefix', 'mql_id'];
const CORE: OlistFile[] = ['orders', 'items', 'payments', 'reviews', 'customers', 'products', 'sellers'];

export function parseOlist(files: ImportFile[], progress?: (done: number, total: number) => void): ImportSet {
  const set = emptySet('olist', { kind: 'olist', externalId: 'olist', name: 'Olist marketplace', currency: CUR, timezone: TZ });
  const byKind = new Map<OlistFile, ImportFile>();
  const skipped: string[] = [];
  for (const f of files) {
    const header = peekHeader(f.path);
    if (!header || (header.length === 1 && header[0] === '')) throw new BadInputError([{ file: f.name, line: 1, message: 'is empty: expected an Olist CSV with its header line' }]);
    const kind = olistFileKind(header) ?? STANDARD_NAMES[path.basename(f.name, path.extname(f.name))] ?? null;
    if (!kind) {
      // the geolocation and marketing-funnel tables of the download, or anything else: not ours
      skipped.push(f.name);
      continue;
    }
    if (byKind.has(kind)) throw new BadInputError([{ file: f.name, line: 1, message: `is a second ${kind} file (also ${byKind.get(kind)!.name})` }]);
    byKind.set(kind, f);
  }
  const missing = CORE.filter((k) => !byKind.has(k));
  if (missing.length) {
    const unknown = skipped.filter((name) => !EXTRA_SIGNATURES.some((sig) => (peekHeader(files.find((f) => f.name === name)!.path) ?? []).includes(sig)));
    throw new BadInputError([
      {
        file: '(the Olist folder)',
        line: 0,
        message: `lacks its ${missing.join(', ')} file${missing.length > 1 ? 's' : ''}${unknown.length ? `; not recognised: ${unknown.join(', ')}` : ''}`,
      },
    ]);
  }
  if (skipped.length) set.notes.push(`Not imported (not used by this import): ${skipped.join(', ')}.`);
  const tables = new Map<OlistFile, CsvTable>();
  let n = 0;
  for (const [kind, f] of byKind) {
    tables.set(kind, readCsv(f.path, f.name, FILES[kind]));
    if (tables.get(kind)!.rows.length === 0 && kind !== 'reviews' && kind !== 'translation') {
      throw new BadInputError([{ file: f.name, line: 2, message: `has a header but no rows: an Olist export always has ${kind}` }]);
    }
    set.files.push({ name: f.name, rows: tables.get(kind)!.rows.length, sha256: fileSha256(f.path) });
    progress?.(++n, byKind.size + 1);
  }
  const problems = new Problems();
  const F = (k: OlistFile) => new Fields(tables.get(k)!, problems);

  // categories: English labels where the translation file has them
  const labels = new Map<string, string>();
  if (tables.has('translation')) {
    const t = F('translation');
    for (let i = 0; i < t.t.rows.length; i++) labels.set(t.raw(i, 'product_category_name'), t.raw(i, 'product_category_name_english'));
  }
  const label = (c: string | null) => (c === null ? null : (labels.get(c) ?? c).replace(/_/g, ' '));

  const sellers = F('sellers');
  const sellerIds = new Set<string>();
  for (let i = 0; i < sellers.t.rows.length; i++) {
    const id = sellers.text(i, 'seller_id', true)!;
    if (sellerIds.has(id)) sellers.fail(i, 'seller_id', `"${id}" appears twice`);
    sellerIds.add(id);
    set.sellers.push({
      externalId: id,
      kind: 'marketplace_seller',
      name: null,
      email: null,
      city: sellers.text(i, 'seller_city'),
      region: sellers.text(i, 'seller_state'),
      postalCode: sellers.text(i, 'seller_zip_code_prefix'),
      country: 'BR',
    });
  }

  const products = F('products');
  const productIds = new Set<string>();
  for (let i = 0; i < products.t.rows.length; i++) {
    const id = products.text(i, 'product_id', true)!;
    if (productIds.has(id)) products.fail(i, 'product_id', `"${id}" appears twice`);
    productIds.add(id);
    const category = products.text(i, 'product_category_name');
    set.products.push({
      externalId: id,
      title: null, // Olist publishes no product names
      category,
      categoryLabel: label(category),
      vendor: null,
      status: null,
      descriptionLength: products.int(i, 'product_description_lenght', { min: 0 }),
      photos: products.int(i, 'product_photos_qty', { min: 0 }),
      weightGrams: products.int(i, 'product_weight_g', { min: 0 }),
      lengthCm: products.int(i, 'product_length_cm', { min: 0 }),
      heightCm: products.int(i, 'product_height_cm', { min: 0 }),
      widthCm: products.int(i, 'product_width_cm', { min: 0 }),
      createdAt: null,
      updatedAt: null,
    });
  }

  // customers file: one row per order-customer (customer_id), naming the person behind it
  const customers = F('customers');
  const personOf = new Map<string, { person: string; row: number }>();
  for (let i = 0; i < customers.t.rows.length; i++) {
    const cid = customers.text(i, 'customer_id', true)!;
    const person = customers.text(i, 'customer_unique_id', true)!;
    if (personOf.has(cid)) customers.fail(i, 'customer_id', `"${cid}" appears twice`);
    personOf.set(cid, { person, row: i });
  }

  const orders = F('orders');
  const orderByExt = new Map<string, OrderIn>();
  const latestOrderOfPerson = new Map<string, { placedAt: string; row: number }>();
  for (let i = 0; i < orders.t.rows.length; i++) {
    const ext = orders.text(i, 'order_id', true)!;
    if (orderByExt.has(ext)) orders.fail(i, 'order_id', `"${ext}" appears twice`);
    const cid = orders.text(i, 'customer_id', true)!;
    const who = personOf.get(cid);
    if (cid && !who) orders.fail(i, 'customer_id', `"${cid}" is not in the customers file`);
    const status = orders.text(i, 'order_status', true) ?? 'unknown';
    if (!(status in STATE_BY_STATUS)) orders.fail(i, 'order_status', `"${status}" is not an Olist order status`);
    const placedAt = orders.timestamp(i, 'order_purchase_timestamp', TZ, true);
    const deliveredRaw = orders.raw(i, 'order_delivered_customer_date').trim();
    const promised = orders.date(i, 'order_estimated_delivery_date');
    const o: OrderIn = {
      externalId: ext,
      name: null,
      customerExternalId: who?.person ?? null,
      customerRef: cid,
      isGuest: false,
      email: null,
      status,
      financialStatus: null,
      fulfillmentStatus: null,
      currency: CUR,
      placedAt,
      placedOn: orders.raw(i, 'order_purchase_timestamp').trim().slice(0, 10) || null,
      approvedAt: orders.timestamp(i, 'order_approved_at', TZ),
      handedToCarrierAt: orders.timestamp(i, 'order_delivered_carrier_date', TZ),
      deliveredAt: orders.timestamp(i, 'order_delivered_customer_date', TZ),
      cancelledAt: null,
      closedAt: null,
      promisedDeliveryDate: promised,
      // compared on the local calendar: delivered any time on the promised day is on time
      deliveredOnTime: deliveredRaw && promised ? deliveredRaw.slice(0, 10) <= promised : null,
      goodsMinor: 0,
      shippingMinor: 0,
      discountMinor: 0,
      taxMinor: 0,
      totalMinor: 0,
      shipCity: who ? customers.text(who.row, 'customer_city') : null,
      shipRegion: who ? customers.text(who.row, 'customer_state') : null,
      shipPostalCode: who ? customers.text(who.row, 'customer_zip_code_prefix') : null,
      shipCountry: 'BR',
      channel: 'olist',
      gateway: null,
      note: null,
      tags: null,
      lines: [],
    };
    orderByExt.set(ext, o);
    set.orders.push(o);
    if (who && placedAt) {
      const prev = latestOrderOfPerson.get(who.person);
      if (!prev || placedAt > prev.placedAt) latestOrderOfPerson.set(who.person, { placedAt, row: who.row });
    }
  }

  // a person's address is the one on their latest order
  const seenPeople = new Set<string>();
  for (let i = 0; i < customers.t.rows.length; i++) {
    const person = customers.raw(i, 'customer_unique_id').trim();
    if (!person || seenPeople.has(person)) continue;
    seenPeople.add(person);
    const row = latestOrderOfPerson.get(person)?.row ?? i;
    set.customers.push({
      externalId: person,
      name: null,
      email: null,
      phone: null,
      city: customers.text(row, 'customer_city'),
      region: customers.text(row, 'customer_state'),
      postalCode: customers.text(row, 'customer_zip_code_prefix'),
      country: 'BR',
      acceptsMarketing: null,
      createdAt: null,
    });
  }

  /** a + b exactly; null, and a problem on the row's field, when it cannot be held exactly */
  const sum = (t: Fields, i: number, field: string, a: number, b: number, what: string): number | null => {
    try {
      return addMinor(a, b, CUR);
    } catch (e) {
      t.fail(i, field, `${what}: ${(e as MoneyError).message}`);
      return null;
    }
  };
  // the first sum that overflows is the one reported; the sums it feeds are not checked again
  let fileItems: number | null = 0;
  let filePaid: number | null = 0;
  const items = F('items');
  const itemKeys = new Set<string>();
  for (let i = 0; i < items.t.rows.length; i++) {
    const orderExt = items.text(i, 'order_id', true)!;
    const o = orderByExt.get(orderExt);
    if (!o) {
      items.fail(i, 'order_id', `"${orderExt}" is not in the orders file`);
      continue;
    }
    const lineNo = items.int(i, 'order_item_id', { required: true, min: 1 }) ?? 0;
    const key = `${orderExt}-${lineNo}`;
    if (itemKeys.has(key)) items.fail(i, 'order_item_id', `item ${lineNo} of order ${orderExt} appears twice`);
    itemKeys.add(key);
    const productId = items.text(i, 'product_id', true);
    if (productId && !productIds.has(productId)) items.fail(i, 'product_id', `"${productId}" is not in the products file`);
    const sellerId = items.text(i, 'seller_id', true);
    if (sellerId && !sellerIds.has(sellerId)) items.fail(i, 'seller_id', `"${sellerId}" is not in the sellers file`);
    const price = items.money(i, 'price', CUR);
    const freight = items.money(i, 'freight_value', CUR);
    if (price < 0) items.fail(i, 'price', 'is negative');
    if (freight < 0) items.fail(i, 'freight_value', 'is negative');
    // every sum this line enters must be held exactly: the line's, its order's and the file's
    const lineTotal = sum(items, i, 'freight_value', price, freight, `item ${lineNo} of order ${orderExt}`);
    const goods = lineTotal === null ? null : sum(items, i, 'price', o.goodsMinor, price, `order ${orderExt}'s items`);
    const shipping = goods === null ? null : sum(items, i, 'freight_value', o.shippingMinor, freight, `order ${orderExt}'s freight`);
    const orderTotal = shipping === null ? null : sum(items, i, 'price', o.totalMinor, lineTotal!, `order ${orderExt}'s total`);
    if (fileItems !== null && orderTotal !== null) fileItems = sum(items, i, 'price', fileItems, lineTotal!, 'the items of the file');
    const state = STATE_BY_STATUS[o.status] ?? 'placed';
    const line: LineIn = {
      externalId: key,
      lineNo,
      kind: price === 0 ? 'free_item' : 'goods',
      productExternalId: productId,
      variantExternalId: null,
      sellerExternalId: sellerId,
      sku: productId,
      title: null,
      quantity: 1, // Olist lists one row per unit
      unitPriceMinor: price,
      shippingMinor: freight,
      discountMinor: 0,
      taxMinor: 0,
      totalMinor: lineTotal ?? 0,
      currency: CUR,
      state,
      placedAt: o.placedAt,
      approvedAt: o.approvedAt,
      handedToCarrierAt: o.handedToCarrierAt,
      deliveredAt: o.deliveredAt,
      cancelledAt: null,
      returnedAt: null,
      shipBy: items.timestamp(i, 'shipping_limit_date', TZ),
      promisedDeliveryDate: o.promisedDeliveryDate,
    };
    o.lines.push(line);
    if (orderTotal !== null) {
      o.goodsMinor = goods!;
      o.shippingMinor = shipping!;
      o.totalMinor = orderTotal;
    }
  }
  for (const o of set.orders) o.lines.sort((a, b) => a.lineNo - b.lineNo);

  const payments = F('payments');
  const paidByOrder = new Map<string, number>();
  const payKeys = new Set<string>();
  for (let i = 0; i < payments.t.rows.length; i++) {
    const orderExt = payments.text(i, 'order_id', true)!;
    if (!orderByExt.has(orderExt)) payments.fail(i, 'order_id', `"${orderExt}" is not in the orders file`);
    const seq = payments.int(i, 'payment_sequential', { required: true, min: 1 }) ?? 0;
    const key = `${orderExt}-${seq}`;
    if (payKeys.has(key)) payments.fail(i, 'payment_sequential', `payment ${seq} of order ${orderExt} appears twice`);
    payKeys.add(key);
    const amount = payments.money(i, 'payment_value', CUR);
    if (amount < 0) payments.fail(i, 'payment_value', 'is negative');
    const paid = sum(payments, i, 'payment_value', paidByOrder.get(orderExt) ?? 0, amount, `order ${orderExt}'s payments`);
    if (paid !== null) {
      paidByOrder.set(orderExt, paid);
      if (filePaid !== null) filePaid = sum(payments, i, 'payment_value', filePaid, amount, 'the payments of the file');
    }
    set.payments.push({
      externalId: key,
      orderExternalId: orderExt,
      sequence: seq,
      method: payments.text(i, 'payment_type', true) ?? 'unknown',
      installments: payments.int(i, 'payment_installments', { min: 0 }),
      amountMinor: amount,
      currency: CUR,
      paidAt: null, // Olist gives no payment time; the order's approval is the nearest fact
      gateway: null,
      status: null,
    });
  }

  const reviews = F('reviews');
  const reviewById = new Map<string, ReviewIn>();
  let reviewRows = 0;
  const reviewRow = new Map<string, number>();
  for (let i = 0; i < reviews.t.rows.length; i++) {
    const id = reviews.text(i, 'review_id', true)!;
    const orderExt = reviews.text(i, 'order_id', true)!;
    if (!orderByExt.has(orderExt)) reviews.fail(i, 'order_id', `"${orderExt}" is not in the orders file`);
    const score = reviews.int(i, 'review_score', { required: true, min: 1, max: 5 }) ?? 1;
    const r: ReviewIn = {
      externalId: id,
      score,
      title: reviews.text(i, 'review_comment_title'),
      message: reviews.text(i, 'review_comment_message'),
      createdAt: reviews.timestamp(i, 'review_creation_date', TZ),
      answeredAt: reviews.timestamp(i, 'review_answer_timestamp', TZ),
      orderExternalIds: [orderExt],
    };
    reviewRows++;
    const prev = reviewById.get(id);
    if (!prev) {
      reviewById.set(id, r);
      reviewRow.set(id, i);
      set.reviews.push(r);
    } else {
      if (prev.orderExternalIds.includes(orderExt)) reviews.fail(i, 'order_id', `review ${id} of order ${orderExt} appears twice`);
      prev.orderExternalIds.push(orderExt);
      // a review that covers several orders is repeated whole on each; a repeat that says something
      // else is a different review under the same id, and Olist gives no date to tell which is right
      const differs = (
        [
          ['review_score', prev.score, r.score],
          ['review_comment_title', prev.title, r.title],
          ['review_comment_message', prev.message, r.message],
          ['review_creation_date', prev.createdAt, r.createdAt],
          ['review_answer_timestamp', prev.answeredAt, r.answeredAt],
        ] as const
      ).find(([, a, b]) => a !== b);
      if (differs) {
        reviews.fail(i, differs[0], `review ${id} is also on line ${reviews.t.lineOf(reviewRow.get(id)!)} (order ${prev.orderExternalIds[0]}) with a different ${differs[0].replace(/^review_(comment_)?/, '')}: one review id, two reviews; which one is right cannot be told`);
      }
    }
  }
  problems.throwIfAny();
  progress?.(byKind.size + 1, byKind.size + 1);

  // ----- the report: figures and the decisions taken about Olist's quirks -----
  const lines = set.orders.reduce((s, o) => s + o.lines.length, 0);
  const paid = filePaid ?? 0; // not null here: an overflow was refused above
  const itemsValue = fileItems ?? 0;
  const noItems = set.orders.filter((o) => o.lines.length === 0);
  let overCent = 0;
  let oneCent = 0;
  let unpaid = 0;
  for (const o of set.orders) {
    if (o.lines.length === 0) continue;
    const p = paidByOrder.get(o.externalId);
    if (p === undefined) unpaid++;
    const d = Math.abs((p ?? 0) - o.totalMinor);
    if (d > 1) overCent++;
    else if (d === 1) oneCent++;
  }
  const delivered = set.orders.filter((o) => o.deliveredOnTime !== null);
  const late = delivered.filter((o) => o.deliveredOnTime === false).length;
  const sharedReviews = set.reviews.filter((r) => r.orderExternalIds.length > 1);
  set.totals = {
    orders: set.orders.length,
    orderLines: lines,
    payments: set.payments.length,
    paymentsMinor: paid,
    itemsAndFreightMinor: itemsValue,
    reviewRows,
    distinctReviews: set.reviews.length,
    customers: set.customers.length,
    products: set.products.length,
    sellers: set.sellers.length,
    ordersWithoutItems: noItems.length,
    paymentMismatchOverOneCent: overCent,
    paymentMismatchOneCent: oneCent,
    delivered: delivered.length,
    deliveredLate: late,
  };
  set.notes.push(
    `${set.orders.length.toLocaleString('en-US')} orders with ${lines.toLocaleString('en-US')} lines; payments total BRL ${fmt(paid)} against items + freight of BRL ${fmt(itemsValue)}.`,
    `${set.customers.length.toLocaleString('en-US')} customers: Olist's customer_unique_id is the person; its per-order customer_id (${personOf.size.toLocaleString('en-US')} of them) is kept on each order.`,
    `${noItems.length} orders have no items (${summarise(noItems.map((o) => o.status))}); they are imported with no lines and their payments kept.`,
    `${thousands(overCent)} orders with items have payments that differ from items + freight by more than BRL 0.01${unpaid ? ` (${thousands(unpaid)} of them with no payment at all)` : ''}, and ${thousands(oneCent)} more differ by exactly BRL 0.01 (installment rounding). Each order keeps its payment difference for reconciliation to explain.`,
    `${reviewRows.toLocaleString('en-US')} review rows are ${set.reviews.length.toLocaleString('en-US')} reviews: ${sharedReviews.length} reviews cover more than one order and are linked to each (each repeat carries the same review; one that did not would be refused).`,
    `${delivered.length.toLocaleString('en-US')} orders delivered, ${late} of them after the promised date (compared on the local calendar day).`,
  );
  return set;
}

function summarise(words: string[]): string {
  const c = new Map<string, number>();
  for (const w of words) c.set(w, (c.get(w) ?? 0) + 1);
  return [...c].sort((a, b) => b[1] - a[1]).map(([w, n]) => `${n} ${w}`).join(', ');
}
