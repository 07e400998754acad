// Writes a validated ImportSet through each module's writer, in ONE immediate transaction:
// a crash, a kill, a cancel or a bad reference leaves the workspace exactly as it was, and a
// re-run upserts by (source, external id), so it completes the import with no duplicates.
import type { DB } from '../../db/connection';
import type { ImportReport } from '../../contract/api';
import { BadInputError, type InputProblem } from '../../contract/errors';
import { AuditLog } from '../../audit/audit';
import { isoSeconds, type Clock } from '../../platform/clock';
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
      c.what.push(r.outcome === 'inserted' ? `${what} added` : `${what} changed: ${Object.keys(r.changes ?? {}).join(', ')}`);
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
    for (const o of set.orders) {
      const customerId =
        o.customerExternalId === null
          ? null
          : resolve('customer', customers.customers.idOf(sourceId, o.customerExternalId), o.customerExternalId, `order ${o.externalId}`);
      const r = orders.order(sourceId, o, { customerId }, now);
      noteChange(r.id, r, 'order');
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
    for (const rf of set.refunds) {
      const oid = rf.orderExternalId === null ? null : orderId(rf.orderExternalId, `refund ${rf.externalId}`);
      const cid = rf.customerExternalId === null ? null : customers.customers.idOf(sourceId, rf.customerExternalId) ?? null;
      const rr = payments.refund(sourceId, rf, { orderId: oid, customerId: cid });
      if (oid !== null) noteChange(oid, rr, `refund ${rf.externalId}`);
      for (const l of rf.lines) {
        const olid = l.orderLineExternalId === null ? null : lineIds.get(l.orderLineExternalId) ?? orders.lines.idOf(sourceId, l.orderLineExternalId) ?? null;
        payments.refundLine(rr.id, l, olid);
      }
      tick();
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
      reviewLinks: { inserted: links, updated: 0, unchanged: set.reviews.reduce((n, r) => n + r.orderExternalIds.length, 0) - links },
    };
    audit.append({
      actor: ctx.actor,
      action: 'import.completed',
      entity: 'source',
      entityId: sourceId,
      jobId: ctx.jobId,
      details: { kind: set.kind, files: set.files, written },
    });
    ctx.progress?.('writing', total, total);
    const source = db.prepare('SELECT kind, name, external_id AS externalId FROM sources WHERE id = ?').get(sourceId) as ImportReport['source'];
    ctx.beforeCommit?.(written, source);
    return written;
  });
  return write.immediate();
}
