import { sql as spine } from './0001_spine';
import { sql as contentLineIds } from './0002_content_line_ids';
import { sql as jobOutcomes } from './0003_job_outcomes';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** In order; append only. A released migration is never edited: add the next number instead. */
export const migrations: Migration[] = [
  { version: 1, name: 'spine', sql: spine },
  { version: 2, name: 'content line ids', sql: contentLineIds },
  { version: 3, name: 'job outcomes', sql: jobOutcomes },
];
