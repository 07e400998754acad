// Sources give zone-less local timestamps ("2018-06-12 20:07:44" in São Paulo, UK time for the
// UCI retailer). We store UTC, converting with the platform's own IANA time-zone database (Intl).
// Hand-written rather than dayjs/luxon because those call Intl once or twice per value, and an
// import converts hundreds of thousands; here the offset is cached per local day and looked up
// exactly only on the few days a DST change happens.

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2}))?)?$/;

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(tz: string): Intl.DateTimeFormat {
  let f = formatters.get(tz);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: tz,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      // year 0 (1 BC) is written "1" with era BC: the era tells them apart
      era: 'short',
    });
    formatters.set(tz, f);
  }
  return f;
}

/**
 * Date.UTC for every year: Date.UTC itself reads years 0-99 as 1900-1999, so "0050-06-01"
 * would silently become 1950.
 */
export function utcMs(y: number, mo: number, d: number, h = 0, mi = 0, s = 0): number {
  const ms = Date.UTC(y, mo - 1, d, h, mi, s);
  if (y >= 100 || y < 0) return ms;
  const t = new Date(ms);
  t.setUTCFullYear(y);
  return t.getTime();
}

/** Offset of `tz` from UTC at the instant `utcMs`, in milliseconds (São Paulo in 2018: -3 h). */
export function zoneOffsetMs(tz: string, at: number): number {
  const p: Record<string, number> = {};
  let bc = false;
  for (const part of formatter(tz).formatToParts(new Date(at))) {
    if (part.type === 'era') bc = part.value === 'BC';
    else if (part.type !== 'literal') p[part.type] = Number(part.value);
  }
  const asUtc = utcMs(bc ? 1 - p.year : p.year, p.month, p.day, p.hour, p.minute, p.second);
  return asUtc - Math.floor(at / 1000) * 1000;
}

const DAY = 86_400_000;

/**
 * The instant of a local wall-clock time on a day the zone's offset changes, disambiguated as
 * Temporal's 'compatible' does (and zoneinfo, java.time and most databases): a time that occurs
 * twice (clocks set back) is the earlier of the two; a time that does not exist (clocks set
 * forward) moves forward by the gap, i.e. it is read with the offset in force before the change.
 */
function exactUtc(localAsUtc: number, tz: string): number {
  const before = zoneOffsetMs(tz, localAsUtc - DAY);
  const after = zoneOffsetMs(tz, localAsUtc + DAY);
  const early = localAsUtc - before;
  const late = localAsUtc - after;
  const earlyFits = zoneOffsetMs(tz, early) === before;
  const lateFits = zoneOffsetMs(tz, late) === after;
  if (earlyFits && lateFits) return Math.min(early, late);
  if (earlyFits) return early;
  if (lateFits) return late;
  return early; // in the gap: the offset before the change carries it past the gap
}

const dayOffsets = new Map<string, number | null>();

const digit = (s: string, i: number) => s.charCodeAt(i) - 48;
function num(s: string, from: number, len: number): number {
  let n = 0;
  for (let i = from; i < from + len; i++) {
    const d = digit(s, i);
    if (d < 0 || d > 9) return Number.NaN;
    n = n * 10 + d;
  }
  return n;
}

/** The UTC instant, in ms, of a local wall-clock time in `tz`; null when `local` is not a date. */
export function localToUtcMs(local: string, tz: string): number | null {
  // fast path for the common shapes "YYYY-MM-DD", "YYYY-MM-DD HH:MM" and "YYYY-MM-DD HH:MM:SS"
  const len = local.length;
  let y: number, mo: number, d: number, h = 0, mi = 0, s = 0;
  if ((len === 10 || len === 16 || len === 19) && local[4] === '-' && local[7] === '-') {
    y = num(local, 0, 4);
    mo = num(local, 5, 2);
    d = num(local, 8, 2);
    if (len > 10) {
      if ((local[10] !== ' ' && local[10] !== 'T') || local[13] !== ':') return null;
      h = num(local, 11, 2);
      mi = num(local, 14, 2);
      if (len === 19) {
        if (local[16] !== ':') return null;
        s = num(local, 17, 2);
      }
    }
  } else {
    const m = LOCAL.exec(local);
    if (!m) return null;
    [y, mo, d, h, mi, s] = [m[1], m[2], m[3], m[4] ?? '0', m[5] ?? '0', m[6] ?? '0'].map(Number);
  }
  if (!(mo >= 1 && mo <= 12 && d >= 1 && d <= 31 && h >= 0 && h <= 23 && mi >= 0 && mi <= 59 && s >= 0 && s <= 59)) return null;
  const dayStart = utcMs(y, mo, d);
  if (new Date(dayStart).getUTCDate() !== d) return null; // 2018-02-30
  const localAsUtc = dayStart + (h * 3600 + mi * 60 + s) * 1000;
  const dayKey = tz + dayStart;
  let off = dayOffsets.get(dayKey);
  if (off === undefined) {
    // every instant whose local time falls on this day lies between these two (offsets are
    // within -12 h and +14 h); the same offset at both ends means no change in between, also
    // none at the day's very first moment (São Paulo moved its clocks at midnight)
    const a = zoneOffsetMs(tz, dayStart - 14 * 3_600_000);
    const b = zoneOffsetMs(tz, dayStart + DAY + 12 * 3_600_000);
    off = a === b ? a : null; // null: an offset change is near, convert each value exactly
    dayOffsets.set(dayKey, off);
  }
  return off === null ? exactUtc(localAsUtc, tz) : localAsUtc - off;
}

// "YYYY-MM-DD HH" in a zone -> "YYYY-MM-DDTHH" in UTC, for zones a whole number of hours off
// UTC at that time: minutes and seconds then carry over unchanged, and most values skip Date.
const hourPrefixes = new Map<string, Map<number, string | null>>();

/** "2018-06-12 20:07:44" in America/Sao_Paulo -> "2018-06-12T23:07:44Z"; null for a non-date. */
export function localToUtc(local: string, tz: string): string | null {
  if (local.length === 19 && local[13] === ':' && local[16] === ':') {
    // a number key (YYYYMMDDHH) avoids building and hashing a string per value
    const key = num(local, 0, 4) * 1_000_000 + num(local, 5, 2) * 10_000 + num(local, 8, 2) * 100 + num(local, 11, 2);
    let zone = hourPrefixes.get(tz);
    if (!zone) hourPrefixes.set(tz, (zone = new Map()));
    let prefix = Number.isNaN(key) ? null : zone.get(key);
    if (prefix === undefined) {
      const ms = localToUtcMs(local.slice(0, 13) + ':00:00', tz);
      prefix = ms !== null && ms % 3_600_000 === 0 ? new Date(ms).toISOString().slice(0, 13) : null;
      zone.set(key, prefix);
    }
    const mi = num(local, 14, 2);
    const s = num(local, 17, 2);
    if (prefix !== null && mi >= 0 && mi <= 59 && s >= 0 && s <= 59) return `${prefix}:${local.slice(14, 19)}Z`;
  }
  const ms = localToUtcMs(local, tz);
  return ms === null ? null : new Date(ms).toISOString().slice(0, 19) + 'Z';
}

const WITH_OFFSET = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:Z|([+-])(\d{2}):?(\d{2}))$/;

/**
 * An ISO timestamp with its own offset ("2008-01-10T11:00:00-05:00") -> UTC; null if not one,
 * including a day the calendar does not have: Date.parse would roll "2008-02-30" over to
 * March 1st.
 */
export function offsetTimestampToUtc(text: string): string | null {
  const m = WITH_OFFSET.exec(text);
  if (!m) return null;
  const [y, mo, d, h, mi] = [m[1], m[2], m[3], m[4], m[5]].map(Number);
  const s = m[6] === undefined ? 0 : Number(m[6]);
  if (!(mo >= 1 && mo <= 12 && d >= 1 && h <= 23 && mi <= 59 && s <= 59)) return null;
  if (new Date(utcMs(y, mo, d)).getUTCDate() !== d) return null;
  if (m[7] !== undefined && (Number(m[8]) > 14 || Number(m[9]) > 59)) return null;
  const ms = Date.parse(text);
  if (Number.isNaN(ms)) return null;
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** The calendar day of an instant in a zone: months and days close on the shop's local dates. */
export function localDate(utcIso: string, tz: string): string {
  const ms = Date.parse(utcIso);
  return new Date(ms + zoneOffsetMs(tz, ms)).toISOString().slice(0, 10);
}

export function isValidTimeZone(tz: string): boolean {
  try {
    formatter(tz);
    return true;
  } catch {
    return false;
  }
}
