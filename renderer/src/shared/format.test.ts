import { describe, expect, it } from 'vitest';
import { averageFromDistribution, formatRate, formatShare, humanize } from './format';

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
