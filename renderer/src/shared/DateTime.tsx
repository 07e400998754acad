// Timestamps in the shop's own time zone (the source's `timezone`), the zone the filters and the
// overview count days in; without a zone, this computer's (the app's own events: audit, jobs).
// Plain dates (YYYY-MM-DD) stay calendar dates. The tooltip has the exact time and the zone.
import { Text, type TextProps } from '@mantine/core';
import { formatInstant, instantTitle, showsTime, zoneLabel, type DateMode } from './zone';

interface Props extends TextProps {
  value: string | null | undefined;
  /** IANA zone of the source; unset: this computer's zone */
  timeZone?: string | null;
  mode?: DateMode;
  /** a small "São Paulo time (GMT-3)" after the time */
  withZone?: boolean;
}

export function DateTime({ value, mode = 'datetime', timeZone, withZone, ...rest }: Props) {
  if (!value) {
    return (
      <Text component="span" inherit c="dimmed" {...rest}>
        —
      </Text>
    );
  }
  const text = formatInstant(value, { mode, timeZone });
  return (
    <Text component="time" inherit dateTime={value} title={instantTitle(value, timeZone)} style={{ whiteSpace: 'nowrap' }} {...rest}>
      {text}
      {withZone && timeZone && showsTime(value, { mode, timeZone }) ? (
        <Text span inherit c="dimmed" fz="0.85em" data-testid="zone-label">
          {' '}
          {zoneLabel(timeZone, value)}
        </Text>
      ) : null}
    </Text>
  );
}
