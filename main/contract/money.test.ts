import { describe, expect, test } from 'vitest';
import { addMinor, divideRounded, formatMoney, isCurrency, minorDigits, minorToDecimal, multiplyMinor, parseDecimalToMinor } from './money';

describe('money', () => {
  test('parses decimal strings into minor units of the currency, without floats', () => {
    expect(parseDecimalToMinor('199.00', 'BRL')).toBe(19900);
    expect(parseDecimalToMinor('2397904.56', 'BRL')).toBe(239790456);
    expect(parseDecimalToMinor('0.1', 'EUR')).toBe(10);
    expect(parseDecimalToMinor('-2.5', 'GBP')).toBe(-250);
    expect(parseDecimalToMinor('1500', 'JPY')).toBe(1500);
    expect(parseDecimalToMinor('1.234', 'KWD')).toBe(1234);
    expect(parseDecimalToMinor('1.230', 'EUR')).toBe(123);
    // 0.1 + 0.2 is the classic float trap; here it is exact
    expect(parseDecimalToMinor('0.1', 'USD') + parseDecimalToMinor('0.2', 'USD')).toBe(parseDecimalToMinor('0.3', 'USD'));
  });

  test('refuses what would need rounding or is not a number', () => {
    expect(() => parseDecimalToMinor('1.005', 'EUR')).toThrow(/more decimals than EUR allows/);
    expect(() => parseDecimalToMinor('12,30', 'EUR')).toThrow(/not a decimal amount/);
    expect(() => parseDecimalToMinor('1e3', 'EUR')).toThrow(/not a decimal amount/);
    expect(() => parseDecimalToMinor('', 'EUR')).toThrow();
    expect(() => parseDecimalToMinor('5', 'XYZ')).toThrow(/unknown currency "XYZ"/);
  });

  test('knows ISO 4217 minor units', () => {
    expect(minorDigits('JPY')).toBe(0);
    expect(minorDigits('BRL')).toBe(2);
    expect(minorDigits('KWD')).toBe(3);
    expect(isCurrency('GBP')).toBe(true);
    expect(isCurrency('ABC')).toBe(false);
  });

  test('formats exactly', () => {
    expect(minorToDecimal(239790456, 'BRL')).toBe('2397904.56');
    expect(minorToDecimal(-5, 'GBP')).toBe('-0.05');
    expect(minorToDecimal(7, 'JPY')).toBe('7');
    expect(formatMoney(239790456, 'BRL', 'en-US')).toBe('R$2,397,904.56');
    expect(formatMoney(-23172266, 'GBP', 'en-GB')).toBe('-£231,722.66');
    // beyond float precision of the display path: 2^53 - 1 centavos still formats digit by digit
    expect(minorToDecimal(9007199254740991, 'USD')).toBe('90071992547409.91');
  });

  test('divides with one rule: half away from zero', () => {
    expect(divideRounded(10, 4)).toBe(3);
    expect(divideRounded(-10, 4)).toBe(-3);
    expect(divideRounded(9, 4)).toBe(2);
    expect(divideRounded(7, 2)).toBe(4);
    expect(divideRounded(-7, 2)).toBe(-4);
    expect(divideRounded(7, -2)).toBe(-4);
    // exact where a float quotient is not: (2^53 - 1) / 3 = 3002399751580330.33…
    expect(divideRounded(Number.MAX_SAFE_INTEGER, 3)).toBe(3002399751580330);
    expect(divideRounded(Number.MAX_SAFE_INTEGER - 1, 4)).toBe(2251799813685248); // …47.5 rounds away from zero
    expect(() => divideRounded(0.5, 2)).toThrow(/not an integer amount/);
  });

  test('products and sums of money are exact or refused, never rounded', () => {
    expect(multiplyMinor(795, 6, 'GBP')).toBe(4770);
    expect(multiplyMinor(0, -6, 'GBP')).toBe(0);
    expect(Object.is(multiplyMinor(0, -6, 'GBP'), 0)).toBe(true); // not -0
    // 2^53 - 1 is the largest amount held exactly: 90,071,992,547,409.91 in pence
    expect(multiplyMinor(1, Number.MAX_SAFE_INTEGER, 'GBP')).toBe(9007199254740991);
    // 900,000,000,000,000 x 7.95 = 7,155,000,000,000,000.00: the exact figure is in the message
    expect(() => multiplyMinor(795, 900000000000000, 'GBP')).toThrow(
      '900000000000000 × 7.95 is 7155000000000000.00 GBP, more than an amount can hold exactly (90071992547409.91)',
    );
    expect(() => multiplyMinor(19900, 1e15, 'USD')).toThrow(/is 199000000000000000.00 USD, more than/);
    expect(addMinor(9007199254740990, 1, 'GBP')).toBe(9007199254740991);
    expect(() => addMinor(9007199254740990, 2, 'GBP')).toThrow('the sum reaches 90071992547409.92 GBP, more than an amount can hold exactly (90071992547409.91)');
    expect(() => addMinor(-9007199254740990, -5, 'JPY')).toThrow(/reaches -9007199254740995 JPY/);
  });
});
