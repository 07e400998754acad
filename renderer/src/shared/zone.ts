// Timestamps in a shop's own time zone. The back office stores instants in UTC; each source names
// the IANA zone its timestamps were recorded in, and the filters and the overview count its orders
// by that zone's calendar days. Showing them in the same zone keeps "placed on Aug 2" on Aug 2 for
// whoever looks, wherever the computer is.

/** The zone of this computer's clock (the audit trail and the jobs are this computer's own events). */
export const COMPUTER_ZONE: string = new Intl.DateTimeFormat().resolvedOptions().timeZone;

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(locale: string | undefined, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale ?? ''}|${JSON.stringify(options)}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, options);
    formatters.set(key, f);
  }
  return f;
}

const valid = new Map<string, boolean>();
/** The zone if this platform knows it, else undefined (then the computer's own zone applies). */
export function knownZone(tz: string | null | undefined): string | undefined {
  if (!tz) return undefined;
  let ok = valid.get(tz);
  if (ok === undefined) {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: tz });
      ok = true;
    } catch {
      ok = false;
    }
    valid.set(tz, ok);
  }
  return ok ? tz : undefined;
}

// IANA names are ASCII; a few cities read better with their own spelling
const CITY_NAMES: Record<string, string> = {
  Sao_Paulo: 'São Paulo',
  Bogota: 'Bogotá',
  Asuncion: 'Asunción',
  Belem: 'Belém',
  Maceio: 'Maceió',
  Cuiaba: 'Cuiabá',
  Santarem: 'Santarém',
  Araguaina: 'Araguaína',
  Zurich: 'Zürich',
};

/** "America/Sao_Paulo" -> "São Paulo time", "Europe/London" -> "London time", "UTC" -> "UTC". */
export function zoneName(tz: string): string {
  if (tz === 'UTC' || tz === 'Etc/UTC' || tz === 'GMT' || tz === 'Etc/GMT') return 'UTC';
  const parts = tz.split('/');
  if (parts.length < 2 || parts[0] === 'Etc') return tz;
  const city = parts[parts.length - 1];
  return `${CITY_NAMES[city] ?? city.replace(/_/g, ' ')} time`;
}

/** The zone's offset from UTC at that instant, as "GMT-3", "GMT+1" or "GMT". */
export function zoneOffset(tz: string, at: Date): string {
  const zone = knownZone(tz);
  if (!zone || Number.isNaN(at.getTime())) return '';
  const part = formatter('en-US', { timeZone: zone, timeZoneName: 'shortOffset' })
    .formatToParts(at)
    .find((p) => p.type === 'timeZoneName');
  return normalizeOffset(part?.value ?? '');
}

/** ICU builds differ: some write UTC+0 as "GMT+0", others as "GMT". */
function normalizeOffset(text: string): string {
  return text.replace(/\bGMT\+0(?![\d:])/g, 'GMT');
}

/** "São Paulo time (GMT-3)"; without an instant, the name alone. */
export function zoneLabel(tz: string, at?: Date | string | null): string {
  const name = zoneName(tz);
  const when = typeof at === 'string' ? parseInstant(at) : at;
  if (!when) return name;
  const offset = zoneOffset(tz, when);
  return offset && name !== 'UTC' ? `${name} (${offset})` : name;
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

export function isCalendarDate(value: string): boolean {
  return DATE_ONLY.test(value);
}

/** An instant from the back office's ISO text; null for nothing or a calendar date. */
export function parseInstant(value: string | null | undefined): Date | null {
  if (!value || DATE_ONLY.test(value)) return null;
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? null : d;
}

/** The wall-clock parts of an instant in a zone. */
function wallClock(d: Date, tz: string | undefined): { date: string; time: string } {
  const parts: Record<string, string> = {};
  for (const p of formatter('en-US', {
    timeZone: tz,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(d)) {
    parts[p.type] = p.value;
  }
  return { date: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}:${parts.second}` };
}

/** The calendar day (YYYY-MM-DD) of an instant in a zone: the day the filters count it on. */
export function localDay(value: string, tz?: string): string | null {
  if (DATE_ONLY.test(value)) return value;
  const d = parseInstant(value);
  return d ? wallClock(d, knownZone(tz)).date : null;
}

/** True when the instant is exactly midnight in the zone: a source that records only the day. */
export function isLocalMidnight(d: Date, tz?: string): boolean {
  return wallClock(d, knownZone(tz)).time === '00:00:00';
}

/**
 * How to show a value:
 * - datetime: date and time ("Aug 2, 2018, 11:15 PM")
 * - date: the day only ("Aug 2, 2018")
 * - time: the time only ("11:15 PM")
 * - day-or-datetime: the day when the source recorded only a day (midnight local), else date and time
 */
export type DateMode = 'datetime' | 'date' | 'time' | 'day-or-datetime';

export interface FormatOptions {
  /** IANA zone to show the instant in; unset or unknown: this computer's zone */
  timeZone?: string | null;
  mode?: DateMode;
  /** with seconds and the zone's offset (for tooltips) */
  precise?: boolean;
  locale?: string;
}

/** Whether the value, shown in this mode, includes a time of day (then its zone matters). */
export function showsTime(value: string, opts: Pick<FormatOptions, 'mode' | 'timeZone'> = {}): boolean {
  const d = parseInstant(value);
  if (!d) return false;
  const mode = opts.mode ?? 'datetime';
  if (mode === 'date') return false;
  return mode !== 'day-or-datetime' || !isLocalMidnight(d, knownZone(opts.timeZone));
}

/** A timestamp for people; calendar dates (YYYY-MM-DD) stay the same calendar day in any zone. */
export function formatInstant(value: string | null | undefined, opts: FormatOptions = {}): string {
  if (!value) return '—';
  const { locale } = opts;
  if (DATE_ONLY.test(value)) {
    const d = new Date(`${value}T00:00:00Z`);
    return Number.isNaN(d.getTime()) ? value : formatter(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(d);
  }
  const d = parseInstant(value);
  if (!d) return value;
  const timeZone = knownZone(opts.timeZone);
  let mode = opts.mode ?? 'datetime';
  if (mode === 'day-or-datetime') mode = isLocalMidnight(d, timeZone) ? 'date' : 'datetime';
  if (opts.precise) {
    const options: Intl.DateTimeFormatOptions =
      mode === 'date'
        ? { dateStyle: 'medium', timeZone }
        : { year: 'numeric', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit', second: '2-digit', timeZoneName: 'shortOffset', timeZone };
    return normalizeOffset(formatter(locale, options).format(d));
  }
  const options: Intl.DateTimeFormatOptions =
    mode === 'date'
      ? { dateStyle: 'medium', timeZone }
      : mode === 'time'
        ? { timeStyle: 'short', timeZone }
        : { dateStyle: 'medium', timeStyle: 'short', timeZone };
  return formatter(locale, options).format(d);
}

/**
 * The tooltip of a shown timestamp: the exact time in the shop's zone, named, and (when this
 * computer is elsewhere) the same instant on this computer's clock.
 */
export function instantTitle(value: string, timeZone?: string | null, locale?: string): string {
  if (DATE_ONLY.test(value)) return `${formatInstant(value, { locale })} (a calendar day)`;
  const d = parseInstant(value);
  if (!d) return value;
  const zone = knownZone(timeZone);
  if (!zone) return `${formatInstant(value, { precise: true, locale })}, this computer's time`;
  const here = `${formatInstant(value, { precise: true, timeZone: zone, locale })}, ${zoneName(zone)}`;
  if (zoneOffset(zone, d) === zoneOffset(COMPUTER_ZONE, d)) return here;
  return `${here}; on this computer: ${formatInstant(value, { locale, timeZone: COMPUTER_ZONE })}`;
}
