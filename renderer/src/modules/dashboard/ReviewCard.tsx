import { Group, Progress, Text, Tooltip } from '@mantine/core';
import { IconStar } from '@tabler/icons-react';
import type { Overview } from '../../../../main/contract/api';
import { averageFromDistribution, formatCount, formatShare } from '../../shared/format';
import { KpiCard } from './KpiCard';

const SCORE_COLORS = ['red.7', 'orange.6', 'yellow.5', 'lime.6', 'green.7'];

export function ReviewCard({ reviews }: { reviews: Overview['reviews'] }) {
  const { average, count } = averageFromDistribution(reviews.distribution);
  return (
    <KpiCard
      label="Average review score"
      testId="kpi-review"
      value={count ? average : '—'}
      icon={<IconStar size={18} />}
      hint={count ? <span data-testid="kpi-review-count">out of 5, over {formatCount(count)} order reviews</span> : 'No reviews yet'}
    >
      {count ? (
        <>
          <Progress.Root size="md" aria-label="Review scores from 1 to 5">
            {reviews.distribution.map((n, i) => (
              <Tooltip key={i} label={`${i + 1} of 5: ${formatCount(n)} (${formatShare(n, count)})`}>
                <Progress.Section value={(n / count) * 100} color={SCORE_COLORS[i]} />
              </Tooltip>
            ))}
          </Progress.Root>
          <Group gap="xs" justify="space-between" wrap="wrap">
            {reviews.distribution.map((n, i) => (
              <Text key={i} size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                <Text span c={SCORE_COLORS[i]} inherit fw={700}>
                  ●
                </Text>{' '}
                {i + 1}★ {formatShare(n, count)}
              </Text>
            ))}
          </Group>
        </>
      ) : null}
    </KpiCard>
  );
}
