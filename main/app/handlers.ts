// What each API method does. Arguments arrive already validated by the router.
import type { Method, Output, ParsedInput, OrderDetail, TimelineEvent, AuditEntry } from '../contract/api';
import type { Readable } from 'node:stream';
import { AppError } from '../contract/errors';
import type { BackOffice } from './backoffice';
import { workspaceStatus } from '../workspace/status';
import { listSources } from '../modules/shops/sources';
import { listOrders, orderHead, orderLines, orderStatuses, salesByCurrency, deliveryStats, place } from '../modules/orders/orders.queries';
import { paymentsForOrder, refundsForOrder, refundTotalsByCurrency, sourcesWithPayments } from '../modules/payments/payments.queries';
import { reviewsForOrder, reviewStats } from '../modules/reviews/reviews.queries';
import { listCustomers, getCustomer } from '../modules/customers/customers.queries';
import { listProducts, productCategories } from '../modules/catalog/catalog.queries';
import { listSellers } from '../modules/suppliers/sellers.queries';
import { auditFor } from '../audit/audit';
import { withFileKinds } from './batches';
import { localToUtc } from '../platform/time';

export type Handler<M extends Method> = (bo: BackOffice, input: ParsedInput<M>) => Output<M> | Promise<Output<M>>;
export type Handlers = { [M in Method]: Handler<M> };

function jobInfo(bo: BackOffice, id: number) {
  const job = bo.journal.get(id);
  if (!job) throw new AppError('not_found', `no job ${id}`);
  const live = bo.jobs.live(id);
  return live ? { ...job, ...live } : job;
}

function orderDetail(bo: BackOffice, id: number): OrderDetail {
  const db = bo.db;
  const o = orderHead(db, id);
  if (!o) throw new AppError('not_found', `no order ${id}`);
  const lines = orderLines(db, id);
  const payments = paymentsForOrder(db, id);
  const refunds = refundsForOrder(db, id);
  const reviews = reviewsForOrder(db, id);
  const customer = o.customerId === null ? undefined : getCustomer(db, o.customerId);
  const paid = payments.reduce((s, p) => s + p.amountMinor, 0);
  const refunded = refunds.reduce((s, r) => s + r.amountMinor, 0);
  const timeline: TimelineEvent[] = [];
  const at = (when: string | null, kind: string, label: string) => when && timeline.push({ at: when, kind, label });
  at(o.placedAt, 'placed', 'Order placed');
  // say what is known: a payment approved only where the order has one; an invoice (a wholesaler's
  // records) was invoiced; otherwise the source only says the order was approved
  const approvedLabel =
    payments.length > 0 ? 'Payment approved' : o.status === 'stock_adjustment' ? 'Stock adjustment recorded' : o.status === 'invoiced' || o.sourceKind === 'online_retail' ? 'Invoiced' : 'Approved';
  at(o.approvedAt, 'approved', approvedLabel);
  at(o.handedToCarrierAt, 'handed_to_carrier', 'Handed to the carrier');
  at(o.deliveredAt, 'delivered', 'Delivered to the customer');
  at(o.cancelledAt, 'cancelled', 'Cancelled');
  // a promised day ends at midnight in the shop's zone: a delivery late that evening is still on time, and comes first
  const promisedBy = (day: string) => localToUtc(`${day} 23:59:59`, o.sourceTimezone) ?? `${day}T23:59:59Z`;
  if (o.promisedDeliveryDate) {
    timeline.push({ at: promisedBy(o.promisedDeliveryDate), kind: 'promised', label: `Promised delivery date ${o.promisedDeliveryDate}`, day: o.promisedDeliveryDate });
  }
  for (const l of lines) if (l.returnedAt) at(l.returnedAt, 'returned', `Line ${l.lineNo} returned`);
  for (const r of refunds) at(r.createdAt, 'refund', `Refund ${r.externalId}`);
  for (const r of reviews) at(r.createdAt, 'review', `Review: ${r.score} of 5`);
  timeline.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  const audit: AuditEntry[] = auditFor(db, 'order', id).map((a) => {
    const details = JSON.parse(a.details) as { changes?: string[]; files?: string[] };
    return {
      id: a.id,
      at: a.at,
      actor: a.actor,
      action: a.action,
      entity: a.entity,
      entityId: a.entity_id ?? id,
      jobId: a.job_id,
      details,
      summary:
        a.action === 'order.imported'
          ? `Imported${details.files ? ` from ${details.files.join(', ')}` : ''}`
          : a.action === 'order.updated'
            ? `Updated by a later import: ${(details.changes ?? []).join('; ')}`
            : a.action,
    };
  });
  return {
    id: o.id,
    externalId: o.externalId,
    source: { id: o.sourceId, kind: o.sourceKind, name: o.sourceName, timezone: o.sourceTimezone },
    status: o.status,
    currency: o.currency,
    placedAt: o.placedAt,
    approvedAt: o.approvedAt,
    handedToCarrierAt: o.handedToCarrierAt,
    deliveredAt: o.deliveredAt,
    cancelledAt: o.cancelledAt,
    promisedDeliveryAt: o.promisedDeliveryDate,
    customer: customer
      ? { id: customer.id, name: customer.name ?? customer.externalId, email: customer.email, location: place(o.shipCity, o.shipRegion, o.shipCountry) ?? customer.location }
      : null,
    isGuest: o.isGuest === 1,
    goodsMinor: o.goodsMinor,
    shippingMinor: o.shippingMinor,
    discountMinor: o.discountMinor,
    taxMinor: o.taxMinor,
    totalMinor: o.totalMinor,
    paidMinor: paid,
    refundedMinor: refunded,
    paymentDifferenceMinor: sourcesWithPayments(db).has(o.sourceId) ? paid - o.totalMinor : null,
    lines,
    payments,
    refunds,
    reviews,
    timeline,
    audit,
  };
}

export const handlers: Handlers = {
  'app.info': (bo) => ({
    version: bo.opts.version,
    shell: bo.opts.shell,
    workspace: { ...bo.workspace },
    nativeFileDialog: false,
  }),
  'workspace.status': (bo) => workspaceStatus(bo.db),
  'workspace.list': (bo) => bo.listWorkspaces(),
  'workspace.open': (bo, i) => bo.openWorkspace(i.name),
  'sources.list': (bo) => listSources(bo.db),
  'dashboard.overview': (bo, i) => {
    const period = { placedFrom: i.placedFrom, placedTo: i.placedTo };
    const currencies = salesByCurrency(bo.db, refundTotalsByCurrency(bo.db, period), period);
    return {
      totals: workspaceStatus(bo.db),
      currencies: i.currency ? currencies.filter((c) => c.currency === i.currency) : currencies,
      delivery: deliveryStats(bo.db, period),
      reviews: reviewStats(bo.db, period),
      statusCounts: orderStatuses(bo.db, period),
    };
  },
  'orders.list': (bo, i) => listOrders(bo.db, i),
  'orders.get': (bo, i) => orderDetail(bo, i.id),
  'orders.statuses': (bo) => orderStatuses(bo.db),
  'customers.list': (bo, i) => listCustomers(bo.db, i),
  'customers.get': (bo, i) => {
    const c = getCustomer(bo.db, i.id);
    if (!c) throw new AppError('not_found', `no customer ${i.id}`);
    const orders = listOrders(bo.db, { customerId: i.id, page: 1, pageSize: 100, sort: 'placed_at', dir: 'desc' });
    return { ...c, recentOrders: orders.rows };
  },
  'products.list': (bo, i) => listProducts(bo.db, i),
  'products.categories': (bo) => productCategories(bo.db),
  'sellers.list': (bo, i) => listSellers(bo.db, i),
  'imports.upload': async (bo, i) =>
    withFileKinds(
      bo.staging,
      i.content instanceof Uint8Array ? bo.staging.upload(i.batchId, i.name, i.content) : await bo.staging.uploadStream(i.batchId, i.name, i.content as unknown as Readable),
    ),
  'imports.start': (bo, i) => ({ jobId: bo.startImportFromBatch(i.batchId, i.kind) }),
  'imports.discard': (bo, i) => {
    bo.staging.discard(i.batchId);
    return { batchId: i.batchId };
  },
  'imports.removeFile': (bo, i) => withFileKinds(bo.staging, bo.staging.removeFile(i.batchId, i.name)),
  'jobs.list': (bo, i) => bo.journal.list(i.limit).map((j) => jobInfo(bo, j.jobId)),
  'jobs.get': (bo, i) => jobInfo(bo, i.id),
  'jobs.cancel': (bo, i) => {
    bo.jobs.cancel(i.id);
    return jobInfo(bo, i.id);
  },
  'jobs.resume': (bo, i) => {
    if (!bo.canResume(i.id)) throw new AppError('conflict', `job ${i.id} cannot be run again: its files are gone`);
    return { jobId: bo.jobs.resume(i.id) };
  },
  'dialog.openImportFiles': () => {
    throw new AppError('unsupported', 'the native file dialog exists only in the desktop app; drop the files on the Import screen instead');
  },
};
