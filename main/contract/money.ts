// Money is an integer count of the currency's minor unit plus its ISO 4217 code.
// No float ever holds money: amounts are parsed from decimal strings digit by digit
// and formatted back the same way. Rounding, where a rule needs it, happens here only.
import currencyCodes from 'currency-codes';

export interface Money {
  /** integer count of minor units (cents, pence, centavos) */
  minor: number;
  /** ISO 4217 alphabetic code */
  currency: string;
}

const digitsByCode = new Map<string, number>();
for (const c of currencyCodes.data) {
  // The table lists a few funds and metals with no minor unit ("N.A."); they are not money a shop takes.
  if (Number.isInteger(c.digits)) digitsByCode.set(c.code, c.digits);
}

export function isCurrency(code: string): boolean {
  return digitsByCode.has(code);
}

/** Number of decimals of the currency's minor unit (JPY 0, EUR 2, KWD 3). Throws on an unknown code. */
export function minorDigits(currency: string): number {
  const d = digitsByCode.get(currency);
  if (d === undefined) throw new MoneyError(`unknown currency "${currency}"`);
  return d;
}

export class MoneyError extends Error {
  override name = 'MoneyError';
}

const DECIMAL = /^([+-])?(\d+)(?:\.(\d+))?$/;

/**
 * Parses a plain decimal string ("199.00", "-2.5", "3") into minor units of `currency`.
 * Extra decimals are allowed only when they are zeros ("1.230" in EUR); anything that would
 * need rounding is an error, because an import must never change an amount silently.
 */
export function parseDecimalToMinor(text: string, currency: string): number {
  const m = DECIMAL.exec(text.trim());
  if (!m) throw new MoneyError(`"${text}" is not a decimal amount`);
  const digits = minorDigits(currency);
  const sign = m[1] === '-' ? -1 : 1;
  const whole = m[2];
  let frac = m[3] ?? '';
  if (frac.length > digits) {
    if (/[^0]/.test(frac.slice(digits))) {
      throw new MoneyError(`"${text}" has more decimals than ${currency} allows (${digits})`);
    }
    frac = frac.slice(0, digits);
  }
  frac = frac.padEnd(digits, '0');
  const minor = Number(whole + frac);
  if (!Number.isSafeInteger(minor)) throw new MoneyError(`"${text}" is too large`);
  return minor === 0 ? 0 : sign * minor;
}

/** The exact decimal string of an amount in minor units: 239790456 BRL -> "2397904.56". */
export function minorToDecimal(minor: number, currency: string): string {
  if (!Number.isSafeInteger(minor)) throw new MoneyError(`${minor} is not an integer amount`);
  const digits = minorDigits(currency);
  const negative = minor < 0;
  const abs = String(Math.abs(minor)).padStart(digits + 1, '0');
  const text = digits === 0 ? abs : `${abs.slice(0, -digits)}.${abs.slice(-digits)}`;
  return negative ? `-${text}` : text;
}

/** The exact decimal text of any whole number of minor units, however large (for messages). */
function bigToDecimal(minor: bigint, currency: string): string {
  const digits = minorDigits(currency);
  const negative = minor < 0n;
  const abs = (negative ? -minor : minor).toString().padStart(digits + 1, '0');
  const text = digits === 0 ? abs : `${abs.slice(0, -digits)}.${abs.slice(-digits)}`;
  return negative ? `-${text}` : text;
}

const LIMIT = (currency: string) => bigToDecimal(BigInt(Number.MAX_SAFE_INTEGER), currency);

/**
 * Units times a unit amount, exactly. A product beyond 2^53 - 1 minor units cannot be held
 * exactly as a number (nor stored as one); it is refused, with the exact figure in the message.
 */
export function multiplyMinor(unitMinor: number, quantity: number, currency: string): number {
  const product = unitMinor * quantity;
  if (Number.isSafeInteger(product) && Number.isSafeInteger(unitMinor) && Number.isSafeInteger(quantity)) return product === 0 ? 0 : product;
  const exact = BigInt(Math.trunc(unitMinor)) * BigInt(Math.trunc(quantity));
  throw new MoneyError(
    `${quantity} × ${minorToDecimal(unitMinor, currency)} is ${bigToDecimal(exact, currency)} ${currency}, more than an amount can hold exactly (${LIMIT(currency)})`,
  );
}

/** A sum of minor units, exactly; refused when it would pass 2^53 - 1 (see multiplyMinor). */
export function addMinor(a: number, b: number, currency: string): number {
  const sum = a + b;
  if (Number.isSafeInteger(sum)) return sum;
  const exact = BigInt(a) + BigInt(b);
  throw new MoneyError(`the sum reaches ${bigToDecimal(exact, currency)} ${currency}, more than an amount can hold exactly (${LIMIT(currency)})`);
}

/**
 * Formats for people, e.g. "R$ 2,397,904.56". Intl formats the exact decimal string,
 * so no float conversion happens on the way.
 */
export function formatMoney(minor: number, currency: string, locale?: string): string {
  const digits = minorDigits(currency);
  const fmt = new Intl.NumberFormat(locale, {
    style: 'currency',
    currency,
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
  // Intl.NumberFormat accepts decimal strings exactly (ECMA-402 NumberFormat v3).
  return fmt.format(minorToDecimal(minor, currency) as unknown as number);
}

/**
 * Integer division of money with the one rounding rule used everywhere: half away from zero.
 * Used for averages (average order value); sums are always exact.
 */
export function divideRounded(minor: number, by: number): number {
  if (!Number.isSafeInteger(by) || by === 0) throw new MoneyError('divide by a non-zero integer');
  if (!Number.isSafeInteger(minor)) throw new MoneyError(`${minor} is not an integer amount`);
  // in BigInt: a float quotient of two large integers can be off by one before the remainder is taken
  const m = BigInt(minor);
  const d = BigInt(by);
  const q = m / d; // truncates toward zero
  const r = m - q * d;
  const abs = (x: bigint) => (x < 0n ? -x : x);
  const away = abs(r) * 2n >= abs(d) ? ((m < 0n) === (d < 0n) ? 1n : -1n) : 0n;
  return Number(q + away);
}
