// Timestamps in the user's local time; plain dates (YYYY-MM-DD) stay calendar dates.
import { Text, type TextProps } from '@mantine/core';

const dateTimeFmt = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const dateFmt = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });
const dateOnlyFmt = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' });
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

export function formatDateTime(value: string | null | undefined, mode: 'datetime' | 'date' = 'datetime'): string {
  if (!value) return '—';
  if (DATE_ONLY.test(value)) {
    const d = new Date(`${value}T00:00:00Z`);
    return Number.isNaN(d.getTime()) ? value : dateOnlyFmt.format(d);
  }
  const d = new Date(value);
  if (Number.isNaN(d.getTime())) return value;
  return mode === 'date' ? dateFmt.format(d) : dateTimeFmt.format(d);
}

interface Props extends TextProps {
  value: string | null | undefined;
  mode?: 'datetime' | 'date';
}

export function DateTime({ value, mode = 'datetime', ...rest }: Props) {
  if (!value) {
    return (
      <Text component="span" inherit c="dimmed" {...rest}>
        —
      </Text>
    );
  }
  return (
    <Text component="time" inherit dateTime={value} title={value} style={{ whiteSpace: 'nowrap' }} {...rest}>
      {formatDateTime(value, mode)}
    </Text>
  );
}
