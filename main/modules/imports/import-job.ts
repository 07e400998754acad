// An import as a job: parse and validate every file (nothing written yet), then write the whole
// set in one transaction that also records the job's outcome. The job journal (a file of its own)
// marks the job running first, so a process killed mid-import leaves a "running" job the next
// start finds, and the outcome row tells it whether the writes were committed.
import type { DB } from '../../db/connection';
import type { ImportKind, ImportReport } from '../../contract/api';
import { AppError, BadInputError } from '../../contract/errors';
import type { Clock } from '../../platform/clock';
import { recordOutcome, type JobIdentity } from '../../workflow/outcomes';
import { neverCancelled, throwIfCancelled, type CancelSignal, type ProgressFn } from '../../workflow/signals';
import { parseOlist } from './olist';
import { parseOnlineRetail } from './online-retail';
import { parseShopify } from './shopify';
import { detectImportKind } from './detect';
import { writeImportSet } from './write';
import type { ImportFile } from './files';
import type { ImportSet } from './import-set';

export interface ImportParams {
  kind?: ImportKind;
  files: ImportFile[];
  /** staging folder of an uploaded batch, removed once the import has landed */
  batchDir?: string;
}

const parsers: Record<ImportKind, (files: ImportFile[], progress?: (done: number, total: number) => void) => ImportSet> = {
  olist: parseOlist,
  'online-retail': parseOnlineRetail,
  shopify: parseShopify,
};

export function importTitle(params: ImportParams): string {
  const kind = params.kind ?? detectImportKind(params.files);
  const names = params.files.map((f) => f.name);
  const what = names.length > 2 ? `${names.length} files` : names.join(', ');
  return `Import ${kind ? kindLabel(kind) : 'files'}: ${what}`;
}

function withArticle(label: string): string {
  return `${/^[AEIOU]/.test(label) ? 'an' : 'a'} ${label}`;
}

export function kindLabel(kind: ImportKind): string {
  return { olist: 'Olist', 'online-retail': 'Online Retail', shopify: 'Shopify' }[kind];
}

export interface ImportRunContext {
  db: DB;
  clock: Clock;
  actor: string;
  job: JobIdentity;
  progress?: ProgressFn;
  signal?: CancelSignal;
}

/** Parses, validates and writes; returns the report that the journal also keeps. */
export function runImportJob(ctx: ImportRunContext, params: ImportParams): ImportReport {
  const started = performance.now();
  const signal = ctx.signal ?? neverCancelled;
  const kind = params.kind ?? detectImportKind(params.files);
  if (!kind) {
    throw new BadInputError(
      params.files.map((f) => ({ file: f.name, line: 1, message: 'is not a file Counting House can import (Olist CSV, Online Retail CSV or Shopify JSON)' })),
    );
  }
  if (params.files.length === 0) throw new AppError('bad_request', 'no files to import');
  // one import reads one kind: a file recognised as another kind is refused, never skipped quietly
  const foreign = params.files
    .map((f) => ({ f, other: detectImportKind([f]) }))
    .filter((x): x is { f: ImportFile; other: ImportKind } => x.other !== null && x.other !== kind);
  if (foreign.length) {
    throw new BadInputError(
      foreign.map(({ f, other }) => ({
        file: f.name,
        line: 0,
        message: `is ${withArticle(kindLabel(other))} file, and this is ${withArticle(kindLabel(kind))} import: one import takes one kind; import it on its own`,
      })),
    );
  }
  ctx.progress?.('reading', 0, params.files.length);
  const set = parsers[kind](params.files, (done, total) => {
    throwIfCancelled(signal);
    ctx.progress?.('reading', done, total);
  });
  throwIfCancelled(signal);
  const records = set.orders.length + set.customers.length + set.products.length + set.sellers.length + set.payments.length + set.refunds.length + set.reviews.length;
  if (records === 0) {
    throw new BadInputError(set.files.map((f) => ({ file: f.name, line: 0, message: 'holds no orders, customers, products or payments: nothing to import' })));
  }
  let report: ImportReport | undefined;
  writeImportSet(
    {
      db: ctx.db,
      clock: ctx.clock,
      actor: ctx.actor,
      jobId: ctx.job.id,
      progress: ctx.progress,
      signal,
      beforeCommit: (written, source) => {
        report = {
          kind,
          currency: set.source.currency,
          source,
          files: set.files,
          written,
          notes: set.notes,
          totals: set.totals,
          durationMs: Math.round(performance.now() - started),
        };
        recordOutcome(ctx.db, ctx.clock, ctx.job, report);
      },
    },
    set,
  );
  return report!;
}
