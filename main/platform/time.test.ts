import { test, expect } from 'vitest';
import { localToUtc, localToUtcMs, localDate, offsetTimestampToUtc } from './time';
test('converts zone-less local times to UTC with the IANA zone, across DST changes', () => {
  expect(localToUtc('2018-06-12 20:07:44', 'America/Sao_Paulo')).toBe('2018-06-12T23:07:44Z');
  expect(localToUtc('2017-01-12 20:07:44', 'America/Sao_Paulo')).toBe('2017-01-12T22:07:44Z');
  expect(localToUtc('2010-12-01 08:26:00', 'Europe/London')).toBe('2010-12-01T08:26:00Z');
  expect(localToUtc('2011-06-01 08:26:00', 'Europe/London')).toBe('2011-06-01T07:26:00Z');
  expect(localToUtc('2011-03-27 03:30:00', 'Europe/London')).toBe('2011-03-27T02:30:00Z');
  expect(localToUtc('2011-03-27 00:30:00', 'Europe/London')).toBe('2011-03-27T00:30:00Z');
  expect(localDate('2018-06-12T23:07:44Z', 'America/Sao_Paulo')).toBe('2018-06-12');
  expect(localDate('2018-06-13T02:07:44Z', 'America/Sao_Paulo')).toBe('2018-06-12');
  expect(localToUtc('2018-02-30 10:00:00', 'UTC')).toBeNull();
  expect(localToUtc('2018-1-3', 'UTC')).toBeNull();
  expect(localToUtc('2018-06-12T20:07', 'America/Sao_Paulo')).toBe('2018-06-12T23:07:00Z');
  // Sao Paulo's DST started at midnight on 2017-10-15: 00:30 did not exist, 01:30 is -02:00
  expect(localToUtc('2017-10-15 01:30:00', 'America/Sao_Paulo')).toBe('2017-10-15T03:30:00Z');
  expect(offsetTimestampToUtc('2008-01-10T11:00:00-05:00')).toBe('2008-01-10T16:00:00Z');
});

// Expected instants below are zoneinfo's (Python's zoneinfo / Temporal 'compatible' disambiguation):
// a local time that never happened moves forward by the gap; one that happened twice is the earlier.
test('a local time in a spring-forward gap moves forward by the gap, on midnight and on 1 a.m. changes alike', () => {
  // São Paulo 2017-10-15: 00:00 -03:00 became 01:00 -02:00; 00:30 never happened
  expect(localToUtc('2017-10-15 00:30:00', 'America/Sao_Paulo')).toBe('2017-10-15T03:30:00Z');
  expect(localToUtc('2017-10-15 00:00:00', 'America/Sao_Paulo')).toBe('2017-10-15T03:00:00Z');
  expect(localToUtc('2017-10-14 23:59:59', 'America/Sao_Paulo')).toBe('2017-10-15T02:59:59Z');
  // and the other minutes of that hour, by the per-hour path and the slow path alike
  expect(localToUtc('2017-10-15 00:59:10', 'America/Sao_Paulo')).toBe('2017-10-15T03:59:10Z');
  expect(localToUtc('2017-10-15T00:59', 'America/Sao_Paulo')).toBe('2017-10-15T03:59:00Z');
  // London 2011-03-27: 01:00 GMT became 02:00 BST; 01:30 never happened
  expect(localToUtc('2011-03-27 01:30:00', 'Europe/London')).toBe('2011-03-27T01:30:00Z');
});

test('a local time that happened twice is the earlier one, in every zone', () => {
  // London 2011-10-30: 02:00 BST went back to 01:00 GMT; 01:30 BST is 00:30Z, 01:30 GMT 01:30Z
  expect(localToUtc('2011-10-30 01:30:00', 'Europe/London')).toBe('2011-10-30T00:30:00Z');
  expect(localToUtc('2011-10-30 01:00:00', 'Europe/London')).toBe('2011-10-30T00:00:00Z');
  expect(localToUtc('2011-10-30 02:00:00', 'Europe/London')).toBe('2011-10-30T02:00:00Z');
  // São Paulo 2018-02-18: 00:00 -02:00 went back to 23:00 -03:00 on the 17th; 23:30 -02:00 is 01:30Z
  expect(localToUtc('2018-02-17 23:30:00', 'America/Sao_Paulo')).toBe('2018-02-18T01:30:00Z');
  expect(localToUtc('2018-02-17 22:59:59', 'America/Sao_Paulo')).toBe('2018-02-18T00:59:59Z');
  expect(localToUtc('2018-02-18 00:00:00', 'America/Sao_Paulo')).toBe('2018-02-18T03:00:00Z');
});

test('years 0000 to 0099 stay in their century', () => {
  expect(localToUtc('0050-06-01 12:00:00', 'UTC')).toBe('0050-06-01T12:00:00Z');
  expect(localToUtc('0099-12-31 23:59:59', 'UTC')).toBe('0099-12-31T23:59:59Z');
  expect(localToUtc('0000-01-01 00:00:00', 'UTC')).toBe('0000-01-01T00:00:00Z');
  expect(localToUtc('0004-02-29 10:00:00', 'UTC')).toBe('0004-02-29T10:00:00Z');
  expect(localToUtc('0001-02-29 10:00:00', 'UTC')).toBeNull(); // not a leap year
  // London kept local mean time then: 0:01:15 behind Greenwich
  expect(localToUtcMs('0050-06-01 12:00:00', 'Europe/London')).toBe(Date.parse('0050-06-01T12:01:15Z'));
});

test('an offset timestamp on a day the calendar lacks is not a timestamp', () => {
  expect(offsetTimestampToUtc('2008-02-30T11:00:00-05:00')).toBeNull();
  expect(offsetTimestampToUtc('2008-02-29T11:00:00-05:00')).toBe('2008-02-29T16:00:00Z');
  expect(offsetTimestampToUtc('2007-02-29T11:00:00Z')).toBeNull();
  expect(offsetTimestampToUtc('2008-04-31T11:00:00+02:00')).toBeNull();
  expect(offsetTimestampToUtc('2008-01-10T24:00:00-05:00')).toBeNull();
  expect(offsetTimestampToUtc('2008-01-10T11:00:00+25:00')).toBeNull();
});
