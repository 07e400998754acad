import { Stack, Table, Text, Tooltip } from '@mantine/core';
import type { OrderDetail, OrderLineDetail } from '../../../../../main/contract/api';
import { DateTime } from '../../../shared/DateTime';
import { formatCount } from '../../../shared/format';
import { Money } from '../../../shared/Money';
import { SectionCard } from '../../../shared/SectionCard';
import { StateBadge } from '../../../shared/StateBadge';
import { lineDiscountMinor, linesHaveDiscounts } from './lineMath';

const DATES: { key: keyof OrderLineDetail; label: string; dateOnly?: boolean }[] = [
  { key: 'placedAt', label: 'Placed' },
  { key: 'approvedAt', label: 'Approved' },
  { key: 'shipBy', label: 'Ship by' },
  { key: 'handedToCarrierAt', label: 'Handed to carrier' },
  { key: 'promisedDeliveryAt', label: 'Promised' },
  { key: 'deliveredAt', label: 'Delivered' },
  { key: 'cancelledAt', label: 'Cancelled' },
  { key: 'returnedAt', label: 'Returned' },
];

function LineDates({ l, timeZone }: { l: OrderLineDetail; timeZone: string }) {
  const present = DATES.filter((d) => l[d.key]);
  if (!present.length) return <Text c="dimmed">—</Text>;
  return (
    <Stack gap={0}>
      {present.map((d) => (
        <Text key={d.key} size="xs" style={{ whiteSpace: 'nowrap' }}>
          <Text span c="dimmed" inherit>
            {d.label}:
          </Text>{' '}
          <DateTime value={l[d.key] as string} timeZone={timeZone} inherit />
        </Text>
      ))}
    </Stack>
  );
}

export function LinesCard({ o }: { o: OrderDetail }) {
  const cur = o.currency;
  const withDiscount = linesHaveDiscounts(o.lines);
  return (
    <SectionCard title={`Lines (${formatCount(o.lines.length)})`} testId="order-lines">
      {o.lines.length === 0 ? (
        <Text size="sm" c="dimmed">
          This order has no lines in the source data (typical of orders that were cancelled or unavailable before anything was picked).
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={900}>
          <Table verticalSpacing="xs" striped highlightOnHover>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>#</Table.Th>
                <Table.Th>Product</Table.Th>
                <Table.Th>Seller</Table.Th>
                <Table.Th ta="right">Qty</Table.Th>
                <Table.Th ta="right" style={{ whiteSpace: 'nowrap' }}>
                  Unit price
                </Table.Th>
                <Table.Th ta="right">Shipping</Table.Th>
                {withDiscount ? (
                  <Table.Th ta="right">
                    <Tooltip label="Discounts the source allocated to the line: unit price × quantity + shipping − discount = line total" multiline w={280}>
                      <span data-testid="line-discount-header">Discount</span>
                    </Tooltip>
                  </Table.Th>
                ) : null}
                <Table.Th ta="right" style={{ whiteSpace: 'nowrap' }}>
                  Line total
                </Table.Th>
                <Table.Th>State</Table.Th>
                <Table.Th>Dates</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {o.lines.map((l) => (
                <Table.Tr key={l.id} data-testid="order-line" style={{ verticalAlign: 'top' }}>
                  <Table.Td>{l.lineNo}</Table.Td>
                  <Table.Td maw={260}>
                    <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                      {l.title ?? 'Untitled product'}
                    </Text>
                    {l.sku ? (
                      <Text size="xs" c="dimmed" ff="monospace" style={{ wordBreak: 'break-all' }} data-testid="line-sku">
                        {l.sku}
                      </Text>
                    ) : null}
                  </Table.Td>
                  <Table.Td maw={180}>
                    <Text ff={l.sellerName && /^[0-9a-f]{16,}$/.test(l.sellerName) ? 'monospace' : undefined} fz="xs" style={{ wordBreak: 'break-all' }}>
                      {l.sellerName ?? '—'}
                    </Text>
                  </Table.Td>
                  <Table.Td ta="right">
                    {formatCount(l.quantity)}
                    {l.returnedQuantity ? (
                      <Text size="xs" c="orange.8">
                        {formatCount(l.returnedQuantity)} returned
                      </Text>
                    ) : null}
                  </Table.Td>
                  <Table.Td ta="right" data-testid="line-unit-price">
                    <Money minor={l.unitPriceMinor} currency={cur} size="sm" />
                  </Table.Td>
                  <Table.Td ta="right" data-testid="line-shipping">
                    <Money minor={l.shippingMinor} currency={cur} size="sm" />
                  </Table.Td>
                  {withDiscount ? (
                    <Table.Td ta="right" data-testid="line-discount">
                      {lineDiscountMinor(l) === 0 ? (
                        <Text span c="dimmed" size="sm">
                          —
                        </Text>
                      ) : (
                        <Money minor={-lineDiscountMinor(l)} currency={cur} size="sm" />
                      )}
                    </Table.Td>
                  ) : null}
                  <Table.Td ta="right" data-testid="line-total">
                    <Money minor={l.totalMinor} currency={cur} size="sm" />
                  </Table.Td>
                  <Table.Td>
                    <StateBadge state={l.state} data-testid="line-state" />
                  </Table.Td>
                  <Table.Td>
                    <LineDates l={l} timeZone={o.source.timezone} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </SectionCard>
  );
}
