import { Card, Group, Stack, Text, ThemeIcon } from '@mantine/core';
import type { ReactNode } from 'react';

interface Props {
  label: string;
  value: ReactNode;
  hint?: ReactNode;
  icon?: ReactNode;
  testId: string;
  children?: ReactNode;
}

/**
 * The value's font size: 28 px where it fits, smaller in a narrow card so that a long amount
 * ("R$2,355,350.53") is shown whole rather than cut at the card's edge. In container units (the
 * card's width), from the value's length: a bold digit is about 0.62 em wide.
 */
export function valueFontSize(value: ReactNode): string {
  const length = typeof value === 'string' ? value.length : 8;
  return `min(28px, ${(100 / (0.62 * Math.max(length, 1))).toFixed(2)}cqi)`;
}

export function KpiCard({ label, value, hint, icon, testId, children }: Props) {
  return (
    <Card padding="md" data-testid={`${testId}-card`} style={{ containerType: 'inline-size' }}>
      <Stack gap={6}>
        <Group justify="space-between" wrap="nowrap">
          <Text size="xs" tt="uppercase" fw={600} c="dimmed" style={{ letterSpacing: '0.04em' }}>
            {label}
          </Text>
          {icon ? (
            <ThemeIcon variant="light" size="md" radius="md">
              {icon}
            </ThemeIcon>
          ) : null}
        </Group>
        <Text fw={650} lh={1.15} data-testid={testId} style={{ fontSize: valueFontSize(value), fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}>
          {value}
        </Text>
        {hint ? (
          <Text size="sm" c="dimmed" data-testid={`${testId}-hint`}>
            {hint}
          </Text>
        ) : null}
        {children}
      </Stack>
    </Card>
  );
}
