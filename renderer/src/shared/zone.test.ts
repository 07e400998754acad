import { describe, expect, it } from 'vitest';
import { formatInstant, instantTitle, isLocalMidnight, knownZone, localDay, showsTime, zoneLabel, zoneName, zoneOffset } from './zone';

const SP = 'America/Sao_Paulo';
// Olist order 826781a83e7fab9989e0882180d2adc2: placed 2018-08-02 23:15:49 in São Paulo, stored in UTC
const PLACED = '2018-08-03T02:15:49Z';

describe('formatInstant', () => {
  it("shows an instant in the shop's zone, not the computer's", () => {
    expect(formatInstant(PLACED, { timeZone: SP, locale: 'en-US' })).toBe('Aug 2, 2018, 11:15 PM');
    expect(formatInstant(PLACED, { timeZone: 'Asia/Tokyo', locale: 'en-US' })).toBe('Aug 3, 2018, 11:15 AM');
    expect(formatInstant(PLACED, { timeZone: SP, mode: 'date', locale: 'en-US' })).toBe('Aug 2, 2018');
    expect(formatInstant(PLACED, { timeZone: SP, mode: 'time', locale: 'en-US' })).toBe('11:15 PM');
  });

  it('shows a day-only source timestamp (midnight local) as a date', () => {
    // Olist review creation dates are days: 2017-06-07 00:00:00 in São Paulo
    expect(formatInstant('2017-06-07T03:00:00Z', { timeZone: SP, mode: 'day-or-datetime', locale: 'en-US' })).toBe('Jun 7, 2017');
    expect(formatInstant('2017-06-08T14:01:13Z', { timeZone: SP, mode: 'day-or-datetime', locale: 'en-US' })).toBe('Jun 8, 2017, 11:01 AM');
    expect(showsTime('2017-06-07T03:00:00Z', { timeZone: SP, mode: 'day-or-datetime' })).toBe(false);
    expect(showsTime('2017-06-08T14:01:13Z', { timeZone: SP, mode: 'day-or-datetime' })).toBe(true);
  });

  it('keeps calendar dates as they are, in any zone', () => {
    expect(formatInstant('2017-07-03', { timeZone: 'Pacific/Auckland', locale: 'en-US' })).toBe('Jul 3, 2017');
    expect(formatInstant('2017-07-03', { timeZone: 'America/Los_Angeles', locale: 'en-US' })).toBe('Jul 3, 2017');
  });

  it('gives the exact time with its offset when precise', () => {
    expect(formatInstant(PLACED, { timeZone: SP, precise: true, locale: 'en-US' })).toBe('Aug 2, 2018, 11:15:49 PM GMT-3');
  });

  it('falls back to the computer zone for an unknown zone, and a dash for nothing', () => {
    expect(knownZone('Not/AZone')).toBeUndefined();
    expect(formatInstant(PLACED, { timeZone: 'Not/AZone', locale: 'en-US' })).toBe(formatInstant(PLACED, { locale: 'en-US' }));
    expect(formatInstant(null)).toBe('—');
  });
});

describe('zones', () => {
  it('names a zone by its city', () => {
    expect(zoneName(SP)).toBe('São Paulo time');
    expect(zoneName('Europe/London')).toBe('London time');
    expect(zoneName('America/New_York')).toBe('New York time');
    expect(zoneName('UTC')).toBe('UTC');
  });

  it('gives the offset in force at the instant', () => {
    expect(zoneOffset(SP, new Date(PLACED))).toBe('GMT-3');
    expect(zoneOffset('Europe/London', new Date('2011-01-15T12:00:00Z'))).toBe('GMT');
    expect(zoneOffset('Europe/London', new Date('2011-07-15T12:00:00Z'))).toBe('GMT+1');
    expect(zoneLabel(SP, PLACED)).toBe('São Paulo time (GMT-3)');
    expect(zoneLabel('UTC', PLACED)).toBe('UTC');
  });

  it("counts an instant on the zone's calendar day, as the filters do", () => {
    expect(localDay(PLACED, SP)).toBe('2018-08-02');
    expect(localDay(PLACED, 'UTC')).toBe('2018-08-03');
    expect(isLocalMidnight(new Date('2017-06-07T03:00:00Z'), SP)).toBe(true);
    expect(isLocalMidnight(new Date('2017-06-07T03:00:00Z'), 'UTC')).toBe(false);
  });

  it('names the zone and the exact time in the tooltip', () => {
    expect(instantTitle(PLACED, SP, 'en-US')).toMatch(/^Aug 2, 2018, 11:15:49 PM GMT-3, São Paulo time/);
    expect(instantTitle('2017-07-03', SP, 'en-US')).toBe('Jul 3, 2017 (a calendar day)');
  });
});
