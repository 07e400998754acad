import { Table, Text } from '@mantine/core';
import type { OrderDetail } from '../../../../../main/contract/api';
import { DateTime } from '../../../shared/DateTime';
import { humanize } from '../../../shared/format';
import { Money } from '../../../shared/Money';
import { SectionCard } from '../../../shared/SectionCard';
import { StateBadge } from '../../../shared/StateBadge';

export function PaymentsCard({ o }: { o: OrderDetail }) {
  // a column no payment of this order fills (Olist has no gateway, Shopify no installments) is left out
  const has = {
    installments: o.payments.some((p) => p.installments != null),
    paidAt: o.payments.some((p) => p.paidAt != null),
    gateway: o.payments.some((p) => p.gateway != null),
    status: o.payments.some((p) => p.status != null),
  };
  return (
    <SectionCard title={`Payments (${o.payments.length})`} testId="order-payments">
      {o.payments.length === 0 ? (
        <Text size="sm" c="dimmed">
          No payment is recorded for this order.
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={420} type="native">
          <Table verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>#</Table.Th>
                <Table.Th>Method</Table.Th>
                {has.installments ? <Table.Th ta="right">Installments</Table.Th> : null}
                <Table.Th ta="right">Amount</Table.Th>
                {has.paidAt ? <Table.Th>Paid</Table.Th> : null}
                {has.gateway ? <Table.Th>Gateway</Table.Th> : null}
                {has.status ? <Table.Th>Status</Table.Th> : null}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {o.payments.map((p) => (
                <Table.Tr key={p.id} data-testid="payment-row">
                  <Table.Td>{p.sequence}</Table.Td>
                  <Table.Td data-testid="payment-method" data-method={p.method}>
                    {humanize(p.method)}
                  </Table.Td>
                  {has.installments ? (
                    <Table.Td ta="right" data-testid="payment-installments">
                      {p.installments ?? '—'}
                    </Table.Td>
                  ) : null}
                  <Table.Td ta="right" data-testid="payment-amount">
                    <Money minor={p.amountMinor} currency={p.currency} size="sm" />
                  </Table.Td>
                  {has.paidAt ? (
                    <Table.Td>
                      <DateTime value={p.paidAt} timeZone={o.source.timezone} size="sm" />
                    </Table.Td>
                  ) : null}
                  {has.gateway ? <Table.Td>{p.gateway ?? <Text span c="dimmed">—</Text>}</Table.Td> : null}
                  {has.status ? <Table.Td>{p.status ? <StateBadge state={p.status} size="sm" /> : <Text span c="dimmed">—</Text>}</Table.Td> : null}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </SectionCard>
  );
}
