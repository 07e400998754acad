// Writes a validated ImportSet through each module's writer, in ONE immediate transaction:
// a crash, a kill, a cancel or a bad reference leaves the workspace exactly as it was, and a
// re-run upserts by (source, external id), so it completes the import with no duplicates.
import type { DB } from '../../db/connection';
import type { ImportReport } from '../../contract/api';
import { BadInputError, type InputProblem } from '../../contract/errors';
import { AuditLog } from '../../audit/audit';
import { isoSeconds, type Clock } from '../../platform/clock';
import { minorToDecimal } from '../../contract/money';
import { ensureSource } from '../shops/sources';
import { CatalogWriter } from '../catalog/catalog.store';
import { SellerWriter } from '../suppliers/sellers.store';
import { CustomerWriter } from '../customers/customers.store';
import { OrderWriter } from '../orders/orders.store';
import { PaymentWriter } from '../payments/payments.store';
import { ReviewWriter } from '../reviews/reviews.store';
import type { Tally, UpsertResult } from '../../db/upsert';
import type { ImportSet } from './import-set';
import { faultPoint, neverCancelled, throwIfCancelled, type CancelSignal, type ProgressFn } from '../../workflow/signals';

export interface WriteContext {
  db: DB;
  clock: Clock;
  actor: string;
  jobId: number | null;
  progress?: ProgressFn;
  signal?: CancelSignal;
  /** runs inside the same transaction after the data is written (the job journal's "succeeded") */
  beforeCommit?: (written: ImportReport['written'], source: ImportReport['source']) => void;
}

interface OrderChange {
  outcome: 'inserted' | 'updated';
  what: string[];
}

export function writeImportSet(ctx: WriteContext, set: ImportSet): ImportReport['written'] {
  const { db } = ctx;
  const signal = ctx.signal ?? neverCancelled;
  const total =
    set.sellers.length + set.products.length + set.variants.length + set.customers.length + set.orders.length +
    set.orders.reduce((n, o) => n + o.lines.length, 0) + set.payments.length + set.refunds.length + set.reviews.length;
  let done = 0;
  const tick = () => {
    done++;
    if (done % 1000 === 0) {
      throwIfCancelled(signal);
      ctx.progress?.('writing', done, total);
      faultPoint('writing', done);
    }
  };

  const write = db.transaction(() => {
    const now = isoSeconds(ctx.clock());
    const audit = new AuditLog(db, ctx.clock);
    audit.begin();
    const sourceId = ensureSource(db, set.source, ctx.clock);
    const sellers = new SellerWriter(db);
    const catalog = new CatalogWriter(db);
    const customers = new CustomerWriter(db);
    const orders = new OrderWriter(db);
    const payments = new PaymentWriter(db);
    const reviews = new ReviewWriter(db);
    const problems: InputProblem[] = [];
    const file = set.files.map((f) => f.name).join(', ');
    // references found nowhere: an error for a complete export, counted and left unlinked for a partial one
    const unresolved = new Map<string, number>();
    const resolve = (what: string, id: number | undefined, ext: string, ctxText: string): number | null => {
      if (id !== undefined) return id;
      const holder = ctxText.split(' ')[0]; // "order" (a line's reference) or "variant"
      const key = holder === 'order' ? `line's ${what}` : `${holder}'s ${what}`;
      if (set.partial) unresolved.set(key, (unresolved.get(key) ?? 0) + 1);
      else if (problems.length < 20) {
        problems.push({ file, line: 0, field: what, message: `${ctxText} refers to ${what} "${ext}", which is neither in this import nor in the workspace` });
      }
      return null;
    };
    // what changed per order, for its audit history; a new order's parts are part of its import
    const changed = new Map<number, OrderChange>();
    const noteChange = (orderId: number, r: UpsertResult, what: string) => {
      if (r.outcome === 'unchanged') return;
      let c = changed.get(orderId);
      if (!c) {
        c = { outcome: what === 'order' && r.outcome === 'inserted' ? 'inserted' : 'updated', what: [] };
        changed.set(orderId, c);
        if (c.outcome === 'inserted') return;
      }
      if (c.outcome === 'inserted' || c.what.length >= 50) return;
      const changes = Object.entries(r.changes ?? {});
      c.what.push(r.outcome === 'inserted' ? `${what} added` : changes.length ? `${what}: ${changes.map(([col, [from, to]]) => describeChange(col, from, to, set.source.currency)).join('; ')}` : what);
    };

    for (const s of set.sellers) {
      sellers.seller(sourceId, s);
      tick();
    }
    for (const p of set.products) {
      catalog.product(sourceId, p);
      tick();
    }
    for (const v of set.variants) {
      const productId = resolve('product', catalog.products.idOf(sourceId, v.productExternalId), v.productExternalId, `variant ${v.externalId}`);
      if (productId !== null) catalog.variant(sourceId, productId, v);
      tick();
    }
    for (const c of set.customers) {
      customers.customer(sourceId, c);
      tick();
    }
    const lineIds = new Map<string, number>();
    // orders that were in the workspace already: their lines not in this export go (below)
    const reimported: { orderId: number; order: (typeof set.orders)[number] }[] = [];
    for (const o of set.orders) {
      const customerId =
        o.customerExternalId === null
          ? null
          : resolve('customer', customers.customers.idOf(sourceId, o.customerExternalId), o.customerExternalId, `order ${o.externalId}`);
      const r = orders.order(sourceId, o, { customerId }, now);
      noteChange(r.id, r, 'order');
      if (r.outcome !== 'inserted') reimported.push({ orderId: r.id, order: o });
      tick();
      for (const l of o.lines) {
        const refs = {
          productId: l.productExternalId === null ? null : resolve('product', catalog.products.idOf(sourceId, l.productExternalId), l.productExternalId, `order ${o.externalId} line ${l.lineNo}`),
          variantId: l.variantExternalId === null ? null : resolve('variant', catalog.variants.idOf(sourceId, l.variantExternalId), l.variantExternalId, `order ${o.externalId} line ${l.lineNo}`),
          sellerId: l.sellerExternalId === null ? null : resolve('seller', sellers.sellers.idOf(sourceId, l.sellerExternalId), l.sellerExternalId, `order ${o.externalId} line ${l.lineNo}`),
        };
        const lr = orders.line(sourceId, r.id, l, refs);
        lineIds.set(l.externalId, lr.id);
        noteChange(r.id, lr, `line ${l.lineNo}`);
        tick();
      }
    }
    const orderId = (ext: string, what: string) => resolve('order', orders.orders.idOf(sourceId, ext), ext, what);
    for (const p of set.payments) {
      const oid = orderId(p.orderExternalId, `payment ${p.externalId}`);
      if (oid !== null) noteChange(oid, payments.payment(sourceId, oid, p), `payment ${p.sequence}`);
      tick();
    }
    const returnedLines: number[] = [];
    for (const rf of set.refunds) {
      const oid = rf.orderExternalId === null ? null : orderId(rf.orderExternalId, `refund ${rf.externalId}`);
      const cid = rf.customerExternalId === null ? null : customers.customers.idOf(sourceId, rf.customerExternalId) ?? null;
      const rr = payments.refund(sourceId, rf, { orderId: oid, customerId: cid });
      if (oid !== null) noteChange(oid, rr, `refund ${rf.externalId}`);
      let linesChanged = false;
      for (const l of rf.lines) {
        const olid = l.orderLineExternalId === null ? null : lineIds.get(l.orderLineExternalId) ?? orders.lines.idOf(sourceId, l.orderLineExternalId) ?? null;
        if (olid !== null) returnedLines.push(olid);
        if (payments.refundLine(rr.id, l, olid).outcome !== 'unchanged') linesChanged = true;
      }
      // a refund in this export is described by it completely: lines it no longer has go
      if (rr.outcome !== 'inserted' && payments.keepOnlyRefundLines(rr.id, new Set(rf.lines.map((l) => l.externalId))) > 0) linesChanged = true;
      if (oid !== null && linesChanged && rr.outcome === 'unchanged') noteChange(oid, { id: rr.id, outcome: 'updated', changes: { lines: [null, null] } }, `refund ${rf.externalId}`);
      tick();
    }

    // An order in this export is described by it completely: the lines it had that the export no
    // longer has go, so its lines always add up to what the export says. A return a refund not in
    // this export recorded against such a line is kept, unlinked (money that went back is never
    // undone); the order's history says so.
    let returnsUnlinked = 0;
    const removedLines: string[] = [];
    for (const { orderId: oid, order: o } of reimported) {
      const keep = new Set(o.lines.map((l) => l.externalId));
      for (const stored of orders.linesOf(oid)) {
        if (keep.has(stored.externalId)) continue;
        const unlinked = payments.unlinkReturnsOf(stored.id);
        returnsUnlinked += unlinked.length;
        orders.removeLine(sourceId, stored.externalId);
        const what = `line ${stored.lineNo} (${stored.sku ?? stored.externalId}, ${stored.quantity} × ${minorToDecimal(stored.unitPriceMinor, stored.currency)}) removed: not in this export`;
        noteChange(oid, { id: stored.id, outcome: 'updated', changes: {} }, what);
        removedLines.push(`order ${o.externalId} ${what.replace(/ removed: not in this export$/, '')}${unlinked.length ? ` (its returns on ${[...new Set(unlinked.map((u) => u.refund))].join(', ')} kept, unlinked)` : ''}`);
        if (unlinked.length) {
          noteChange(oid, { id: stored.id, outcome: 'updated', changes: {} }, `its returns on ${[...new Set(unlinked.map((u) => u.refund))].join(', ')} kept, unlinked`);
        }
      }
    }
    // never more units returned than bought: a re-import that gives a line fewer units than refunds
    // already recorded return is a contradiction to resolve, not something to write
    const over = payments.overReturned(
      reimported.map((r) => r.orderId),
      returnedLines,
    );
    if (over.length) {
      const origins = new Map(set.orders.flatMap((o) => o.lines.filter((l) => l.origin).map((l) => [l.externalId, l.origin!] as const)));
      for (const l of over.slice(0, 20)) {
        const at = origins.get(l.externalId);
        problems.push({
          file: at?.file ?? file,
          line: at?.line ?? 0,
          field: at?.quantityField ?? 'quantity',
          message: `order ${l.orderExternalId}'s line ${l.sku ?? l.externalId} has ${l.quantity} units, but refunds return ${l.returned} of it (${l.refunds}): never more units are returned than bought. A refund already recorded is not undone by an import; import the export that has the refunds as they are now together with this one`,
        });
      }
      throw new BadInputError(problems);
    }
    let links = 0;
    for (const rv of set.reviews) {
      const r = reviews.review(sourceId, rv);
      for (const ext of rv.orderExternalIds) {
        const oid = orderId(ext, `review ${rv.externalId}`);
        if (oid === null) continue;
        if (reviews.linkOrder(r.id, oid)) {
          links++;
          noteChange(oid, { id: r.id, outcome: 'inserted' }, `review ${rv.externalId}`);
        } else noteChange(oid, r, `review ${rv.externalId}`);
      }
      tick();
    }
    if (problems.length) throw new BadInputError(problems);
    if (unresolved.size) {
      const what = [...unresolved].map(([k, n]) => `${n} × a ${k}`).join(', ');
      set.notes.push(`Partial export: references found neither in these files nor in the workspace (${what}) are left unlinked; a variant without its product is left out. Importing the shop's products links them.`);
    }

    for (const [id, c] of changed) {
      audit.append({
        actor: ctx.actor,
        action: c.outcome === 'inserted' ? 'order.imported' : 'order.updated',
        entity: 'order',
        entityId: id,
        jobId: ctx.jobId,
        details: c.outcome === 'inserted' ? { source: set.source.kind, files: set.files.map((f) => f.name) } : { changes: c.what },
      });
    }
    if (removedLines.length) {
      // the report names them, not only counts them: a person checks a removal before trusting it
      const shown = removedLines.slice(0, 20).join('; ');
      const more = removedLines.length > 20 ? `; and ${removedLines.length - 20} more (each order's history names its own)` : '';
      set.notes.push(`${removedLines.length} order line${removedLines.length === 1 ? '' : 's'} this export no longer has ${removedLines.length === 1 ? 'was' : 'were'} removed: ${shown}${more}.`);
    }
    if (returnsUnlinked) {
      set.notes.push(`${returnsUnlinked} recorded return${returnsUnlinked === 1 ? '' : 's'} named order lines this export no longer has; the refunds keep them as returns not linked to a line.`);
    }
    const tallies = (t: Tally) => ({ ...t });
    const written: ImportReport['written'] = {
      sellers: tallies(sellers.sellers.tally),
      products: tallies(catalog.products.tally),
      variants: tallies(catalog.variants.tally),
      customers: tallies(customers.customers.tally),
      orders: tallies(orders.orders.tally),
      orderLines: tallies(orders.lines.tally),
      payments: tallies(payments.payments.tally),
      refunds: tallies(payments.refunds.tally),
      refundLines: tallies(payments.refundLines.tally),
      reviews: tallies(reviews.reviews.tally),
      reviewLinks: { inserted: links, updated: 0, unchanged: set.reviews.reduce((n, r) => n + r.orderExternalIds.length, 0) - links, removed: 0 },
    };
    // an import that changed nothing leaves no trace in the audit trail (the job journal has it)
    if (Object.values(written).some((t) => t.inserted + t.updated + (t.removed ?? 0) > 0)) {
      audit.append({
        actor: ctx.actor,
        action: 'import.completed',
        entity: 'source',
        entityId: sourceId,
        jobId: ctx.jobId,
        details: { kind: set.kind, files: set.files, written },
      });
    }
    ctx.progress?.('writing', total, total);
    const source = db.prepare('SELECT kind, name, external_id AS externalId FROM sources WHERE id = ?').get(sourceId) as ImportReport['source'];
    ctx.beforeCommit?.(written, source);
    return written;
  });
  return write.immediate();
}

/**
 * One changed column in words for the order's history: "amount 100.34 → 101.34",
 * "delivered at 2018-03-01T12:00:00Z → (none)". Money columns (…_minor) are shown in the
 * source's currency; long text is cut.
 */
export function describeChange(column: string, from: unknown, to: unknown, currency: string | null): string {
  // a link is said as one: row numbers are the database's, not the business's
  if (column.endsWith('_id')) {
    const thing = column.slice(0, -3).replace(/_/g, ' ');
    if (from === null || from === undefined) return `now linked to its ${thing}`;
    if (to === null || to === undefined) return `no longer linked to its ${thing}`;
    return `linked to another ${thing}`;
  }
  const money = column.endsWith('_minor');
  const label = column.replace(/_minor$/, '').replace(/_/g, ' ');
  const show = (v: unknown): string => {
    if (v === null || v === undefined || v === '') return '(none)';
    if (money && typeof v === 'number' && currency) return minorToDecimal(v, currency);
    const text = String(v).replace(/\s+/g, ' ');
    return text.length > 60 ? `${text.slice(0, 57)}…` : text;
  };
  return `${label} ${show(from)} → ${show(to)}`;
}
