import { Card, Group, Title } from '@mantine/core';
import type { ReactNode } from 'react';

export function SectionCard({ title, children, right, testId }: { title: ReactNode; children: ReactNode; right?: ReactNode; testId?: string }) {
  return (
    <Card h="100%" data-testid={testId}>
      <Group justify="space-between" mb="sm" wrap="wrap">
        <Title order={3} size="h5">
          {title}
        </Title>
        {right}
      </Group>
      {children}
    </Card>
  );
}
