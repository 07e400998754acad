import { AppError } from '../../contract/errors';
import type { ImportFile } from './files';
import type { ImportSet } from './import-set';

export function parseShopify(_files: ImportFile[], _progress?: (done: number, total: number) => void): ImportSet {
  throw new AppError('unsupported', 'Shopify import is not available yet');
}
