import { describe, expect, it } from 'vitest';
import { ALL_TIME, choosePreset, resolvePeriod, shiftMonth, type PeriodChoice } from './period';

// a local date: the presets follow the user's calendar, not UTC
const today = new Date(2026, 0, 14, 23, 30); // 14 January 2026, late evening
const choice = (patch: Partial<PeriodChoice>): PeriodChoice => ({ ...ALL_TIME, ...patch });

describe('resolvePeriod', () => {
  it('sends no bounds for all time', () => {
    expect(resolvePeriod(ALL_TIME, today, 'en-US')).toEqual({ label: 'All time', placed: 'placed at any time' });
  });

  it('gives this month and last month as whole calendar months, across a year end', () => {
    expect(resolvePeriod(choice({ preset: 'this-month' }), today, 'en-US')).toMatchObject({
      placedFrom: '2026-01-01',
      placedTo: '2026-01-31',
      label: 'January 2026',
      placed: 'placed in January 2026',
    });
    expect(resolvePeriod(choice({ preset: 'last-month' }), today, 'en-US')).toMatchObject({
      placedFrom: '2025-12-01',
      placedTo: '2025-12-31',
      label: 'December 2025',
    });
  });

  it('knows the length of February', () => {
    expect(resolvePeriod(choice({ preset: 'month', month: '2024-02' }), today, 'en-US')).toMatchObject({ placedFrom: '2024-02-01', placedTo: '2024-02-29' });
    expect(resolvePeriod(choice({ preset: 'month', month: '2018-02' }), today, 'en-US')).toMatchObject({ placedTo: '2018-02-28' });
  });

  it('gives this year and last year', () => {
    expect(resolvePeriod(choice({ preset: 'this-year' }), today)).toMatchObject({ placedFrom: '2026-01-01', placedTo: '2026-12-31', label: '2026' });
    expect(resolvePeriod(choice({ preset: 'last-year' }), today)).toMatchObject({ placedFrom: '2025-01-01', placedTo: '2025-12-31', label: '2025' });
  });

  it('takes a custom range, open at either end', () => {
    const range = resolvePeriod(choice({ preset: 'custom', from: '2018-03-01', to: '2018-03-15' }), today, 'en-US');
    expect(range).toMatchObject({ placedFrom: '2018-03-01', placedTo: '2018-03-15' });
    // ICU puts thin spaces around the dash
    expect(range.label.replace(/\s+/g, ' ')).toBe('Mar 1 – 15, 2018');
    const from = resolvePeriod(choice({ preset: 'custom', from: '2018-03-01' }), today, 'en-US');
    expect(from).toMatchObject({ placedFrom: '2018-03-01', label: 'From Mar 1, 2018' });
    expect(from.placedTo).toBeUndefined();
    expect(resolvePeriod(choice({ preset: 'custom', to: '2018-03-15' }), today, 'en-US')).toMatchObject({ placedTo: '2018-03-15', label: 'Up to Mar 15, 2018' });
  });

  it('names what is missing or wrong instead of sending it', () => {
    const reversed = resolvePeriod(choice({ preset: 'custom', from: '2018-04-01', to: '2018-03-01' }), today);
    expect(reversed.problem).toMatch(/after/);
    expect(reversed.placedFrom).toBeUndefined();
    expect(resolvePeriod(choice({ preset: 'custom' }), today).problem).toBeTruthy();
    expect(resolvePeriod(choice({ preset: 'month', month: '' }), today).problem).toBe('Choose a month.');
  });
});

describe('choosePreset', () => {
  it('starts a custom range from the days on screen', () => {
    const next = choosePreset(choice({ preset: 'last-month' }), 'custom', today);
    expect(next).toMatchObject({ preset: 'custom', from: '2025-12-01', to: '2025-12-31' });
  });
  it('starts "a month" from the month on screen, else last month', () => {
    expect(choosePreset(choice({ preset: 'this-month' }), 'month', today).month).toBe('2026-01');
    expect(choosePreset(ALL_TIME, 'month', today).month).toBe('2025-12');
  });
  it('keeps the custom days when moving to a preset and back', () => {
    const custom = choice({ preset: 'custom', from: '2018-03-01', to: '2018-03-15' });
    const away = choosePreset(custom, 'all', today);
    expect(away).toMatchObject({ preset: 'all', from: '2018-03-01', to: '2018-03-15' });
  });
});

describe('shiftMonth', () => {
  it('crosses year ends both ways', () => {
    expect(shiftMonth('2026-01', -1)).toBe('2025-12');
    expect(shiftMonth('2025-12', 1)).toBe('2026-01');
    expect(shiftMonth('2018-10', -13)).toBe('2017-09');
  });
});
