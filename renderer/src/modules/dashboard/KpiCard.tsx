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

export function KpiCard({ label, value, hint, icon, testId, children }: Props) {
  return (
    <Card padding="md" data-testid={`${testId}-card`}>
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
        <Text fz={28} fw={650} lh={1.15} data-testid={testId} style={{ fontVariantNumeric: 'tabular-nums' }}>
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
