// Shopify Admin REST payloads (JSON): response bodies ({"orders":[...]}, {"product":{...}}, ...) or
// arrays of captured exchanges ([{request, response_body}, ...]). A file may hold any resource.
// Shopify's quirks, each handled on purpose:
// - API versions drop fields (2023 removed the order's gateway, processing_method, total_price_usd):
//   a missing field is null, the gateway comes from the order's transactions, unknown fields are ignored
// - a capture repeats the same record in many responses, some trimmed by `fields=`: each record is
//   kept once, as its copy updated last describes it (fields that copy lacks come from earlier
//   copies); copies updated at the same moment that disagree are refused, naming both files
// - only GET responses are read: a write's response echoes what the capturer sent (test orders,
//   test captures, a "calculate" refund that never happened), not the shop's state
// - an order line may name a product this import does not carry: the line keeps its SKU and title
//   but is not linked, because a link to a product that exists nowhere would break the workspace
// - amounts are decimal strings ("199.00"); the few sent as JSON numbers are read through their
//   decimal text, never as floats
import { isDeepStrictEqual } from 'node:util';
import { MoneyError, addMinor, isCurrency, minorToDecimal, multiplyMinor, parseDecimalToMinor } from '../../contract/money';
import { isValidTimeZone, localDate, offsetTimestampToUtc } from '../../platform/time';
import { Problems } from './fields';
import { fileSha256, readUtf8Text, type ImportFile } from './files';
import {
  emptySet,
  type CustomerIn,
  type ImportSet,
  type LineIn,
  type LineState,
  type OrderIn,
  type PaymentIn,
  type ProductIn,
  type RefundIn,
  type VariantIn,
} from './import-set';

type Json = Record<string, unknown>;

const isObj = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const records = (v: unknown): Json[] => (Array.isArray(v) ? v.filter(isObj) : isObj(v) ? [v] : []);

/** Text of a field; blank becomes null, numbers keep their digits, anything else is null. */
function text(v: unknown): string | null {
  if (typeof v === 'string') return v.trim() === '' ? null : v.trim();
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  return null;
}

/** Significant digits of a number's decimal text ("0.0012" has 2, "1.5e+21" has 2). */
export function significantDigits(decimal: string): number {
  const mantissa = decimal.replace(/^[-+]/, '').split(/e/i)[0].replace('.', '');
  return mantissa.replace(/^0+/, '').length;
}

/** A Shopify id as text; ids beyond 2^53 cannot have been read exactly from JSON. */
function idText(v: unknown): string | null {
  if (typeof v === 'number') return Number.isSafeInteger(v) ? String(v) : null;
  return text(v);
}

function int(v: unknown): number | null {
  return typeof v === 'number' && Number.isSafeInteger(v) ? v : typeof v === 'string' && /^-?\d+$/.test(v.trim()) ? Number(v.trim()) : null;
}

// ----- reading the files -----------------------------------------------------------------------

interface Loaded {
  file: ImportFile;
  text: string;
  records: number;
}

interface Seen {
  rec: Json;
  from: Loaded;
  /** the id of the enclosing record (a variant's product, a refund's order) */
  parent: string | null;
}

/**
 * Every copy of each record, by id. `pick` decides which copy describes the record:
 * - copies updated at different moments (updated_at): the one updated last wins, because the record
 *   changed between the reads; a field it lacks (a response trimmed by `fields=`) comes from the
 *   copy updated before it that has the field
 * - copies updated at the same moment (or neither saying when) must agree on every field both carry:
 *   identical copies and trimmed copies are the same record; two that differ are two versions of one
 *   record at one time, and which is right cannot be told, so the import is refused naming both
 */
class Pool {
  constructor(
    readonly name: string,
    /** the fields of this resource the import reads: copies are compared on these only */
    private readonly reads: readonly string[],
    /** when the copy was current: updated_at, or for records Shopify never changes, when they were made */
    private readonly versionFields: readonly string[] = ['updated_at'],
  ) {}
  readonly byId = new Map<string, Seen[]>();
  private readonly picked = new Map<string, Seen>();
  copies = 0;
  /** records whose copies differed and were decided by their updated_at */
  superseded = 0;
  add(id: string, seen: Seen) {
    const list = this.byId.get(id);
    if (list) list.push(seen);
    else this.byId.set(id, [seen]);
    this.copies++;
  }
  pick(id: string, problems: Problems): Seen {
    const done = this.picked.get(id);
    if (done) return done;
    const copies = this.byId.get(id)!;
    let result = copies[0];
    if (copies.length > 1) {
      // latest first; of copies updated at the same moment, the fullest, then the first read
      // its own updated_at first; of copies with the same, the one whose records inside are newer
      const cmp = (x: number, y: number) => (x === y ? 0 : x > y ? -1 : 1);
      const order = copies
        .map((c, i) => ({ c, i, ...this.version(c.rec), n: Object.keys(c.rec).length }))
        .sort((a, b) => cmp(a.t, b.t) || cmp(a.inner, b.inner) || b.n - a.n || a.i - b.i);
      const latest = order.filter((o) => o.t === order[0].t && o.inner === order[0].inner);
      for (let a = 0; a < latest.length; a++) {
        for (let b = a + 1; b < latest.length; b++) {
          const field = this.firstDifference(latest[a].c.rec, latest[b].c.rec);
          if (field === null) continue;
          const [x, y] = [latest[a].c, latest[b].c].sort((p, q) => copies.indexOf(p) - copies.indexOf(q));
          const when = order[0].t === -Infinity ? 'neither says when it was updated' : `both are as of ${new Date(order[0].t).toISOString().replace('.000Z', 'Z')}`;
          const xLine = locate(x, field, x.rec[field]);
          problems.add(
            y.from.file.name,
            locate(y, field, y.rec[field]),
            field,
            `${this.name} ${id} is also in ${x.from.file.name}${xLine ? ` (line ${xLine})` : ''} with a different "${field}", and ${when}: two versions of one record at one time, and which one is right cannot be told; import one of them`,
          );
          a = latest.length; // one problem per record is enough
          break;
        }
      }
      const winner = order[0].c;
      if (order.some((o) => (o.t !== order[0].t || o.inner !== order[0].inner) && this.firstDifference(o.c.rec, winner.rec) !== null)) this.superseded++;
      // fields the winner lacks, from the copies before it (latest first)
      const merged: Json = {};
      for (const o of [...order].reverse()) Object.assign(merged, o.c.rec);
      Object.assign(merged, winner.rec);
      result = { ...winner, rec: merged };
    }
    this.picked.set(id, result);
    return result;
  }
  /**
   * When a copy was current: its own updated_at (or what stands for it), and the latest updated_at of
   * a record inside it (a fulfillment, a refund), which tells apart copies with the same updated_at:
   * not every change to what an order carries moves the order's own updated_at.
   */
  private version(rec: Json): { t: number; inner: number } {
    let own = -Infinity;
    for (const f of this.versionFields) {
      const t = typeof rec[f] === 'string' ? Date.parse(rec[f] as string) : Number.NaN;
      if (!Number.isNaN(t)) {
        own = t;
        break;
      }
    }
    let inner = -Infinity;
    const walk = (v: unknown, depth: number): void => {
      if (Array.isArray(v)) for (const x of v) walk(x, depth);
      else if (isObj(v)) {
        if (depth > 0 && typeof v.updated_at === 'string') {
          const t = Date.parse(v.updated_at);
          if (!Number.isNaN(t) && t > inner) inner = t;
        }
        for (const [k, x] of Object.entries(v)) if (depth > 0 || this.reads.includes(k)) walk(x, depth + 1);
      }
    };
    walk(rec, 0);
    return { t: own, inner };
  }
  /**
   * The first field the import reads that both copies carry with different values; null when none.
   * An embedded record with its own id (an order's customer) is a record of its own, decided in its
   * own pool: here only which one it is (its id) counts.
   */
  private firstDifference(a: Json, b: Json): string | null {
    for (const k of this.reads) {
      if (!(k in a) || !(k in b)) continue;
      const [x, y] = [a[k], b[k]];
      if (isObj(x) && isObj(y) && 'id' in x && 'id' in y) {
        if (x.id !== y.id) return k;
      } else if (!isDeepStrictEqual(x, y)) return k;
    }
    return null;
  }
  get size() {
    return this.byId.size;
  }
  get repeated() {
    return this.copies - this.byId.size;
  }
  /** ids in the order they were first read */
  ids(): string[] {
    return [...this.byId.keys()];
  }
}



/** 1-based line of a character offset. */
function lineAt(s: string, pos: number): number {
  let line = 1;
  for (let i = 0; i < pos && i < s.length; i++) if (s.charCodeAt(i) === 10) line++;
  return line;
}

/** The line of the last non-blank character: where a truncated file visibly stops. */
function lastLine(s: string): number {
  let end = s.length;
  while (end > 0 && /\s/.test(s[end - 1])) end--;
  return lineAt(s, Math.max(0, end - 1));
}

/**
 * Where JSON.parse failed, as a 1-based line. V8 names a position in most messages ("... in JSON at
 * position 123", newer ones "(line 3 column 5)") but not all ("Unexpected token '}', ... is not
 * valid JSON"); then a small scan finds the first offending character itself.
 */
function syntaxErrorLine(s: string, message: string): { line: number; truncated: boolean } {
  const lc = /\(line (\d+) column \d+\)/.exec(message);
  if (lc) return { line: Number(lc[1]), truncated: false };
  if (/Unexpected end of JSON input/i.test(message)) return { line: lastLine(s), truncated: true };
  const at = /at position (\d+)/.exec(message);
  const pos = at ? Number(at[1]) : firstSyntaxError(s);
  if (pos >= s.length || pos < 0) return { line: lastLine(s), truncated: true };
  return { line: lineAt(s, pos), truncated: false };
}

/** Offset of the first character that breaks JSON's grammar (s.length when it ends too soon). */
function firstSyntaxError(s: string): number {
  class At {
    constructor(readonly pos: number) {}
  }
  let i = 0;
  const fail = (): never => {
    throw new At(Math.min(i, s.length));
  };
  const ws = () => {
    while (i < s.length && (s[i] === ' ' || s[i] === '\t' || s[i] === '\n' || s[i] === '\r')) i++;
  };
  const word = (w: string) => {
    for (const c of w) {
      if (s[i] !== c) fail();
      i++;
    }
  };
  const str = () => {
    i++;
    for (;;) {
      if (i >= s.length) fail();
      const c = s.charCodeAt(i);
      if (c === 34) {
        i++;
        return;
      }
      if (c < 0x20) fail();
      if (c === 92) {
        const e = s[i + 1] ?? '';
        if (e === 'u') {
          for (let k = 2; k <= 5; k++) {
            if (!/[0-9a-fA-F]/.test(s[i + k] ?? '')) {
              i += k;
              fail();
            }
          }
          i += 6;
        } else if (e !== '' && '"\\/bfnrt'.includes(e)) i += 2;
        else {
          i++;
          fail();
        }
        continue;
      }
      i++;
    }
  };
  const NUM = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
  const value = (): void => {
    ws();
    const c = s[i];
    if (c === '{') {
      i++;
      ws();
      if (s[i] === '}') {
        i++;
        return;
      }
      for (;;) {
        ws();
        if (s[i] !== '"') fail();
        str();
        ws();
        if (s[i] !== ':') fail();
        i++;
        value();
        ws();
        if (s[i] === ',') i++;
        else if (s[i] === '}') {
          i++;
          return;
        } else fail();
      }
    }
    if (c === '[') {
      i++;
      ws();
      if (s[i] === ']') {
        i++;
        return;
      }
      for (;;) {
        value();
        ws();
        if (s[i] === ',') i++;
        else if (s[i] === ']') {
          i++;
          return;
        } else fail();
      }
    }
    if (c === '"') return str();
    if (c === 't') return word('true');
    if (c === 'f') return word('false');
    if (c === 'n') return word('null');
    NUM.lastIndex = i;
    const m = NUM.exec(s);
    if (!m) fail();
    i += m![0].length;
  };
  try {
    value();
    ws();
    if (i < s.length) fail();
    return -1;
  } catch (e) {
    if (e instanceof At) return e.pos;
    throw e;
  }
}

// ----- the importer ------------------------------------------------------------------------------

const PAID = new Set(['paid', 'partially_paid']);
const PAYMENT_KINDS = new Set(['sale', 'capture']);

export function parseShopify(files: ImportFile[], progress?: (done: number, total: number) => void): ImportSet {
  const problems = new Problems();
  const withSet = (f: string) => [f, `${f}_set`];
  const pools = {
    orders: new Pool('order', [
      'name', 'email', 'contact_email', 'currency', 'created_at', 'cancelled_at', 'closed_at', 'processed_at', 'financial_status',
      'fulfillment_status', 'fulfillments', 'line_items', 'shipping_lines', ...withSet('total_shipping_price'), ...withSet('total_line_items_price'),
      ...withSet('subtotal_price'), ...withSet('total_discounts'), ...withSet('total_tax'), ...withSet('total_price'), 'taxes_included', 'gateway',
      'payment_gateway_names', 'customer', 'shipping_address', 'source_name', 'note', 'tags',
    ]),
    customers: new Pool('customer', ['first_name', 'last_name', 'email', 'phone', 'default_address', 'accepts_marketing', 'email_marketing_consent', 'created_at']),
    products: new Pool('product', ['title', 'product_type', 'vendor', 'status', 'body_html', 'images', 'created_at']),
    variants: new Pool('variant', ['product_id', 'sku', 'title', 'price', 'barcode', 'inventory_quantity', 'grams']),
    // transactions and refunds are never changed once made: when they were made stands for updated_at
    transactions: new Pool('transaction', ['order_id', 'kind', 'status', 'gateway', ...withSet('amount'), 'currency', 'processed_at', 'created_at', 'payment_details'], ['processed_at', 'created_at']),
    refunds: new Pool('refund', ['order_id', 'created_at', 'processed_at', 'note', 'transactions', 'refund_line_items'], ['processed_at', 'created_at']),
  };
  const shops: { rec: Json; from: Loaded }[] = [];
  const statusHosts = new Set<string>();
  const skippedResources = new Map<string, number>();
  const skippedWrites = new Map<string, number>();
  let getResponses = 0;
  let errorResponses = 0;
  let withoutId = 0;
  let unnamedLists = 0;

  const skip = (what: string, n = 1) => skippedResources.set(what, (skippedResources.get(what) ?? 0) + n);
  const loaded: Loaded[] = [];

  /** Files records of one response body into the pools; other resources are counted and left. */
  const readBody = (body: Json, from: Loaded, path: string | null) => {
    for (const [key, value] of Object.entries(body)) {
      switch (key) {
        case 'orders':
        case 'order':
          for (const o of records(value)) addOrder(o, from);
          break;
        case 'customers':
        case 'customer':
          for (const c of records(value)) add(pools.customers, c, from, null);
          break;
        case 'products':
        case 'product':
          for (const p of records(value)) addProduct(p, from);
          break;
        case 'variants':
        case 'variant':
          for (const v of records(value)) add(pools.variants, v, from, idText(v.product_id));
          break;
        case 'transactions':
        case 'transaction': {
          // Shopify Payments balance transactions share the name but are payouts, not an order's payments
          const list = records(value);
          if (path?.includes('/shopify_payments/') || list.some((t) => !('kind' in t) || !('order_id' in t))) {
            skip('payment balance transactions', list.length);
            break;
          }
          for (const t of list) add(pools.transactions, t, from, idText(t.order_id));
          break;
        }
        case 'refunds':
        case 'refund':
          for (const r of records(value)) addRefund(r, from, idText(r.order_id));
          break;
        case 'shop':
          if (isObj(value)) shops.push({ rec: value, from });
          break;
        case 'count':
          break; // a count says nothing about the records themselves
        case 'errors':
          errorResponses++;
          break;
        default:
          skip(key, Array.isArray(value) ? value.length : 1);
      }
    }
  };

  const add = (pool: Pool, rec: Json, from: Loaded, parent: string | null): string | null => {
    const id = idText(rec.id);
    if (id === null) {
      // an order, customer or product without its id cannot be upserted or linked: refuse the file
      withoutId++;
      if (typeof rec.id === 'number') return null; // too large: refused above, at its line
      problems.add(from.file.name, recordLine(from, rec), 'id', `${/^[aeiou]/.test(pool.name) ? 'an' : 'a'} ${pool.name} record has no id${rec.name || rec.title ? ` (${String(rec.name ?? rec.title)})` : ''}`);
      return null;
    }
    pool.add(id, { rec, from, parent });
    from.records++;
    return id;
  };
  const addOrder = (o: Json, from: Loaded) => {
    const id = add(pools.orders, o, from, null);
    if (id === null) return;
    if (isObj(o.customer)) add(pools.customers, o.customer, from, null);
    for (const r of records(o.refunds)) addRefund(r, from, id);
    for (const t of records(o.transactions)) add(pools.transactions, t, from, id);
    const url = text(o.order_status_url);
    if (url) {
      try {
        statusHosts.add(new URL(url).host.toLowerCase());
      } catch {
        // a malformed status link only loses a hint at the shop's domain
      }
    }
  };
  const addProduct = (p: Json, from: Loaded) => {
    const id = add(pools.products, p, from, null);
    if (id === null) return;
    for (const v of records(p.variants)) add(pools.variants, v, from, idText(v.product_id) ?? id);
  };
  const addRefund = (r: Json, from: Loaded, orderId: string | null) => {
    const parent = idText(r.order_id) ?? orderId;
    add(pools.refunds, r, from, parent);
    // a refund's own transactions are the order's transactions too (they name the gateway)
    for (const t of records(r.transactions)) add(pools.transactions, t, from, idText(t.order_id) ?? parent);
  };

  files.forEach((file, n) => {
    // strict UTF-8, as for CSV: a Latin-1 file would otherwise land as U+FFFD in names and notes
    const raw = readUtf8Text(file.path, file.name, 'save it as UTF-8 JSON');
    const from: Loaded = { file, text: raw, records: 0 };
    loaded.push(from);
    let doc: unknown;
    try {
      doc = JSON.parse(raw);
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      const { line, truncated } = syntaxErrorLine(raw, message);
      // V8 may quote the text around the error, newlines and all; the line number says where it is
      const reason = message.replace(/,\s*".*" is not valid JSON$/s, '');
      problems.add(file.name, line, undefined, truncated
        ? `the JSON is truncated: the file ends before its last value is complete (${reason})`
        : `the JSON is broken at line ${line}: ${reason}`);
      progress?.(n + 1, files.length + 1);
      return;
    }
    // an id is a JSON number, which holds whole numbers exactly only up to 2^53 - 1: past that two
    // ids could read as one, so such a file is refused rather than read as "has no id"
    for (const m of raw.matchAll(/"(\w*id)"\s*:\s*(-?\d{16,})(?=\s*[,}\]])/g)) {
      if (BigInt(m[2]) <= BigInt(Number.MAX_SAFE_INTEGER) && BigInt(m[2]) >= -BigInt(Number.MAX_SAFE_INTEGER)) continue;
      problems.add(file.name, lineAt(raw, m.index), m[1], `${m[2]} is too large to be read exactly from a JSON number (the limit is ${Number.MAX_SAFE_INTEGER}); Shopify's ids are below it`);
    }
    const isExchange = (x: unknown) => isObj(x) && ('response_body' in x || 'request' in x);
    const exchanges = Array.isArray(doc) && doc.length > 0 && doc.every(isExchange) ? doc : isExchange(doc) ? [doc] : null;
    if (exchanges) {
      for (const ex of exchanges as Json[]) {
        const request = isObj(ex.request) ? ex.request : {};
        const method = (text(request.method) ?? 'GET').toUpperCase();
        const path = text(request.path);
        if (method !== 'GET') {
          skippedWrites.set(method, (skippedWrites.get(method) ?? 0) + 1);
          continue;
        }
        getResponses++;
        if (isObj(ex.response_body)) readBody(ex.response_body, from, path);
      }
    } else if (isObj(doc)) readBody(doc, from, null);
    else if (Array.isArray(doc)) unnamedLists++; // a bare list does not say what it holds (e.g. fulfillments)
    else problems.add(file.name, 1, undefined, 'is not a Shopify payload: expected a JSON object or a list of captured exchanges');
    progress?.(n + 1, files.length + 1);
  });
  problems.throwIfAny();

  // ----- the shop: domain, currency and time zone ---------------------------------------------------
  const shop = shops.length ? shops.reduce((a, b) => (Object.keys(b.rec).length > Object.keys(a.rec).length ? b : a)) : null;
  const shopDomains = new Set(shops.map((s) => text(s.rec.myshopify_domain)?.toLowerCase()).filter((d): d is string => !!d));
  const myshopifyHosts = [...statusHosts].filter((h) => h.endsWith('.myshopify.com'));
  const domains = new Set([...shopDomains, ...myshopifyHosts]);
  if (domains.size > 1) {
    // one import is one source: mixing two shops would file one shop's orders under the other
    problems.add(files.map((f) => f.name).join(', '), 0, 'myshopify_domain', `the files come from more than one shop (${[...domains].join(', ')}); import each shop on its own`);
    problems.throwIfAny();
  }
  const domain = [...domains][0] ?? [...statusHosts][0] ?? null;
  const shopCurrency = shop ? text(shop.rec.currency) : null;
  if (shop && shopCurrency !== null && !isCurrency(shopCurrency)) {
    problems.add(shop.from.file.name, locate({ rec: shop.rec, from: shop.from, parent: null }, 'currency', shopCurrency), 'currency', `shop: "${shopCurrency}" is not an ISO 4217 currency`);
  }
  const iana = shop ? text(shop.rec.iana_timezone) : null;
  const timezoneKnown = !!iana && isValidTimeZone(iana);
  const timezone = timezoneKnown ? iana! : 'UTC';

  // ----- readers that record problems against the file a record came from ----------------------------
  const money = (s: Seen, rec: Json, field: string, currency: string, what: string): number | null => {
    let v = rec[field];
    if ((v === undefined || v === null) && isObj(rec[`${field}_set`])) {
      const shopMoney = (rec[`${field}_set`] as Json).shop_money;
      if (isObj(shopMoney)) v = shopMoney.amount;
    }
    if (v === undefined || v === null) return null;
    // a JSON number is read through its decimal text ("195.66"), so no float ever holds money;
    // that text is the number's own only up to 15 significant digits (a double holds 15 exactly)
    const decimal = typeof v === 'string' ? v : typeof v === 'number' && Number.isFinite(v) ? String(v) : null;
    if (typeof v === 'number' && decimal !== null && significantDigits(decimal) > 15) {
      problems.add(s.from.file.name, locate(s, field, v), field, `${what}: ${decimal} has more digits than a JSON number keeps exactly; Shopify sends amounts as strings`);
      return null;
    }
    if (decimal === null) {
      problems.add(s.from.file.name, locate(s, field, v), field, `${what}: ${JSON.stringify(v)} is not a decimal amount`);
      return null;
    }
    try {
      return parseDecimalToMinor(decimal, currency);
    } catch (e) {
      problems.add(s.from.file.name, locate(s, field, v), field, `${what}: ${e instanceof MoneyError ? e.message : `"${decimal}" is not a decimal amount`}`);
      return null;
    }
  };
  const time = (s: Seen, rec: Json, field: string, what: string): string | null => {
    const v = text(rec[field]);
    if (v === null) return null;
    const utc = offsetTimestampToUtc(v);
    if (utc === null) problems.add(s.from.file.name, locate(s, field, rec[field]), field, `${what}: "${v}" is not a timestamp with its offset on a day the calendar has (YYYY-MM-DDTHH:MM:SS±HH:MM)`);
    return utc;
  };
  const currencyOf = (s: Seen, rec: Json, what: string): string | null => {
    const c = text(rec.currency);
    if (c === null) return null;
    if (!isCurrency(c)) {
      problems.add(s.from.file.name, locate(s, 'currency', rec.currency), 'currency', `${what}: "${c}" is not an ISO 4217 currency`);
      return null;
    }
    return c;
  };

  // products and sums of money: exact, or a problem against the field that made them too large
  const times = (s: Seen, rec: Json, field: string, unit: number, quantity: number, currency: string, what: string): number => {
    try {
      return multiplyMinor(unit, quantity, currency);
    } catch (e) {
      problems.add(s.from.file.name, locate(s, field, rec[field]), field, `${what}: ${(e as MoneyError).message}`);
      return 0;
    }
  };
  const plus = (s: Seen, rec: Json, field: string, a: number, b: number, currency: string, what: string): number => {
    try {
      return addMinor(a, b, currency);
    } catch (e) {
      problems.add(s.from.file.name, locate(s, field, rec[field]), field, `${what}: ${(e as MoneyError).message}`);
      return a;
    }
  };
  /** an amount that is never negative in Shopify (prices, quantities, discounts, taxes, totals) */
  const notNegative = (s: Seen, rec: Json, field: string, value: number | null, what: string): number | null => {
    if (value !== null && value < 0) {
      problems.add(s.from.file.name, locate(s, field, rec[field]), field, `${what}: ${JSON.stringify(rec[field])} is negative; Shopify gives money going back as refunds, not as negative ${field.replace(/_/g, ' ')}`);
    }
    return value;
  };

  // ----- catalog -------------------------------------------------------------------------------------
  const products: ProductIn[] = [];
  for (const id of pools.products.ids()) {
    const s = pools.products.pick(id, problems);
    const p = s.rec;
    const category = text(p.product_type);
    const body = text(p.body_html);
    products.push({
      externalId: id,
      title: text(p.title),
      category,
      categoryLabel: category,
      vendor: text(p.vendor),
      status: text(p.status),
      // the description as a shopper reads it: the HTML's text, not its markup
      descriptionLength: body === null ? null : body.replace(/<[^>]*>/g, '').replace(/\s+/g, ' ').trim().length,
      photos: Array.isArray(p.images) ? p.images.length : null,
      weightGrams: null, // Shopify weighs variants, not products
      lengthCm: null,
      heightCm: null,
      widthCm: null,
      createdAt: time(s, p, 'created_at', `product ${id}`),
      updatedAt: time(s, p, 'updated_at', `product ${id}`),
    });
  }

  const variants: VariantIn[] = [];
  let variantsWithoutProduct = 0;
  let unpricedVariants = 0;
  for (const id of pools.variants.ids()) {
    const s = pools.variants.pick(id, problems);
    const v = s.rec;
    const productId = idText(v.product_id) ?? s.parent;
    if (productId === null) {
      variantsWithoutProduct++;
      continue;
    }
    // a variant's price is in the shop's currency; without it the digits cannot be read safely
    let priceMinor: number | null = null;
    if (shopCurrency && isCurrency(shopCurrency)) priceMinor = money(s, v, 'price', shopCurrency, `variant ${id}`);
    else if (v.price !== undefined && v.price !== null) unpricedVariants++;
    variants.push({
      externalId: id,
      productExternalId: productId,
      sku: text(v.sku),
      title: text(v.title),
      priceMinor,
      currency: shopCurrency && isCurrency(shopCurrency) ? shopCurrency : null,
      barcode: text(v.barcode),
      inventoryQuantity: int(v.inventory_quantity),
      weightGrams: int(v.grams),
    });
  }

  // ----- customers -----------------------------------------------------------------------------------
  const customers: CustomerIn[] = [];
  for (const id of pools.customers.ids()) {
    const s = pools.customers.pick(id, problems);
    const c = s.rec;
    const addr = isObj(c.default_address) ? c.default_address : {};
    const name = [text(c.first_name), text(c.last_name)].filter(Boolean).join(' ');
    const consent = isObj(c.email_marketing_consent) ? text(c.email_marketing_consent.state) : null;
    customers.push({
      externalId: id,
      name: name || null,
      email: text(c.email),
      phone: text(c.phone) ?? text(addr.phone),
      city: text(addr.city),
      region: text(addr.province),
      postalCode: text(addr.zip),
      country: text(addr.country_code),
      // before 2022 a yes/no; since then the e-mail consent's state
      acceptsMarketing: typeof c.accepts_marketing === 'boolean' ? (c.accepts_marketing ? 1 : 0) : consent !== null ? (consent === 'subscribed' ? 1 : 0) : null,
      createdAt: time(s, c, 'created_at', `customer ${id}`),
    });
  }

  // ----- transactions by order ------------------------------------------------------------------------
  const txByOrder = new Map<string, Seen[]>();
  for (const id of pools.transactions.ids()) {
    const s = pools.transactions.pick(id, problems);
    const orderId = idText(s.rec.order_id) ?? s.parent;
    if (orderId === null) continue;
    const list = txByOrder.get(orderId);
    if (list) list.push(s);
    else txByOrder.set(orderId, [s]);
  }
  const txTime = (s: Seen) => {
    const t = Date.parse(String(s.rec.processed_at ?? s.rec.created_at ?? ''));
    return Number.isNaN(t) ? Infinity : t;
  };
  for (const list of txByOrder.values()) list.sort((a, b) => txTime(a) - txTime(b) || Number(a.rec.id) - Number(b.rec.id));
  const succeeded = (s: Seen) => text(s.rec.status) === 'success';

  // ----- orders --------------------------------------------------------------------------------------
  const orders: OrderIn[] = [];
  const orderOfLine = new Map<string, string>();
  const gatewayFrom = { order: 0, transactions: 0, gatewayNames: 0, none: 0 };
  let notReconciled = 0;
  const linesNotGoods: string[] = [];
  for (const id of pools.orders.ids()) {
    const s = pools.orders.pick(id, problems);
    const o = s.rec;
    const what = `order ${id}`;
    const currency = currencyOf(s, o, what) ?? (text(o.currency) === null && shopCurrency && isCurrency(shopCurrency) ? shopCurrency : null);
    if (currency === null) {
      if (text(o.currency) === null) problems.add(s.from.file.name, locate(s, 'id', o.id), 'currency', `${what} has no currency and no shop payload gives one`);
      continue;
    }
    const placedAt = time(s, o, 'created_at', what);
    const createdText = text(o.created_at);
    // the shop's own calendar day: the offset timestamp's date as the shop wrote it
    const placedOn = createdText && placedAt ? (/[+-]\d{2}:?\d{2}$/.test(createdText) ? createdText.slice(0, 10) : localDate(placedAt, timezone)) : null;
    const cancelledAt = time(s, o, 'cancelled_at', what);
    const closedAt = time(s, o, 'closed_at', what);
    const approvedAt = time(s, o, 'processed_at', what);
    // Shopify has no single order status: cancelled wins over closed (archived), anything else is open
    const status = cancelledAt ? 'cancelled' : closedAt ? 'closed' : 'open';
    const financialStatus = text(o.financial_status);

    // a line is handed to the carrier when a successful fulfillment carries it
    const shippedAt = new Map<string, string>();
    let firstShipment: string | null = null;
    for (const f of records(o.fulfillments)) {
      if (text(f.status) !== 'success') continue;
      const at = time(s, f, 'created_at', `${what} fulfillment`);
      if (!at) continue;
      if (!firstShipment || at < firstShipment) firstShipment = at;
      for (const l of records(f.line_items)) {
        const lid = idText(l.id);
        if (lid && (!shippedAt.has(lid) || at < shippedAt.get(lid)!)) shippedAt.set(lid, at);
      }
    }

    const lines: LineIn[] = [];
    let linesGross = 0;
    records(o.line_items).forEach((l, i) => {
      const lid = idText(l.id);
      const lineWhat = `${what} line ${i + 1}`;
      if (lid === null) {
        problems.add(s.from.file.name, locate(s, 'id', o.id), 'line_items', `${lineWhat} has no id`);
        return;
      }
      const other = orderOfLine.get(lid);
      if (other !== undefined && other !== id) {
        problems.add(s.from.file.name, locate(s, 'id', l.id), 'line_items', `line ${lid} appears in orders ${other} and ${id}`);
        return;
      }
      orderOfLine.set(lid, id);
      const quantity = notNegative(s, l, 'quantity', int(l.quantity), lineWhat);
      if (quantity === null) problems.add(s.from.file.name, locate(s, 'quantity', l.quantity), 'quantity', `${lineWhat}: ${JSON.stringify(l.quantity ?? null)} is not a whole number`);
      const price = notNegative(s, l, 'price', money(s, l, 'price', currency, lineWhat), lineWhat) ?? 0;
      // since 2019 discounts sit in discount_allocations; total_discount is the older, deprecated sum
      const allocations = records(l.discount_allocations);
      const discount = allocations.length
        ? allocations.reduce((sum, a) => plus(s, a, 'amount', sum, notNegative(s, a, 'amount', money(s, a, 'amount', currency, `${lineWhat} discount`), `${lineWhat} discount`) ?? 0, currency, `${lineWhat} discounts`), 0)
        : notNegative(s, l, 'total_discount', money(s, l, 'total_discount', currency, lineWhat), lineWhat) ?? 0;
      const tax = records(l.tax_lines).reduce(
        (sum, t) => plus(s, t, 'price', sum, notNegative(s, t, 'price', money(s, t, 'price', currency, `${lineWhat} tax`), `${lineWhat} tax`) ?? 0, currency, `${lineWhat} taxes`),
        0,
      );
      const qty = quantity ?? 0;
      const gross = times(s, l, 'quantity', price, qty, currency, lineWhat);
      linesGross = plus(s, l, 'quantity', linesGross, gross, currency, `${what}'s lines`);

      // kept as given: the writer links them to this import's products or the workspace's
      const productId = idText(l.product_id);
      const variantId = productId === null ? null : idText(l.variant_id);
      const title = text(l.title);
      const variantTitle = text(l.variant_title);
      const handedAt = shippedAt.get(lid) ?? null;
      const state: LineState =
        text(l.fulfillment_status) === 'fulfilled' ? 'handed_to_carrier'
        : cancelledAt ? 'cancelled'
        : financialStatus && PAID.has(financialStatus) ? 'approved'
        : 'placed';
      lines.push({
        externalId: lid,
        origin: { file: s.from.file.name, line: locate(s, 'id', l.id), quantityField: 'quantity' },
        lineNo: i + 1,
        kind: price === 0 ? 'free_item' : 'goods',
        productExternalId: productId,
        variantExternalId: variantId,
        sellerExternalId: null,
        sku: text(l.sku),
        title: title && variantTitle ? `${title} - ${variantTitle}` : (title ?? text(l.name)),
        quantity: qty,
        unitPriceMinor: price,
        shippingMinor: 0,
        discountMinor: discount,
        taxMinor: tax,
        totalMinor: plus(s, l, 'quantity', gross, -discount, currency, lineWhat),
        currency,
        state,
        placedAt,
        approvedAt,
        handedToCarrierAt: handedAt,
        deliveredAt: null,
        cancelledAt: state === 'cancelled' ? cancelledAt : null,
        returnedAt: null,
        shipBy: null,
        promisedDeliveryDate: null,
      });
    });

    const shippingLines = records(o.shipping_lines);
    const shipping = shippingLines.length || Array.isArray(o.shipping_lines)
      ? shippingLines.reduce(
          (sum, sl) => plus(s, sl, 'price', sum, notNegative(s, sl, 'price', money(s, sl, 'price', currency, `${what} shipping`), `${what} shipping`) ?? 0, currency, `${what} shipping`),
          0,
        )
      : notNegative(s, o, 'total_shipping_price', money(s, o, 'total_shipping_price', currency, what), what) ?? 0;
    // goods before discounts (total_line_items_price), so goods + shipping - discounts + tax = total;
    // subtotal_price is after discounts in Shopify's definition and only a fallback
    const goods =
      notNegative(s, o, 'total_line_items_price', money(s, o, 'total_line_items_price', currency, what), what) ??
      notNegative(s, o, 'subtotal_price', money(s, o, 'subtotal_price', currency, what), what) ??
      linesGross;
    const discount = notNegative(s, o, 'total_discounts', money(s, o, 'total_discounts', currency, what), what) ?? 0;
    const tax = notNegative(s, o, 'total_tax', money(s, o, 'total_tax', currency, what), what) ?? 0;
    const add = (...xs: number[]) => xs.reduce((a, b) => plus(s, o, 'total_price', a, b, currency, `${what}'s total`), 0);
    const total = notNegative(s, o, 'total_price', money(s, o, 'total_price', currency, what), what) ?? add(goods, shipping, -discount, tax);
    if (add(goods, shipping, -discount, o.taxes_included === true ? 0 : tax) !== total) notReconciled++;
    // the lines' prices times their quantities are the goods; where they are not, the report says so
    if (lines.length && linesGross !== goods) linesNotGoods.push(`${text(o.name) ?? id}: lines ${minorToDecimal(linesGross, currency)}, goods ${minorToDecimal(goods, currency)}`);

    const txs = txByOrder.get(id) ?? [];
    const paying = txs.filter((t) => succeeded(t) && ['sale', 'authorization', 'capture'].includes(text(t.rec.kind) ?? ''));
    const txGateway = text((paying[0] ?? txs.find(succeeded))?.rec.gateway);
    const gatewayNames = Array.isArray(o.payment_gateway_names) ? text(o.payment_gateway_names[0]) : null;
    const gateway = text(o.gateway) ?? txGateway ?? gatewayNames;
    if (text(o.gateway)) gatewayFrom.order++;
    else if (txGateway) gatewayFrom.transactions++;
    else if (gatewayNames) gatewayFrom.gatewayNames++;
    else gatewayFrom.none++;

    const customer = isObj(o.customer) ? idText(o.customer.id) : null;
    const ship = isObj(o.shipping_address) ? o.shipping_address : {};
    orders.push({
      externalId: id,
      name: text(o.name),
      customerExternalId: customer,
      customerRef: null,
      isGuest: customer === null,
      email: text(o.email) ?? text(o.contact_email),
      status,
      financialStatus,
      fulfillmentStatus: text(o.fulfillment_status),
      currency,
      placedAt,
      placedOn,
      approvedAt,
      handedToCarrierAt: firstShipment,
      deliveredAt: null,
      cancelledAt,
      closedAt,
      promisedDeliveryDate: null,
      deliveredOnTime: null,
      goodsMinor: goods,
      shippingMinor: shipping,
      discountMinor: discount,
      taxMinor: tax,
      totalMinor: total,
      shipCity: text(ship.city),
      shipRegion: text(ship.province),
      shipPostalCode: text(ship.zip),
      shipCountry: text(ship.country_code),
      channel: text(o.source_name),
      gateway,
      note: text(o.note),
      tags: text(o.tags),
      lines,
    });
  }
  const orderById = new Map(orders.map((o) => [o.externalId, o]));

  // ----- payments: successful sales and captures, in the order they happened ---------------------------
  const payments: PaymentIn[] = [];
  let orphanTransactions = 0;
  let ordersWithoutTransactions = 0;
  for (const [orderId, txs] of txByOrder) {
    const o = orderById.get(orderId);
    if (!o) {
      orphanTransactions += txs.length;
      continue;
    }
    let sequence = 0;
    for (const t of txs) {
      if (!succeeded(t) || !PAYMENT_KINDS.has(text(t.rec.kind) ?? '')) continue;
      const tid = idText(t.rec.id)!;
      const currency = currencyOf(t, t.rec, `transaction ${tid}`) ?? o.currency;
      const details = isObj(t.rec.payment_details) ? t.rec.payment_details : {};
      payments.push({
        externalId: tid,
        orderExternalId: orderId,
        sequence: ++sequence,
        method: text(t.rec.gateway) ?? text(details.credit_card_company) ?? 'unknown',
        installments: null,
        amountMinor: notNegative(t, t.rec, 'amount', money(t, t.rec, 'amount', currency, `transaction ${tid}`), `transaction ${tid}`) ?? 0,
        currency,
        paidAt: time(t, t.rec, 'processed_at', `transaction ${tid}`) ?? time(t, t.rec, 'created_at', `transaction ${tid}`),
        gateway: text(t.rec.gateway),
        status: text(t.rec.status),
      });
    }
  }
  for (const o of orders) if (!txByOrder.has(o.externalId)) ordersWithoutTransactions++;

  // ----- refunds -------------------------------------------------------------------------------------
  const refunds: RefundIn[] = [];
  let orphanRefunds = 0;
  let linesValuedByPrice = 0;
  for (const id of pools.refunds.ids()) {
    const s = pools.refunds.pick(id, problems);
    const r = s.rec;
    const orderId = idText(r.order_id) ?? s.parent;
    const o = orderId === null ? undefined : orderById.get(orderId);
    if (!o) {
      orphanRefunds++;
      continue;
    }
    const what = `refund ${id}`;
    const txs = records(r.transactions).filter((t) => text(t.kind) === 'refund' && text(t.status) === 'success');
    const currency = (txs.length ? currencyOf(s, txs[0], what) : null) ?? o.currency;
    const amount = txs.reduce((sum, t) => plus(s, t, 'amount', sum, notNegative(s, t, 'amount', money(s, t, 'amount', currency, what), what) ?? 0, currency, `${what}'s amount`), 0);
    refunds.push({
      externalId: id,
      orderExternalId: o.externalId,
      customerExternalId: o.customerExternalId,
      kind: 'refund',
      createdAt: time(s, r, 'created_at', what) ?? time(s, r, 'processed_at', what),
      amountMinor: amount,
      currency,
      reason: text(r.note),
      lines: records(r.refund_line_items).flatMap((rl) => {
        const rlid = idText(rl.id);
        if (rlid === null) return [];
        const item = isObj(rl.line_item) ? rl.line_item : {};
        const quantity = notNegative(s, rl, 'quantity', int(rl.quantity), `${what} line ${rlid}`) ?? 0;
        let amountMinor = notNegative(s, rl, 'subtotal', money(s, rl, 'subtotal', currency, `${what} line ${rlid}`), `${what} line ${rlid}`);
        if (amountMinor === null) {
          // older payloads give no subtotal: the units at the line's price
          linesValuedByPrice++;
          amountMinor = times(s, rl, 'quantity', money(s, item, 'price', currency, `${what} line ${rlid}`) ?? 0, quantity, currency, `${what} line ${rlid}`);
        }
        const title = text(item.title);
        const variantTitle = text(item.variant_title);
        return [{
          externalId: rlid,
          orderLineExternalId: idText(rl.line_item_id) ?? idText(item.id),
          sku: text(item.sku),
          title: title && variantTitle ? `${title} - ${variantTitle}` : (title ?? text(item.name)),
          quantity,
          amountMinor,
        }];
      }),
    });
  }
  problems.throwIfAny();

  // ----- the set and its report ----------------------------------------------------------------------
  const sourceCurrency = shopCurrency && isCurrency(shopCurrency) ? shopCurrency : singleOrNull(orders.map((o) => o.currency));
  const set = emptySet('shopify', {
    kind: 'shopify',
    externalId: domain,
    name: (shop && text(shop.rec.name)) ?? (domain ? `Shopify ${domain}` : null),
    currency: sourceCurrency,
    timezone: timezoneKnown ? timezone : null,
  });
  set.partial = true;
  for (const f of loaded) set.files.push({ name: f.file.name, rows: f.records, sha256: fileSha256(f.file.path) });
  set.products = products;
  set.variants = variants;
  set.customers = customers;
  set.orders = orders;
  set.payments = payments;
  set.refunds = refunds;

  const lineCount = orders.reduce((n, o) => n + o.lines.length, 0);
  const byCurrency = (items: { currency: string; minor: number }[], what: string) => {
    const sums = new Map<string, number>();
    for (const i of items) {
      try {
        sums.set(i.currency, addMinor(sums.get(i.currency) ?? 0, i.minor, i.currency));
      } catch (e) {
        problems.add(files.map((f) => f.name).join(', '), 0, undefined, `${what} in ${i.currency}: ${(e as MoneyError).message}`);
        break;
      }
    }
    return sums;
  };
  const orderSums = byCurrency(orders.map((o) => ({ currency: o.currency, minor: o.totalMinor })), "the orders' totals");
  const paymentSums = byCurrency(payments.map((p) => ({ currency: p.currency, minor: p.amountMinor })), 'the payments');
  const refundSums = byCurrency(refunds.map((r) => ({ currency: r.currency, minor: r.amountMinor })), 'the refunds');
  problems.throwIfAny();
  const say = (sums: Map<string, number>) => (sums.size ? [...sums].map(([c, m]) => `${c} ${minorToDecimal(m, c)}`).join(' + ') : 'nothing');
  const worth = (n: number, word: string, sums: Map<string, number>) => (n === 0 ? `no ${word}s` : `${count(n, word)} of ${say(sums)}`);

  set.totals = {
    orders: orders.length,
    orderLines: lineCount,
    customers: customers.length,
    guestOrders: orders.filter((o) => o.isGuest).length,
    products: products.length,
    variants: variants.length,
    payments: payments.length,
    refunds: refunds.length,
    repeatedRecords: Object.values(pools).reduce((n, p) => n + p.repeated, 0),
    writeResponsesSkipped: [...skippedWrites.values()].reduce((a, b) => a + b, 0),
    ordersNotReconciled: notReconciled,
  };
  for (const [c, m] of orderSums) set.totals[`orderTotalMinor${c}`] = m;
  for (const [c, m] of paymentSums) set.totals[`paymentsMinor${c}`] = m;
  for (const [c, m] of refundSums) set.totals[`refundsMinor${c}`] = m;

  const notes = set.notes;
  const zoneNote =
    timezone !== 'UTC' ? ''
    : iana ? ` ("${iana}" is not a time zone this system knows)`
    : shop && text(shop.rec.timezone) ? ` (the shop gives only "${text(shop.rec.timezone)}", which is not an IANA zone name)`
    : !shop ? ' (no shop payload)'
    : '';
  notes.push(
    `Shop ${domain ?? '(no payload names its domain: the workspace\'s Shopify shop, or a new one called "shopify")'}${shop ? `, "${text(shop.rec.name)}"` : ''}; currency ${sourceCurrency ?? 'unknown'}; time zone ${timezoneKnown ? timezone : `unknown${zoneNote}: the shop keeps the zone it has (UTC for a new one)`}.`,
    `${count(orders.length, 'order')} with ${count(lineCount, 'line')} worth ${say(orderSums)}; ${count(customers.length, 'customer')}; ${count(products.length, 'product')} with ${count(variants.length, 'variant')}; ${worth(payments.length, 'payment', paymentSums)}; ${worth(refunds.length, 'refund', refundSums)}.`,
  );
  if (getResponses || skippedWrites.size) {
    notes.push(
      `${count(getResponses, 'captured GET response')} read. ${[...skippedWrites].map(([m, n]) => `${n} ${m}`).join(', ') || 'No'} responses to writes were not imported: they echo what the capturer sent (new test orders, extra captures, refund calculations), not the shop's state as read.`,
    );
  }
  const repeated = (Object.entries(pools) as [string, Pool][]).filter(([, p]) => p.repeated > 0);
  if (repeated.length) {
    notes.push(
      `Records read more than once were kept once each: ${repeated.map(([k, p]) => `${p.size} ${p.size === 1 ? k.replace(/s$/, '') : k} from ${p.copies} copies`).join(', ')}. Each is its copy updated last (updated_at), with the fields that copy lacks (a response trimmed by fields=) from the copies before it; copies updated at the same moment agree on every field they share (copies that did not would have been refused).${
        repeated.some(([, p]) => p.superseded) ? ` ${repeated.reduce((n, [, p]) => n + p.superseded, 0)} of them changed between reads; the later copy was kept.` : ''
      }`,
    );
  }

  if (variantsWithoutProduct) notes.push(`${count(variantsWithoutProduct, 'variant')} name no product and were left out.`);
  if (unpricedVariants) notes.push(`${count(unpricedVariants, 'variant price')} left empty: no shop payload gives the currency to read them in.`);
  if (orders.length) {
    notes.push(
      `Where each order's gateway comes from: the order itself (API versions before 2023) ${gatewayFrom.order}, its transactions ${gatewayFrom.transactions}, its payment_gateway_names ${gatewayFrom.gatewayNames}, nowhere ${gatewayFrom.none}.`,
      ordersWithoutTransactions === 0
        ? 'Payments are the successful sale and capture transactions; every order has its transactions in these files.'
        : `Payments are the successful sale and capture transactions; ${ordersWithoutTransactions} of ${count(orders.length, 'order')} ${ordersWithoutTransactions === 1 ? 'has' : 'have'} no transactions in these files and ${ordersWithoutTransactions === 1 ? 'gets' : 'get'} no payments.`,
    );
    notes.push(
      notReconciled
        ? `${count(notReconciled, 'order')} do${notReconciled === 1 ? 'es' : ''} not add up (goods + shipping - discounts + tax ≠ total); their figures are kept as Shopify gives them.`
        : 'Every order adds up: goods + shipping - discounts + tax = total.',
    );
    if (linesNotGoods.length) {
      notes.push(
        `${linesNotGoods.length === 1 ? "1 order's lines" : `${linesNotGoods.length} orders' lines`} (price × quantity) do not make ${linesNotGoods.length === 1 ? 'its' : 'their'} goods (total_line_items_price): ${linesNotGoods.slice(0, 5).join('; ')}${linesNotGoods.length > 5 ? '; …' : ''}. Lines and goods are kept as Shopify gives them.`,
      );
    }
  }
  if (linesValuedByPrice) notes.push(`${count(linesValuedByPrice, 'refund line')} carry no subtotal (older API) and are valued at the line's price times the units returned.`);
  if (orphanTransactions || orphanRefunds) {
    notes.push(`${count(orphanTransactions, 'transaction')} and ${count(orphanRefunds, 'refund')} belong to orders not in this import and were left out; import them with their orders.`);
  }
  if (skippedResources.size) {
    notes.push(`Not imported (resources this import does not store): ${[...skippedResources].map(([k, n]) => `${k} (${n})`).join(', ')}.`);
  }
  if (unnamedLists) notes.push(`${count(unnamedLists, 'file')} hold${unnamedLists === 1 ? 's' : ''} a bare list that does not say what it contains; skipped.`);
  if (errorResponses) notes.push(`${count(errorResponses, 'response')} carried errors rather than records.`);
  if (withoutId) notes.push(`${count(withoutId, 'record')} had no id and were skipped.`);
  progress?.(files.length + 1, files.length + 1);
  return set;
}

const count = (n: number, word: string) => `${n} ${n === 1 ? word : `${word}s`}`;

function singleOrNull(values: string[]): string | null {
  const distinct = new Set(values);
  return distinct.size === 1 ? [...distinct][0] : null;
}

/**
 * Best-effort line of a field in a JSON file. A parsed record no longer knows where it was, so this
 * looks for `"field": value` after the record's own `"id": ...` (else anywhere in the file); it can
 * name an identical field of a neighbouring record. 0 when the text is not found.
 */
function locate(s: Seen, field: string, value: unknown): number {
  const esc = (t: string) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // an object or a list: where the field opens (its text is spread over lines)
  const literal = typeof value === 'object' && value !== null ? (Array.isArray(value) ? '[' : '{') : JSON.stringify(value ?? null);
  if (literal === undefined) return 0;
  const text = s.from.text;
  const anchor = s.rec.id === undefined ? null : new RegExp(`"id"\\s*:\\s*${esc(JSON.stringify(s.rec.id) ?? '')}`).exec(text);
  // a number may be written in any form JSON allows ("1e15" for 1000000000000000)
  const pattern = typeof value === 'number' ? '(-?\\d+(?:\\.\\d+)?(?:[eE][+-]?\\d+)?)' : esc(literal);
  const find = new RegExp(`"${esc(field)}"\\s*:\\s*${pattern}`, 'g');
  const first = (from: number): RegExpExecArray | null => {
    find.lastIndex = from;
    for (let m = find.exec(text); m; m = find.exec(text)) if (typeof value !== 'number' || Number(m[1]) === value) return m;
    return null;
  };
  const m = first(anchor?.index ?? 0) ?? (anchor ? first(0) : null);
  return m ? lineAt(text, m.index) : 0;
}

/** Best-effort line of a record that has no id: where one of its identifying fields is. 0 when none is found. */
function recordLine(from: Loaded, rec: Json): number {
  for (const field of ['name', 'title', 'email', 'order_number', 'created_at', 'updated_at']) {
    const v = rec[field];
    if (v === undefined || v === null || typeof v === 'object') continue;
    const line = locate({ rec: {}, from, parent: null }, field, v);
    if (line) return line;
  }
  return 0;
}
