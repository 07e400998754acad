import { describe, expect, it } from 'vitest';
import { finalStateOf } from './jobState';

describe('the state a job card shows', () => {
  it('an end seen anywhere wins, whatever order the record and the events came in', () => {
    // a header-only CSV fails at once: its "failed" event, then a late "starting" one
    expect(finalStateOf({ state: 'running' }, { state: 'failed' })).toBe('failed');
    expect(finalStateOf({ state: 'failed' }, { state: 'running' })).toBe('failed');
    expect(finalStateOf(undefined, { state: 'cancelled' })).toBe('cancelled');
    expect(finalStateOf({ state: 'succeeded' }, undefined)).toBe('succeeded');
  });
  it('the record is authoritative once it has ended', () => {
    expect(finalStateOf({ state: 'succeeded' }, { state: 'failed' })).toBe('succeeded');
  });
  it('no end yet: none', () => {
    expect(finalStateOf({ state: 'queued' }, { state: 'running' })).toBeNull();
    expect(finalStateOf(undefined, undefined)).toBeNull();
  });
});
