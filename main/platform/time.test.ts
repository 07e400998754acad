import { test, expect } from 'vitest';
import { localToUtc, localDate, offsetTimestampToUtc } from './time';
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
