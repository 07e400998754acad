// "← Orders" or "← Customer": back to the screen the user came from, else to the fallback list.
// Escape does the same.
import { Anchor, Group } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { IconArrowLeft } from '@tabler/icons-react';
import { useState } from 'react';
import { Link, useLocation } from 'wouter';
import { labelOf, previousLocation } from '../app/history';

export function BackLink({ fallback, fallbackLabel, testId }: { fallback: string; fallbackLabel: string; testId?: string }) {
  const [location, navigate] = useLocation();
  // fixed at mount: where this screen was opened from
  const [target] = useState(() => {
    const prev = previousLocation();
    return prev && prev !== location && labelOf(prev) ? { href: prev, label: labelOf(prev)! } : { href: fallback, label: fallbackLabel };
  });
  useHotkeys([['Escape', () => navigate(target.href)]]);
  return (
    <Anchor component={Link} href={target.href} size="sm" w="fit-content" data-testid={testId}>
      <Group gap={4} component="span">
        <IconArrowLeft size={14} /> {target.label}
      </Group>
    </Anchor>
  );
}
