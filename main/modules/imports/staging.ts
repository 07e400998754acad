// Files waiting to be imported, grouped in batches. The browser host receives uploads (a browser
// cannot hand over paths); the desktop shell's file dialog and the CLI give paths. Either way the
// renderer refers to a batch id only, never to a path on disk.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ImportKind, UploadResult } from '../../contract/api';
import { AppError } from '../../contract/errors';
import { detectImportKind } from './detect';
import type { ImportFile } from './files';

export const MAX_UPLOAD_BYTES = 1024 * 1024 * 1024;
const IMPORTABLE = /\.(csv|json|txt)$/i;
/** staged uploads nobody imported or discarded are removed after this long */
const STALE_MS = 7 * 24 * 3600 * 1000;
/** an empty batch folder is an abandoned upload after this long (younger, its files may be on their way) */
const EMPTY_STALE_MS = 3600 * 1000;

/** A file name safe to create inside the staging folder: no directories, no hidden files. */
export function safeFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const clean = base.replace(/[^\w.\- ()]/g, '_').replace(/^\.+/, '').slice(0, 200);
  if (!clean) throw new AppError('bad_request', `"${name}" is not a usable file name`);
  return clean;
}

function tooLarge(name: string, limit: number): AppError {
  return new AppError('too_large', `${name} is larger than ${Math.round(limit / 1024 / 1024)} MiB, more than an import takes`);
}

export function newBatchId(): string {
  return crypto.randomBytes(12).toString('hex');
}

export class Staging {
  /** batches chosen by path (native dialog), kept in memory: they are the user's own files */
  private readonly pathBatches = new Map<string, ImportFile[]>();

  constructor(private readonly dir: string) {}

  private batchDir(batchId: string): string {
    if (!/^[a-z0-9]{16,40}$/.test(batchId)) throw new AppError('bad_request', 'bad batch id');
    return path.join(this.dir, batchId);
  }

  upload(batchId: string | undefined, name: string, content: Uint8Array): UploadResult {
    if (content.byteLength > MAX_UPLOAD_BYTES) throw tooLarge(name, MAX_UPLOAD_BYTES);
    const { id, target } = this.uploadTarget(batchId, name);
    fs.writeFileSync(target, content);
    return this.describe(id);
  }

  /**
   * An upload streamed to disk as it arrives (the browser host's), so a large file never sits in
   * memory: written under a hidden ".part" name and renamed into the batch only once complete.
   */
  async uploadStream(batchId: string | undefined, name: string, body: Readable, limit = MAX_UPLOAD_BYTES): Promise<UploadResult> {
    const { id, target } = this.uploadTarget(batchId, name);
    const part = path.join(path.dirname(target), `.${path.basename(target)}.${newBatchId()}.part`);
    let size = 0;
    const counter = new Transform({
      transform(chunk: Buffer, _enc, done) {
        size += chunk.length;
        done(size > limit ? tooLarge(name, limit) : null, chunk);
      },
    });
    try {
      await pipeline(body, counter, fs.createWriteStream(part));
      fs.renameSync(part, target);
    } finally {
      fs.rmSync(part, { force: true });
    }
    return this.describe(id);
  }

  private uploadTarget(batchId: string | undefined, name: string): { id: string; target: string } {
    if (!IMPORTABLE.test(name)) throw new AppError('bad_request', `${name} is not a CSV or JSON file: imports read Olist and Online Retail CSV files and Shopify JSON`);
    const id = batchId ?? newBatchId();
    if (this.pathBatches.has(id)) throw new AppError('conflict', 'that batch holds chosen files, not uploads');
    const dir = this.batchDir(id);
    fs.mkdirSync(dir, { recursive: true });
    return { id, target: path.join(dir, safeFileName(name)) };
  }

  fromPaths(paths: string[]): UploadResult {
    const files: ImportFile[] = [];
    for (const p of paths) {
      const st = fs.statSync(p);
      if (st.isDirectory()) files.push(...filesOfFolder(p));
      else files.push({ path: p, name: path.basename(p) });
    }
    const id = newBatchId();
    this.pathBatches.set(id, files);
    return this.describe(id);
  }

  files(batchId: string): ImportFile[] {
    const chosen = this.pathBatches.get(batchId);
    if (chosen) return chosen;
    const dir = this.batchDir(batchId);
    if (!fs.existsSync(dir)) throw new AppError('not_found', 'no such upload batch');
    return filesOfFolder(dir);
  }

  /**
   * Removes uploaded batches older than a week that no job still needs (an interrupted or failed
   * import keeps its files so it can run again until then). Runs when a workspace opens.
   */
  sweep(keep: Set<string>, now = Date.now()): number {
    if (!fs.existsSync(this.dir)) return 0;
    let removed = 0;
    for (const e of fs.readdirSync(this.dir, { withFileTypes: true })) {
      if (!e.isDirectory() || keep.has(path.join(this.dir, e.name))) continue;
      const p = path.join(this.dir, e.name);
      const age = now - fs.statSync(p).mtimeMs;
      if (age > STALE_MS || (age > EMPTY_STALE_MS && fs.readdirSync(p).length === 0)) {
        fs.rmSync(p, { recursive: true, force: true });
        removed++;
      }
    }
    return removed;
  }

  /** Forgets a batch; an uploaded batch's copies are deleted, chosen files are the user's and stay. */
  discard(batchId: string): void {
    if (this.pathBatches.delete(batchId)) return;
    fs.rmSync(this.batchDir(batchId), { recursive: true, force: true });
  }

  /**
   * Takes one file out of a batch. An uploaded copy is deleted, and only a file directly inside
   * that batch's own folder; a file chosen by path is the user's: it is only left out of the batch.
   */
  removeFile(batchId: string, name: string): UploadResult {
    const chosen = this.pathBatches.get(batchId);
    if (chosen) {
      const kept = chosen.filter((f) => f.name !== name);
      if (kept.length === chosen.length) throw new AppError('not_found', `${name} is not in this batch`);
      this.pathBatches.set(batchId, kept);
      return this.describe(batchId);
    }
    const dir = this.batchDir(batchId);
    if (!fs.existsSync(dir)) throw new AppError('not_found', 'no such upload batch');
    const target = path.join(dir, name);
    // the name as a file of this folder, nothing else: no separators, no "..", no hidden files
    if (name !== path.basename(name) || name.startsWith('.') || path.dirname(path.resolve(target)) !== path.resolve(dir)) {
      throw new AppError('bad_request', `"${name}" is not a file of this batch`);
    }
    const st = fs.lstatSync(target, { throwIfNoEntry: false });
    if (!st?.isFile()) throw new AppError('not_found', `${name} is not in this batch`);
    fs.rmSync(target);
    return this.describe(batchId);
  }

  /** The staging folder of an uploaded batch (removed after its import lands), or undefined. */
  folder(batchId: string): string | undefined {
    return this.pathBatches.has(batchId) ? undefined : this.batchDir(batchId);
  }

  describe(batchId: string): UploadResult {
    const files = this.files(batchId);
    return {
      batchId,
      files: files.map((f) => ({ name: f.name, bytes: fs.statSync(f.path).size })),
      detectedKind: detectImportKind(files) as ImportKind | null,
    };
  }
}

/** The importable files of a folder (an Olist download, a folder of Shopify JSON), sorted by name. */
export function filesOfFolder(dir: string): ImportFile[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isFile() && !e.name.startsWith('.') && /\.(csv|json|txt)$/i.test(e.name))
    .map((e) => ({ path: path.join(dir, e.name), name: e.name }))
    .sort((a, b) => a.name.localeCompare(b.name));
}
