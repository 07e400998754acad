import { List, Stack, Text, Group, Paper } from '@mantine/core';
import type { OrderDetail, RefundDetail } from '../../../../../main/contract/api';
import { DateTime } from '../../../shared/DateTime';
import { formatCount } from '../../../shared/format';
import { Money } from '../../../shared/Money';
import { SectionCard } from '../../../shared/SectionCard';

function refundLineLabel(l: RefundDetail['lines'][number], lineNo: Map<number, number>): string {
  if (l.orderLineId != null && lineNo.has(l.orderLineId)) return `Line ${lineNo.get(l.orderLineId)}${l.sku ? ` (${l.sku})` : ''}`;
  if (l.orderLineId != null) return `${l.sku ?? 'An item'} (a line of another order)`;
  return `${l.sku ?? 'An item'} (not linked to an order line)`;
}

export function RefundsCard({ o }: { o: OrderDetail }) {
  if (o.refunds.length === 0) {
    return (
      <SectionCard title="Refunds (0)" testId="order-refunds">
        <Text size="sm" c="dimmed">
          No refund was made on this order.
        </Text>
      </SectionCard>
    );
  }
  const lineNo = new Map(o.lines.map((l) => [l.id, l.lineNo]));
  return (
    <SectionCard title={`Refunds (${o.refunds.length})`} testId="order-refunds">
      <Stack gap="sm">
        {o.refunds.map((r) => (
          <Paper key={r.id} withBorder p="sm" data-testid="refund">
            <Group justify="space-between" wrap="wrap">
              <Text size="sm" fw={500} ff="monospace">
                {r.externalId}
              </Text>
              <Money minor={r.amountMinor} currency={r.currency} fw={600} />
            </Group>
            <Text size="xs" c="dimmed">
              <DateTime value={r.createdAt} timeZone={o.source.timezone} inherit />
              {r.reason ? ` · ${r.reason}` : ''}
            </Text>
            {r.lines.length ? (
              <List size="sm" mt={4}>
                {r.lines.map((l, i) => (
                  <List.Item key={i}>
                    {refundLineLabel(l, lineNo)} · {formatCount(l.quantity)} {l.quantity === 1 ? 'unit' : 'units'} ·{' '}
                    <Money minor={l.amountMinor} currency={r.currency} size="sm" />
                  </List.Item>
                ))}
              </List>
            ) : null}
          </Paper>
        ))}
      </Stack>
    </SectionCard>
  );
}
