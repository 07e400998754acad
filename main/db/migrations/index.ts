import { sql as spine } from './0001_spine';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** In order; append only. A released migration is never edited: add the next number instead. */
export const migrations: Migration[] = [{ version: 1, name: 'spine', sql: spine }];
