// Number and text formatting for people. Money never passes through here: see Money.tsx.
const countFmt = new Intl.NumberFormat(undefined, { maximumFractionDigits: 0 });

export function formatCount(n: number): string {
  return countFmt.format(n);
}

/** part / whole as a percentage with one decimal ("93.4%"), from integer counts. */
export function formatShare(part: number, whole: number): string {
  if (!whole) return '—';
  const tenths = Math.round((part * 1000) / whole);
  return `${(tenths / 10).toFixed(1)}%`;
}

/** A ratio 0..1 as a percentage with one decimal. */
export function formatRate(rate: number | null | undefined): string {
  if (rate == null || !Number.isFinite(rate)) return '—';
  return `${(Math.round(rate * 1000) / 10).toFixed(1)}%`;
}

/** Average score from a 1–5 distribution of counts, with two decimals ("4.08"). */
export function averageFromDistribution(distribution: number[]): { average: string; count: number } {
  let count = 0;
  let sum = 0;
  distribution.forEach((n, i) => {
    count += n;
    sum += n * (i + 1);
  });
  if (!count) return { average: '—', count: 0 };
  // hundredths from integers, rounded half up (scores are positive)
  const hundredths = Math.floor((sum * 100 * 2 + count) / (2 * count));
  return { average: (hundredths / 100).toFixed(2), count };
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${formatCount(n)} ${n === 1 ? one : many}`;
}

export function humanize(code: string): string {
  const s = code.replace(/[_-]+/g, ' ').trim();
  return s ? s[0].toUpperCase() + s.slice(1) : s;
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** "52 ms" under a second, "3.4 s" under a minute, then "2 min 5 s". */
export function formatDuration(ms: number): string {
  if (!Number.isFinite(ms) || ms < 0) return '—';
  if (Math.round(ms) < 1000) return `${Math.round(ms)} ms`;
  const tenths = Math.round(ms / 100);
  if (tenths < 600) return `${(tenths / 10).toFixed(1)} s`;
  const seconds = Math.round(ms / 1000);
  return `${Math.floor(seconds / 60)} min ${seconds % 60} s`;
}

/**
 * How long a finished job took: the report's own measure when there is one; else from the
 * journal's start and finish, which are whole seconds (so "under 1 s" rather than "0 ms").
 */
export function jobDuration(j: { startedAt: string | null; finishedAt: string | null; report?: { durationMs: number } | null }): string | null {
  if (j.report && Number.isFinite(j.report.durationMs)) return formatDuration(j.report.durationMs);
  if (!j.startedAt || !j.finishedAt) return null;
  const ms = Date.parse(j.finishedAt) - Date.parse(j.startedAt);
  if (!Number.isFinite(ms) || ms < 0) return null;
  if (ms < 1000) return 'under 1 s';
  return formatDuration(ms);
}
