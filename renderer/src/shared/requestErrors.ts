// A request the back office refused, in words a merchant understands: which box, what limit,
// what to do. The back office says which field broke which limit (details.fields); the raw
// message stays available for developers (the alert's tooltip).
import type { AppErrorData } from '../../../main/contract/errors';

interface FieldIssue {
  field: string;
  code: string;
  message?: string;
  maximum?: number;
  minimum?: number;
}

/** What people call each argument a screen sends. */
const FIELD_NAMES: Record<string, string> = {
  search: 'The search',
  placedFrom: 'The “Placed from” date',
  placedTo: 'The “Placed to” date',
  status: 'The status filter',
  category: 'The category',
  page: 'The page number',
  pageSize: 'The number of rows per page',
  name: 'The file name',
  batchId: 'The staged files',
  limit: 'The number of jobs',
};

function fieldIssues(e: AppErrorData): FieldIssue[] {
  const fields = e.details?.fields;
  return Array.isArray(fields) ? (fields as FieldIssue[]).filter((f) => f && typeof f.field === 'string') : [];
}

function sentence(f: FieldIssue): string {
  const what = FIELD_NAMES[f.field.split('.')[0]] ?? `The value “${f.field}”`;
  if (f.code === 'too_big' && f.maximum !== undefined) {
    return f.field === 'search' || f.field === 'category' || f.field === 'name'
      ? `${what} is too long: it can be at most ${f.maximum} characters. Shorten it and try again.`
      : `${what} is too large: at most ${f.maximum}.`;
  }
  if (f.code === 'too_small' && f.minimum !== undefined) {
    return f.minimum === 1 && (f.field === 'name' || f.field === 'search') ? `${what} is empty.` : `${what} is too small: at least ${f.minimum}.`;
  }
  if (f.field === 'placedFrom' || f.field === 'placedTo') return `${what} is not a date on the calendar. Pick one with the date picker.`;
  return `${what} was not accepted${f.message ? ` (${f.message.toLowerCase()})` : ''}.`;
}

/**
 * The message to show for an error: for a refused request, one plain sentence per field; for
 * anything else, the back office's own message. `friendly` is false where nothing was reworded.
 */
export function errorMessage(e: AppErrorData): { text: string; friendly: boolean } {
  if (e.code !== 'bad_request') return { text: e.message, friendly: false };
  const issues = fieldIssues(e);
  if (!issues.length) return { text: 'The screen asked for something the back office does not accept. Reload the page and try again.', friendly: true };
  return { text: issues.map(sentence).join(' '), friendly: true };
}
