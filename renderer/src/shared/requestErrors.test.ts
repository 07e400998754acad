import { describe, expect, it } from 'vitest';
import { errorMessage } from './requestErrors';

describe('refused requests in words', () => {
  it('a search over the limit says how long it may be', () => {
    const e = {
      code: 'bad_request' as const,
      message: 'orders.list: search: Too big: expected string to have <=200 characters',
      details: { fields: [{ field: 'search', code: 'too_big', maximum: 200 }] },
    };
    expect(errorMessage(e)).toEqual({ text: 'The search is too long: it can be at most 200 characters. Shorten it and try again.', friendly: true });
  });
  it('a date that is no calendar day names the box', () => {
    const e = { code: 'bad_request' as const, message: 'x', details: { fields: [{ field: 'placedTo', code: 'custom', message: 'not a calendar date' }] } };
    expect(errorMessage(e).text).toBe('The “Placed to” date is not a date on the calendar. Pick one with the date picker.');
  });
  it('other errors keep their own message', () => {
    expect(errorMessage({ code: 'not_found', message: 'no order 9' })).toEqual({ text: 'no order 9', friendly: false });
    expect(errorMessage({ code: 'bad_request', message: 'orders.get: id: bad' }).friendly).toBe(true);
  });
});
