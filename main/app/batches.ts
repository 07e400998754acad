// A staged batch as the Import screen shows it: each file with the kind its content was
// recognised as, so a drop of several kinds says which file is which.
import type { ImportKind, UploadResult } from '../contract/api';
import { detectImportKind } from '../modules/imports/detect';
import type { Staging } from '../modules/imports/staging';

export function withFileKinds(staging: Staging, r: UploadResult): UploadResult {
  const kinds = new Map<string, ImportKind | null>(staging.files(r.batchId).map((f) => [f.name, detectImportKind([f]) as ImportKind | null]));
  return { ...r, files: r.files.map((f) => ({ ...f, kind: kinds.get(f.name) ?? null })) };
}
