// The overview's period: a choice the user makes (kept as chosen, so "This month" stays this month)
// and the local calendar days it stands for today, as `dashboard.overview` takes them.
import { useStoredState } from '../../shared/listState';

export type PeriodPreset = 'all' | 'this-month' | 'last-month' | 'this-year' | 'last-year' | 'month' | 'custom';

export interface PeriodChoice {
  preset: PeriodPreset;
  /** the chosen month (YYYY-MM) when preset is 'month' */
  month: string;
  /** the custom range's first and last day (YYYY-MM-DD); either may be empty (open-ended) */
  from: string;
  to: string;
}

export const PERIOD_PRESETS: { value: PeriodPreset; label: string }[] = [
  { value: 'all', label: 'All time' },
  { value: 'this-month', label: 'This month' },
  { value: 'last-month', label: 'Last month' },
  { value: 'this-year', label: 'This year' },
  { value: 'last-year', label: 'Last year' },
  { value: 'month', label: 'A month…' },
  { value: 'custom', label: 'Custom range' },
];

export const ALL_TIME: PeriodChoice = { preset: 'all', month: '', from: '', to: '' };

export interface ResolvedPeriod {
  placedFrom?: string;
  placedTo?: string;
  /** for people: "All time", "March 2018", "2018", "Mar 1 – 15, 2018", "From Mar 1, 2018" */
  label: string;
  /** the same as part of a sentence: "placed in March 2018", "placed Mar 1 – 15, 2018" */
  placed: string;
  /** what is missing or wrong in the choice; the figures wait until it is fixed */
  problem?: string;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const pad = (n: number) => String(n).padStart(2, '0');

/** Local calendar month of a date, as YYYY-MM. */
export function monthOf(d: Date): string {
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}`;
}

/** The month before or after YYYY-MM. */
export function shiftMonth(month: string, by: number): string {
  const [y, m] = month.split('-').map(Number);
  const i = y * 12 + (m - 1) + by;
  return `${Math.floor(i / 12)}-${pad((i % 12) + 1)}`;
}

function lastDayOf(month: string): string {
  const [y, m] = month.split('-').map(Number);
  // day 0 of the next month is the last of this one; UTC, so no clock change moves it
  return `${month}-${pad(new Date(Date.UTC(y, m, 0)).getUTCDate())}`;
}

const utc = (day: string) => new Date(`${day}T00:00:00Z`);

function monthPeriod(month: string, locale?: string): ResolvedPeriod {
  const label = new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(utc(`${month}-01`));
  return { placedFrom: `${month}-01`, placedTo: lastDayOf(month), label, placed: `placed in ${label}` };
}

function yearPeriod(year: number): ResolvedPeriod {
  return { placedFrom: `${year}-01-01`, placedTo: `${year}-12-31`, label: String(year), placed: `placed in ${year}` };
}

function rangePeriod(from: string, to: string, locale?: string): ResolvedPeriod {
  const f = DAY.test(from) ? from : '';
  const t = DAY.test(to) ? to : '';
  const fmt = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
  if (f && t) {
    if (f > t) return { label: 'Custom range', placed: 'placed in a custom range', problem: 'The first day is after the last day.' };
    const label = fmt.formatRange(utc(f), utc(t));
    return { placedFrom: f, placedTo: t, label, placed: `placed ${label}` };
  }
  if (f) return { placedFrom: f, label: `From ${fmt.format(utc(f))}`, placed: `placed from ${fmt.format(utc(f))}` };
  if (t) return { placedTo: t, label: `Up to ${fmt.format(utc(t))}`, placed: `placed up to ${fmt.format(utc(t))}` };
  return { label: 'Custom range', placed: 'placed in a custom range', problem: 'Enter the first day, the last day, or both.' };
}

/** The days a choice stands for on `today` (the user's local calendar). */
export function resolvePeriod(c: PeriodChoice, today: Date, locale?: string): ResolvedPeriod {
  const thisMonth = monthOf(today);
  switch (c.preset) {
    case 'this-month':
      return monthPeriod(thisMonth, locale);
    case 'last-month':
      return monthPeriod(shiftMonth(thisMonth, -1), locale);
    case 'this-year':
      return yearPeriod(today.getFullYear());
    case 'last-year':
      return yearPeriod(today.getFullYear() - 1);
    case 'month':
      return MONTH.test(c.month) ? monthPeriod(c.month, locale) : { label: 'A month', placed: 'placed in a month', problem: 'Choose a month.' };
    case 'custom':
      return rangePeriod(c.from, c.to, locale);
    default:
      return { label: 'All time', placed: 'placed at any time' };
  }
}

/**
 * The choice after picking another preset: "A month…" and "Custom range" start from the days on
 * screen (so last month's figures become that month, or its first and last day, ready to adjust).
 */
export function choosePreset(current: PeriodChoice, preset: PeriodPreset, today: Date): PeriodChoice {
  const shown = resolvePeriod(current, today);
  if (preset === 'month') {
    const month = shown.placedFrom?.slice(0, 7) ?? (current.month || shiftMonth(monthOf(today), -1));
    return { ...current, preset, month };
  }
  if (preset === 'custom') {
    return shown.placedFrom || shown.placedTo ? { ...current, preset, from: shown.placedFrom ?? '', to: shown.placedTo ?? '' } : { ...current, preset };
  }
  return { ...current, preset };
}

/** The overview's period, kept for the session: back from an order, the overview shows the same days. */
export function useOverviewPeriod() {
  return useStoredState<PeriodChoice>('overview-period', ALL_TIME);
}
