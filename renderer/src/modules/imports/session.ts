// The import in progress on the Import screen, kept outside React: uploads go on (and the job is
// still followed) when the user visits another screen and comes back.
import { useSyncExternalStore } from 'react';
import type { ImportKind, UploadResult } from '../../../../main/contract/api';
import type { AppErrorData } from '../../../../main/contract/errors';
import { api, toAppError } from '../../api/client';
import { recordQueued } from '../../api/jobs';

export interface PendingFile {
  key: string;
  name: string;
  bytes: number;
  state: 'waiting' | 'uploading' | 'staged' | 'failed';
  /** the name the back office staged it under (it may make a name safe for the disk) */
  stagedName?: string;
}

/** A chosen file that was not uploaded, and why. */
export interface RefusedFile {
  name: string;
  reason: string;
}

export interface ImportSession {
  batchId: string | null;
  pending: PendingFile[];
  staged: UploadResult | null;
  kind: ImportKind | null;
  uploading: boolean;
  uploadError: AppErrorData | null;
  /** files of the last choice that were not uploaded (not a kind of file an import reads) */
  refused: RefusedFile[];
  starting: boolean;
  startError: AppErrorData | null;
  /** the staged batch is being deleted on the back office's side */
  discarding: boolean;
  discardError: AppErrorData | null;
  /** a file being taken out of the batch (its key), and why that last failed */
  removing: string | null;
  removeError: AppErrorData | null;
  /** the job followed in the panel (just started, or picked from recent jobs) */
  jobId: number | null;
}

const EMPTY: ImportSession = {
  batchId: null,
  pending: [],
  staged: null,
  kind: null,
  uploading: false,
  uploadError: null,
  refused: [],
  starting: false,
  startError: null,
  discarding: false,
  discardError: null,
  removing: null,
  removeError: null,
  jobId: null,
};

let session: ImportSession = EMPTY;
const listeners = new Set<() => void>();
let queue: { file: File; key: string }[] = [];
let counter = 0;
let kindChosenByUser = false;

function set(patch: Partial<ImportSession>) {
  session = { ...session, ...patch };
  listeners.forEach((cb) => cb());
}

function setPending(key: string, state: PendingFile['state']) {
  set({ pending: session.pending.map((p) => (p.key === key ? { ...p, state } : p)) });
}

export function useImportSession(): ImportSession {
  return useSyncExternalStore(
    (cb) => {
      listeners.add(cb);
      return () => listeners.delete(cb);
    },
    () => session,
  );
}

/** Hidden files and folders' bookkeeping (.DS_Store, Thumbs.db) are not data: skipped silently. */
function isBookkeeping(name: string): boolean {
  return name.startsWith('.') || name === 'Thumbs.db' || name === 'desktop.ini';
}

/** What the importers read: CSV (Olist, Online Retail), JSON (Shopify) and CSV saved as .txt. */
export const IMPORTABLE_EXTENSIONS = ['.csv', '.json', '.txt'] as const;

/** Why a file cannot be imported, or null when it can (the back office refuses the same ones). */
export function refusalOf(name: string): string | null {
  const dot = name.lastIndexOf('.');
  const ext = dot > 0 ? name.slice(dot).toLowerCase() : '';
  if ((IMPORTABLE_EXTENSIONS as readonly string[]).includes(ext)) return null;
  const what = ext ? `a ${ext} file` : 'a file without an extension';
  return `${what}: only .csv, .json and .txt files can be imported`;
}

/** Splits a choice of files into the ones to upload and the ones refused (with the reason). */
export function sortChosenFiles<F extends { name: string }>(files: F[]): { usable: F[]; refused: RefusedFile[] } {
  const usable: F[] = [];
  const refused: RefusedFile[] = [];
  for (const f of files) {
    if (isBookkeeping(f.name)) continue;
    const reason = refusalOf(f.name);
    if (reason) refused.push({ name: f.name, reason });
    else usable.push(f);
  }
  return { usable, refused };
}

/**
 * Queues files for upload; they go one after another. They join the batch on screen, unless that
 * batch could not start: then they begin a new one (the failed batch is discarded) and the old
 * error goes. Either way the kind is detected again for the files as they now are: a kind the user
 * picked before these files came applies no more, until the user picks again.
 */
export function addFiles(files: File[]): void {
  const { usable, refused } = sortChosenFiles(files);
  set({ refused });
  if (!usable.length) return;
  // a batch chosen with the system dialog cannot take uploads: start a fresh one
  if (session.staged && !session.batchId) set({ ...EMPTY, refused });
  // a batch whose start failed is done with: the new files are a new batch
  if (session.startError && !session.uploading && !session.starting) {
    const failed = session.batchId;
    if (failed) api.call('imports.discard', { batchId: failed }).catch(() => undefined);
    queue = [];
    set({ ...EMPTY, refused });
  }
  if (session.jobId != null && !session.batchId) set({ jobId: null, startError: null });
  kindChosenByUser = false;
  // one file of a name per batch (the back office keeps one): the same file chosen again replaces
  // the staged one, and is not queued twice
  const latest = new Map(usable.map((file) => [file.name, file]));
  const busy = new Set(session.pending.filter((p) => p.state === 'waiting' || p.state === 'uploading').map((p) => p.name));
  const entries = [...latest.values()].filter((file) => !busy.has(file.name)).map((file) => ({ file, key: `f${++counter}` }));
  if (!entries.length) return;
  const replaced = new Set(entries.map((e) => e.file.name));
  queue.push(...entries);
  set({
    pending: [
      ...session.pending.filter((p) => !replaced.has(p.name)),
      ...entries.map(({ file, key }) => ({ key, name: file.name, bytes: file.size, state: 'waiting' as const })),
    ],
    uploadError: null,
    startError: null,
    kind: null,
  });
  if (!session.uploading) void drain();
}

async function drain() {
  set({ uploading: true });
  while (queue.length) {
    const { file, key } = queue.shift()!;
    setPending(key, 'uploading');
    const before = new Set((session.staged?.files ?? []).map((f) => f.name));
    try {
      const r = await api.upload(file, file.name, session.batchId ?? undefined);
      const stagedName = r.files.find((f) => f.name === file.name)?.name ?? r.files.find((f) => !before.has(f.name))?.name ?? file.name;
      set({ pending: session.pending.map((p) => (p.key === key ? { ...p, state: 'staged' as const, stagedName } : p)) });
      set({ batchId: r.batchId, staged: r, kind: kindChosenByUser ? session.kind : r.detectedKind });
    } catch (e) {
      setPending(key, 'failed');
      set({ uploadError: toAppError(e) });
    }
  }
  set({ uploading: false });
}

export function dismissRefused(): void {
  set({ refused: [] });
}

export function chooseKind(kind: ImportKind | null): void {
  kindChosenByUser = kind !== null;
  set({ kind });
}

/** The desktop shell's native dialog hands over a whole batch at once. */
export function adoptDialogBatch(r: UploadResult): void {
  // an uploaded batch it replaces would otherwise stay in the staging folder until the app cleans it
  const replaced = session.batchId;
  if (replaced && replaced !== r.batchId && !session.uploading && !session.starting) {
    api.call('imports.discard', { batchId: replaced }).catch(() => undefined);
  }
  queue = [];
  kindChosenByUser = false;
  set({
    ...EMPTY,
    batchId: r.batchId,
    staged: r,
    kind: r.detectedKind,
    pending: r.files.map((f, i) => ({ key: `d${i}`, name: f.name, bytes: f.bytes, state: 'staged' as const, stagedName: f.name })),
  });
}

/**
 * Takes one file out of the staged batch: the back office deletes its uploaded copy (a file chosen
 * by path is only left out). The last file out discards the batch.
 */
export async function removeStagedFile(key: string): Promise<void> {
  const file = session.pending.find((p) => p.key === key);
  if (!file || session.uploading || session.starting || session.discarding || session.removing) return;
  const rest = session.pending.filter((p) => p.key !== key);
  if (file.state === 'staged' && session.batchId) {
    if (!rest.some((p) => p.state === 'staged')) {
      await discardBatch();
      return;
    }
    set({ removing: key, removeError: null });
    try {
      const r = await api.call('imports.removeFile', { batchId: session.batchId, name: file.stagedName ?? file.name });
      set({ staged: r, pending: session.pending.filter((p) => p.key !== key), kind: kindChosenByUser ? session.kind : r.detectedKind, removing: null });
    } catch (e) {
      set({ removing: null, removeError: toAppError(e) });
    }
    return;
  }
  set({ pending: rest });
}

/** The staged files' kinds as recognised, by kind, and how many files none was recognised for. */
export function kindsOfBatch(staged: UploadResult | null): { kinds: Map<ImportKind, number>; unrecognised: number } {
  const kinds = new Map<ImportKind, number>();
  let unrecognised = 0;
  for (const f of staged?.files ?? []) {
    if (f.kind) kinds.set(f.kind, (kinds.get(f.kind) ?? 0) + 1);
    else unrecognised++;
  }
  return { kinds, unrecognised };
}

export async function startImport(): Promise<void> {
  if (!session.batchId || session.starting || session.discarding) return;
  set({ starting: true, startError: null });
  try {
    const { jobId } = await api.call('imports.start', { batchId: session.batchId, ...(session.kind ? { kind: session.kind } : {}) });
    recordQueued(jobId);
    // the batch now belongs to the job; the next files start a new batch
    queue = [];
    kindChosenByUser = false;
    set({ ...EMPTY, jobId });
  } catch (e) {
    set({ starting: false, startError: toAppError(e) });
  }
}

export function followJob(jobId: number | null): void {
  set({ jobId });
}

/**
 * Discards the staged files: the back office deletes their uploaded copies (files chosen by path
 * with the system dialog are the user's and stay), then the screen forgets the batch. If that
 * fails the batch stays on screen with the error, so Discard can be tried again.
 */
export async function discardBatch(): Promise<void> {
  if (session.uploading || session.starting || session.discarding) return;
  const batchId = session.batchId;
  if (batchId) {
    set({ discarding: true, discardError: null });
    try {
      await api.call('imports.discard', { batchId });
    } catch (e) {
      const err = toAppError(e);
      // a batch the back office no longer knows is already gone
      if (err.code !== 'not_found') {
        set({ discarding: false, discardError: err });
        return;
      }
    }
  }
  queue = [];
  kindChosenByUser = false;
  set({ ...EMPTY, jobId: session.jobId });
}
