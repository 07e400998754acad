import fs from 'node:fs';
import type { ImportKind } from '../../contract/api';
import { peekHeader } from './csv';
import { olistFileKind } from './olist';
import type { ImportFile } from './files';

export const ONLINE_RETAIL_COLUMNS = ['InvoiceNo', 'StockCode', 'Description', 'Quantity', 'InvoiceDate', 'UnitPrice', 'CustomerID', 'Country'] as const;

function firstChar(path: string): string {
  try {
    const fd = fs.openSync(path, 'r');
    const buf = Buffer.alloc(64);
    const n = fs.readSync(fd, buf, 0, 64, 0);
    fs.closeSync(fd);
    return buf.subarray(0, n).toString('utf8').replace(/^\uFEFF/, '').trimStart()[0] ?? '';
  } catch {
    return '';
  }
}

/** What a set of dropped files is, from their content: Olist CSVs, an Online Retail CSV or Shopify JSON. */
export function detectImportKind(files: ImportFile[]): ImportKind | null {
  if (files.length === 0) return null;
  const kinds = new Set<ImportKind | null>();
  for (const f of files) {
    const c = firstChar(f.path);
    if (c === '{' || c === '[') {
      kinds.add('shopify');
      continue;
    }
    const header = peekHeader(f.path) ?? [];
    if (header.includes('InvoiceNo') && header.includes('StockCode')) kinds.add('online-retail');
    else if (olistFileKind(header)) kinds.add('olist');
    else kinds.add(null);
  }
  return kinds.size === 1 ? [...kinds][0] : null;
}
