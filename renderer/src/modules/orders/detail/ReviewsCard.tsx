import { Anchor, Badge, Group, Paper, Rating, Stack, Text } from '@mantine/core';
import { Link } from 'wouter';
import type { OrderDetail } from '../../../../../main/contract/api';
import { DateTime } from '../../../shared/DateTime';
import { SectionCard } from '../../../shared/SectionCard';

export function ReviewsCard({ o }: { o: OrderDetail }) {
  return (
    <SectionCard title={`Reviews (${o.reviews.length})`} testId="order-reviews">
      {o.reviews.length === 0 ? (
        <Text size="sm" c="dimmed">
          The customer left no review for this order.
        </Text>
      ) : (
        <Stack gap="sm">
          {o.reviews.map((r) => (
            <Paper key={r.id} withBorder p="sm" data-testid="review">
              <Group justify="space-between" wrap="wrap" mb={4}>
                <Group gap="xs">
                  <Rating value={r.score} readOnly size="sm" aria-label={`${r.score} of 5`} />
                  <Text size="sm" fw={600}>
                    {r.score} of 5
                  </Text>
                  {r.sharedWithOrders > 1 ? (
                    <Badge variant="light" color="gray" size="sm" tt="none">
                      shared with {r.sharedWithOrders} orders
                    </Badge>
                  ) : null}
                </Group>
                <Text size="xs" c="dimmed">
                  <DateTime value={r.createdAt} timeZone={o.source.timezone} mode="day-or-datetime" inherit />
                  {r.answeredAt ? (
                    <>
                      {' '}
                      · answered <DateTime value={r.answeredAt} timeZone={o.source.timezone} inherit />
                    </>
                  ) : null}
                </Text>
              </Group>
              {r.otherOrders.length ? (
                <Text size="xs" c="dimmed" mb={4} data-testid="review-other-orders">
                  The same review covers {r.otherOrders.length === 1 ? 'order' : 'orders'}{' '}
                  {r.otherOrders.map((x, i) => (
                    <span key={x.id}>
                      {i ? ', ' : ''}
                      <Anchor component={Link} href={`/orders/${x.id}`} size="xs" ff="monospace" data-testid="review-other-order">
                        {x.externalId}
                      </Anchor>
                    </span>
                  ))}
                  {r.sharedWithOrders - 1 > r.otherOrders.length ? ` and ${r.sharedWithOrders - 1 - r.otherOrders.length} more` : ''}
                </Text>
              ) : null}
              {r.title ? (
                <Text size="sm" fw={600} className="preserve-lines">
                  {r.title}
                </Text>
              ) : null}
              {r.message ? (
                <Text size="sm" className="preserve-lines" data-testid="review-message">
                  {r.message}
                </Text>
              ) : (
                <Text size="sm" c="dimmed" fs="italic">
                  No comment, only a score.
                </Text>
              )}
            </Paper>
          ))}
        </Stack>
      )}
    </SectionCard>
  );
}
