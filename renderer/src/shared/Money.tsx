// Money on screen: integer minor units + ISO currency, formatted by the contract's helpers only.
import { Text, type TextProps } from '@mantine/core';
import { formatMoney, minorToDecimal } from '../../../main/contract/money';

export function moneyText(minor: number, currency: string): string {
  try {
    return formatMoney(minor, currency);
  } catch {
    return `${currency} ${String(minor)} (minor units)`;
  }
}

interface MoneyProps extends TextProps {
  minor: number;
  currency: string;
  /** colour negatives red and positives green (differences) */
  signed?: boolean;
  'data-testid'?: string;
}

export function Money({ minor, currency, signed, ...rest }: MoneyProps) {
  let exact = '';
  try {
    exact = `${minorToDecimal(minor, currency)} ${currency}`;
  } catch {
    exact = `${minor} ${currency} minor units`;
  }
  const c = signed ? (minor < 0 ? 'red.7' : minor > 0 ? 'orange.8' : undefined) : undefined;
  return (
    <Text component="span" inherit c={c} title={exact} style={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }} {...rest}>
      {moneyText(minor, currency)}
    </Text>
  );
}
