import { describe, expect, it } from 'vitest';
import { averageFromDistribution, formatDuration, formatRate, formatShare, humanize, jobDuration } from './format';

describe('formatShare', () => {
  it('gives one decimal from integer counts', () => {
    expect(formatShare(13_595, 14_552)).toBe('93.4%');
    expect(formatShare(1, 3)).toBe('33.3%');
    expect(formatShare(2, 3)).toBe('66.7%');
    expect(formatShare(0, 10)).toBe('0.0%');
  });
  it('shows a dash for an empty whole', () => {
    expect(formatShare(0, 0)).toBe('—');
  });
});

describe('formatRate', () => {
  it('formats a ratio', () => {
    expect(formatRate(0.9342358438702584)).toBe('93.4%');
    expect(formatRate(null)).toBe('—');
  });
});

describe('averageFromDistribution', () => {
  it('averages scores 1..5 exactly and rounds to two decimals', () => {
    // the Olist sample: 14,944 order reviews averaging 4.084
    expect(averageFromDistribution([1701, 478, 1281, 2887, 8597])).toEqual({ average: '4.08', count: 14_944 });
  });
  it('rounds half up', () => {
    expect(averageFromDistribution([0, 0, 0, 7, 1]).average).toBe('4.13'); // 33/8 = 4.125
  });
  it('handles no reviews', () => {
    expect(averageFromDistribution([0, 0, 0, 0, 0])).toEqual({ average: '—', count: 0 });
  });
});

describe('humanize', () => {
  it('turns codes into words', () => {
    expect(humanize('credit_card')).toBe('Credit card');
    expect(humanize('handed_to_carrier')).toBe('Handed to carrier');
  });
});

describe('formatDuration', () => {
  it('gives milliseconds under a second and one decimal of seconds above', () => {
    expect(formatDuration(52)).toBe('52 ms');
    expect(formatDuration(51.6)).toBe('52 ms');
    expect(formatDuration(999.4)).toBe('999 ms');
    expect(formatDuration(999.6)).toBe('1.0 s');
    expect(formatDuration(3_420)).toBe('3.4 s');
    expect(formatDuration(59_940)).toBe('59.9 s');
    expect(formatDuration(59_960)).toBe('1 min 0 s');
    expect(formatDuration(125_000)).toBe('2 min 5 s');
  });
});

describe('jobDuration', () => {
  it("prefers the report's measure to the journal's whole seconds", () => {
    const at = { startedAt: '2026-12-03T20:26:41Z', finishedAt: '2026-12-03T20:26:41Z' };
    expect(jobDuration({ ...at, report: { durationMs: 56 } })).toBe('56 ms');
    expect(jobDuration({ ...at, report: null })).toBe('under 1 s');
    expect(jobDuration({ startedAt: '2026-12-03T20:26:36Z', finishedAt: '2026-12-03T20:26:38Z', report: { durationMs: 2_396 } })).toBe('2.4 s');
    expect(jobDuration({ startedAt: '2026-12-03T20:26:36Z', finishedAt: '2026-12-03T20:26:39Z' })).toBe('3.0 s');
  });
  it('has nothing to say about a job that has not finished', () => {
    expect(jobDuration({ startedAt: '2026-12-03T20:26:36Z', finishedAt: null, report: null })).toBeNull();
  });
});
