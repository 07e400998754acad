// The one typed contract between the UI (renderer), the transports (Electron IPC, the browser
// host's HTTP + WebSocket) and the back-office services. Pure: no Node or Electron imports, so the
// renderer imports it too. Inputs are zod schemas (the router validates every argument with them);
// outputs are plain types.
import { z } from 'zod';

/** A Node readable stream, named without importing Node, so the renderer can import this file. */
export interface UploadStream {
  pipe: (...args: never[]) => unknown;
}

const id = z.number().int().positive();
const page = z.number().int().min(1).max(1_000_000).default(1);
const pageSize = z.number().int().min(1).max(500).default(50);
/** The longest search text the lists take: search boxes limit their input to it. */
export const SEARCH_MAX_LENGTH = 200;
const search = z.string().trim().max(SEARCH_MAX_LENGTH).optional();
const batchId = z.string().regex(/^[a-z0-9]{16,40}$/);
const dir = z.enum(['asc', 'desc']).default('desc');
const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD')
  .refine((d) => {
    const t = new Date(`${d}T00:00:00Z`);
    return !Number.isNaN(t.getTime()) && t.toISOString().slice(0, 10) === d;
  }, 'not a calendar date');
const currency = z.string().regex(/^[A-Z]{3}$/, 'an ISO 4217 code');

export const importKinds = ['olist', 'online-retail', 'shopify'] as const;
/** How far back the job list reaches. */
export const JOBS_LIST_MAX = 1000;
export type ImportKind = (typeof importKinds)[number];

export const inputSchemas = {
  'app.info': z.object({}).strict(),
  'workspace.status': z.object({}).strict(),
  'workspace.list': z.object({}).strict(),
  'workspace.open': z.object({ name: z.enum(['main', 'sample']) }).strict(),
  'sources.list': z.object({}).strict(),
  /** Figures for orders placed in [placedFrom, placedTo] (local calendar days), or all of them. */
  'dashboard.overview': z.object({ currency: currency.optional(), placedFrom: isoDate.optional(), placedTo: isoDate.optional() }).strict(),
  'orders.list': z
    .object({
      page,
      pageSize,
      search,
      status: z.array(z.string().max(40)).max(20).optional(),
      sourceId: id.optional(),
      customerId: id.optional(),
      productId: id.optional(),
      sellerId: id.optional(),
      placedFrom: isoDate.optional(),
      placedTo: isoDate.optional(),
      sort: z.enum(['placed_at', 'total', 'status', 'external_id', 'customer', 'lines']).default('placed_at'),
      dir,
    })
    .strict(),
  'orders.get': z.object({ id }).strict(),
  'orders.statuses': z.object({}).strict(),
  'customers.list': z
    .object({
      page,
      pageSize,
      search,
      sort: z.enum(['name', 'orders', 'spent', 'first_order', 'last_order', 'location']).default('orders'),
      dir,
    })
    .strict(),
  'customers.get': z.object({ id }).strict(),
  'products.list': z
    .object({
      page,
      pageSize,
      search,
      category: z.string().max(100).optional(),
      sort: z.enum(['title', 'category', 'units', 'revenue', 'lines']).default('units'),
      dir,
    })
    .strict(),
  'products.categories': z.object({}).strict(),
  'sellers.list': z
    .object({
      page,
      pageSize,
      search,
      kind: z.enum(['marketplace_seller', 'supplier']).optional(),
      sort: z.enum(['name', 'location', 'orders', 'revenue', 'on_time', 'review']).default('orders'),
      dir,
    })
    .strict(),
  /**
   * Stages one file of an import batch. Over HTTP the content is the raw request body, streamed
   * to disk as it arrives (a Node readable stream: anything with pipe()); elsewhere, bytes.
   */
  'imports.upload': z
    .object({
      batchId: z.string().regex(/^[a-z0-9]{16,40}$/).optional(),
      name: z.string().min(1).max(255),
      content: z.union([z.instanceof(Uint8Array), z.custom<UploadStream>((v) => typeof (v as { pipe?: unknown } | null)?.pipe === 'function', 'a byte stream')]),
    })
    .strict(),
  'imports.start': z
    .object({
      batchId: z.string().regex(/^[a-z0-9]{16,40}$/),
      kind: z.enum(importKinds).optional(),
    })
    .strict(),
  /** Forgets a staged batch and deletes its uploaded copies (files chosen by path are left alone). */
  'imports.discard': z.object({ batchId }).strict(),
  /** Takes one uploaded file out of a staged batch (a file chosen by path is only left out, never deleted). */
  'imports.removeFile': z.object({ batchId, name: z.string().min(1).max(255) }).strict(),
  /** The most recent jobs, newest first; a larger limit reaches older ones. */
  'jobs.list': z.object({ limit: z.number().int().min(1).max(JOBS_LIST_MAX).default(20) }).strict(),
  'jobs.get': z.object({ id }).strict(),
  'jobs.cancel': z.object({ id }).strict(),
  'jobs.resume': z.object({ id }).strict(),
  /** Desktop shell only: the native open-file dialog; the chosen files become an import batch. */
  'dialog.openImportFiles': z.object({ directory: z.boolean().default(false) }).strict(),
} as const;

export type Method = keyof typeof inputSchemas;
export type Input<M extends Method> = z.input<(typeof inputSchemas)[M]>;
export type ParsedInput<M extends Method> = z.output<(typeof inputSchemas)[M]>;

// ---------- outputs ----------

export interface MoneyAmount {
  minor: number;
  currency: string;
}

export interface AppInfo {
  version: string;
  shell: 'electron' | 'browser';
  workspace: { name: string; path: string };
  nativeFileDialog: boolean;
}

export interface WorkspaceStatus {
  orders: number;
  orderLines: number;
  payments: number;
  refunds: number;
  customers: number;
  products: number;
  sellers: number;
  reviews: number;
  paymentTotals: Record<string, number>;
}

export interface WorkspaceEntry {
  name: 'main' | 'sample';
  path: string;
  exists: boolean;
  current: boolean;
}

export interface SourceRow {
  id: number;
  kind: string;
  name: string;
  externalId: string;
  currency: string | null;
  orders: number;
}

export interface MonthPoint {
  month: string; // YYYY-MM
  orders: number;
  revenueMinor: number;
}

export interface CurrencyOverview {
  currency: string;
  orders: number;
  /** goods + shipping of orders that were not cancelled, minus refunds */
  revenueMinor: number;
  refundsMinor: number;
  averageOrderValueMinor: number;
  /**
   * payments received on the orders placed in the period, every status (a cancelled order may
   * have been paid); null where no source in this currency records payments
   */
  paymentsMinor: number | null;
  /** those payments minus those orders' totals: what reconciliation has to explain; null as above */
  paymentDifferenceMinor: number | null;
  monthly: MonthPoint[];
}

export interface Overview {
  totals: WorkspaceStatus;
  currencies: CurrencyOverview[];
  delivery: { delivered: number; onTime: number; late: number; onTimeRate: number | null };
  reviews: { count: number; averageScore: number | null; distribution: number[] };
  statusCounts: { status: string; orders: number }[];
}

export interface Paged<T> {
  rows: T[];
  total: number;
  page: number;
  pageSize: number;
}

export interface OrderRow {
  id: number;
  externalId: string;
  source: string;
  /** IANA zone of the source: show its timestamps in the shop's own local time */
  timezone: string;
  status: string;
  placedAt: string | null;
  customerId: number | null;
  customerName: string | null;
  customerLocation: string | null;
  lines: number;
  totalMinor: number;
  currency: string;
  paidMinor: number;
  /** payments minus the order's total; non-zero is what reconciliation must explain; null where the source records no payments */
  paymentDifferenceMinor: number | null;
}

export interface OrderLineDetail {
  id: number;
  lineNo: number;
  externalId: string;
  kind: string;
  sku: string | null;
  title: string | null;
  productId: number | null;
  sellerId: number | null;
  sellerName: string | null;
  quantity: number;
  unitPriceMinor: number;
  shippingMinor: number;
  discountMinor: number;
  totalMinor: number;
  /** the line's lifecycle; "returned" once refunds name all its units */
  state: string;
  placedAt: string | null;
  approvedAt: string | null;
  handedToCarrierAt: string | null;
  deliveredAt: string | null;
  cancelledAt: string | null;
  returnedAt: string | null;
  returnedQuantity: number;
  shipBy: string | null;
  promisedDeliveryAt: string | null;
}

export interface PaymentDetail {
  id: number;
  sequence: number;
  method: string;
  installments: number | null;
  amountMinor: number;
  currency: string;
  paidAt: string | null;
  gateway: string | null;
  status: string | null;
}

export interface RefundDetail {
  id: number;
  externalId: string;
  createdAt: string | null;
  amountMinor: number;
  currency: string;
  reason: string | null;
  lines: { orderLineId: number | null; sku: string | null; quantity: number; amountMinor: number }[];
}

export interface ReviewDetail {
  id: number;
  externalId: string;
  score: number;
  title: string | null;
  message: string | null;
  createdAt: string | null;
  answeredAt: string | null;
  sharedWithOrders: number;
  /** the other orders the same review covers */
  otherOrders: { id: number; externalId: string }[];
}

export interface AuditEntry {
  id: number;
  at: string;
  actor: string;
  action: string;
  entity: string;
  entityId: number;
  summary: string;
  details: unknown;
  jobId: number | null;
}

export interface TimelineEvent {
  /** the moment, UTC; for a calendar day (a promised date), the end of that day in the shop's zone */
  at: string;
  kind: string;
  label: string;
  /** the calendar day an event is about, where it is a day rather than a moment ("2017-12-11") */
  day?: string;
}

export interface OrderDetail {
  id: number;
  externalId: string;
  source: { id: number; kind: string; name: string; timezone: string };
  status: string;
  currency: string;
  placedAt: string | null;
  approvedAt: string | null;
  handedToCarrierAt: string | null;
  deliveredAt: string | null;
  cancelledAt: string | null;
  promisedDeliveryAt: string | null;
  customer: { id: number; name: string | null; email: string | null; location: string | null } | null;
  isGuest: boolean;
  goodsMinor: number;
  shippingMinor: number;
  discountMinor: number;
  taxMinor: number;
  /** the order's own total: goods + shipping - discounts + taxes, as the source stated it */
  totalMinor: number;
  paidMinor: number;
  refundedMinor: number;
  /** payments minus the order's total; null where the source records no payments */
  paymentDifferenceMinor: number | null;
  lines: OrderLineDetail[];
  payments: PaymentDetail[];
  refunds: RefundDetail[];
  reviews: ReviewDetail[];
  timeline: TimelineEvent[];
  audit: AuditEntry[];
}

export interface CustomerRow {
  id: number;
  externalId: string;
  timezone: string;
  name: string | null;
  email: string | null;
  location: string | null;
  orders: number;
  /** what their orders that became sales came to, minus what was refunded to them */
  spentMinor: number;
  currency: string | null;
  firstOrderAt: string | null;
  lastOrderAt: string | null;
}

export interface CustomerDetail extends CustomerRow {
  source: string;
  recentOrders: OrderRow[];
}

export interface ProductRow {
  id: number;
  externalId: string;
  title: string | null;
  category: string | null;
  /** order lines that became sales (what units and revenue count) */
  lines: number;
  /** its other order lines: in cancelled or unavailable orders, or stock adjustments */
  unsoldLines: number;
  /** units sold, net of units returned */
  units: number;
  /** goods value sold, net of goods returned */
  revenueMinor: number;
  currency: string | null;
  weightGrams: number | null;
}

export interface SellerRow {
  id: number;
  externalId: string;
  name: string | null;
  kind: string;
  location: string | null;
  orders: number;
  lines: number;
  revenueMinor: number;
  currency: string | null;
  delivered: number;
  onTimeRate: number | null;
  averageReview: number | null;
}

export type JobState = 'queued' | 'running' | 'succeeded' | 'failed' | 'cancelled' | 'interrupted';

export interface JobProgress {
  jobId: number;
  kind: string;
  state: JobState;
  phase: string;
  done: number;
  total: number;
}

export interface ImportReport {
  kind: ImportKind;
  /** the currency of the totals whose names end in "Minor" */
  currency: string | null;
  source: { kind: string; name: string; externalId: string };
  files: { name: string; rows: number; sha256: string }[];
  /**
   * what was written: inserted and updated rows per entity; unchanged rows are not rewritten;
   * removed: rows the export no longer has (an order's or a refund's lines; absent in older reports)
   */
  written: Record<string, { inserted: number; updated: number; unchanged: number; removed?: number }>;
  /** figures a person should see: totals, quirks and the decisions taken about them */
  notes: string[];
  totals: Record<string, number>;
  durationMs: number;
}

export interface JobInfo extends JobProgress {
  title: string;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
  attempts: number;
  report: ImportReport | null;
  error: { code: string; message: string; details?: unknown } | null;
}

export interface UploadResult {
  batchId: string;
  /** each staged file, with the kind its content was recognised as (null: none; every answer to the UI says it) */
  files: { name: string; bytes: number; kind?: ImportKind | null }[];
  /** the batch's kind: the one kind all its files are, else null (none, or several) */
  detectedKind: ImportKind | null;
}

export interface Outputs {
  'app.info': AppInfo;
  'workspace.status': WorkspaceStatus;
  'workspace.list': WorkspaceEntry[];
  'workspace.open': { name: string; path: string; importJobId: number | null };
  'sources.list': SourceRow[];
  'dashboard.overview': Overview;
  'orders.list': Paged<OrderRow>;
  'orders.get': OrderDetail;
  'orders.statuses': { status: string; orders: number }[];
  'customers.list': Paged<CustomerRow>;
  'customers.get': CustomerDetail;
  'products.list': Paged<ProductRow>;
  'products.categories': { category: string; products: number }[];
  'sellers.list': Paged<SellerRow>;
  'imports.upload': UploadResult;
  'imports.start': { jobId: number };
  'imports.discard': { batchId: string };
  'imports.removeFile': UploadResult;
  'jobs.list': JobInfo[];
  'jobs.get': JobInfo;
  'jobs.cancel': JobInfo;
  'jobs.resume': { jobId: number };
  'dialog.openImportFiles': UploadResult | null;
}

export type Output<M extends Method> = Outputs[M];

export interface Events {
  'job.progress': JobProgress;
  'db.changed': { tables: string[] };
  'workspace.changed': { name: string; path: string };
  /** the desktop menu's File > Import files… staged a batch for the Import screen */
  'import.staged': UploadResult;
}
export type EventName = keyof Events;
