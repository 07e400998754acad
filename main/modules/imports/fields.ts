// Field readers for import rows. Each records a problem (file, line, field, what is wrong)
// instead of throwing, so one pass reports many problems; the importer throws them all together.
import { BadInputError, type InputProblem } from '../../contract/errors';
import { MoneyError, parseDecimalToMinor } from '../../contract/money';
import { localToUtc } from '../../platform/time';
import type { CsvTable } from './csv';

const MAX_PROBLEMS = 50;

export class Problems {
  readonly list: InputProblem[] = [];
  add(file: string, line: number, field: string | undefined, message: string): void {
    if (this.list.length < MAX_PROBLEMS) this.list.push({ file, line, ...(field ? { field } : {}), message });
  }
  get any(): boolean {
    return this.list.length > 0;
  }
  throwIfAny(): void {
    if (this.list.length) throw new BadInputError(this.list);
  }
}

/** Reads typed fields of one CSV table, recording problems against the row's physical line. */
export class Fields {
  private readonly idx = new Map<string, number>();
  constructor(
    readonly t: CsvTable,
    readonly problems: Problems,
  ) {
    t.header.forEach((h, i) => this.idx.set(h, i));
  }

  raw(i: number, col: string): string {
    return this.t.rows[i][this.idx.get(col)!];
  }

  fail(i: number, col: string | undefined, message: string): void {
    this.problems.add(this.t.file, this.t.lineOf(i), col, message);
  }

  /** Text; empty becomes null, or a problem when required. */
  text(i: number, col: string, required = false): string | null {
    const v = this.raw(i, col).trim();
    if (v === '') {
      if (required) this.fail(i, col, 'is empty');
      return null;
    }
    return v;
  }

  int(i: number, col: string, opts: { required?: boolean; min?: number; max?: number } = {}): number | null {
    const v = this.raw(i, col).trim();
    if (v === '') {
      if (opts.required) this.fail(i, col, 'is empty');
      return null;
    }
    // pandas writes whole numbers as "3.0"; accept that, nothing else fractional
    const m = /^-?\d+(\.0+)?$/.test(v) ? Number.parseInt(v, 10) : Number.NaN;
    if (!Number.isSafeInteger(m)) {
      this.fail(i, col, `"${v}" is not a whole number`);
      return null;
    }
    if (opts.min !== undefined && m < opts.min) this.fail(i, col, `${m} is below ${opts.min}`);
    if (opts.max !== undefined && m > opts.max) this.fail(i, col, `${m} is above ${opts.max}`);
    return m;
  }

  money(i: number, col: string, currency: string): number {
    const v = this.raw(i, col).trim();
    if (v === '') {
      this.fail(i, col, 'is empty: expected an amount');
      return 0;
    }
    try {
      return parseDecimalToMinor(v, currency);
    } catch (e) {
      this.fail(i, col, e instanceof MoneyError ? e.message : `"${v}" is not an amount`);
      return 0;
    }
  }

  /** A zone-less local timestamp in the source's zone, stored as UTC. */
  timestamp(i: number, col: string, tz: string, required = false): string | null {
    const v = this.raw(i, col).trim();
    if (v === '') {
      if (required) this.fail(i, col, 'is empty: expected a date and time');
      return null;
    }
    // a date alone is not a moment: midnight would be a guess
    const utc = v.length === 19 ? localToUtc(v, tz) : null;
    if (utc === null) this.fail(i, col, `"${v}" is not a date and time (expected YYYY-MM-DD HH:MM:SS)`);
    return utc;
  }

  /** A calendar day as the source wrote it ("2018-07-17 00:00:00" -> "2018-07-17"). */
  date(i: number, col: string, required = false): string | null {
    const v = this.raw(i, col).trim();
    if (v === '') {
      if (required) this.fail(i, col, 'is empty: expected a date');
      return null;
    }
    const d = v.slice(0, 10);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(d) || localToUtc(d, 'UTC') === null) {
      this.fail(i, col, `"${v}" is not a date (expected YYYY-MM-DD)`);
      return null;
    }
    return d;
  }
}
