import { Table, Text } from '@mantine/core';
import type { OrderDetail } from '../../../../../main/contract/api';
import { DateTime } from '../../../shared/DateTime';
import { humanize } from '../../../shared/format';
import { Money } from '../../../shared/Money';
import { SectionCard } from '../../../shared/SectionCard';
import { StateBadge } from '../../../shared/StateBadge';

export function PaymentsCard({ o }: { o: OrderDetail }) {
  return (
    <SectionCard title={`Payments (${o.payments.length})`} testId="order-payments">
      {o.payments.length === 0 ? (
        <Text size="sm" c="dimmed">
          No payment is recorded for this order.
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={520}>
          <Table verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>#</Table.Th>
                <Table.Th>Method</Table.Th>
                <Table.Th ta="right">Installments</Table.Th>
                <Table.Th ta="right">Amount</Table.Th>
                <Table.Th>Paid</Table.Th>
                <Table.Th>Gateway</Table.Th>
                <Table.Th>Status</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {o.payments.map((p) => (
                <Table.Tr key={p.id} data-testid="payment-row">
                  <Table.Td>{p.sequence}</Table.Td>
                  <Table.Td data-testid="payment-method" data-method={p.method}>
                    {humanize(p.method)}
                  </Table.Td>
                  <Table.Td ta="right" data-testid="payment-installments">
                    {p.installments ?? '—'}
                  </Table.Td>
                  <Table.Td ta="right" data-testid="payment-amount">
                    <Money minor={p.amountMinor} currency={p.currency} size="sm" />
                  </Table.Td>
                  <Table.Td>
                    <DateTime value={p.paidAt} size="sm" />
                  </Table.Td>
                  <Table.Td>{p.gateway ?? <Text span c="dimmed">—</Text>}</Table.Td>
                  <Table.Td>{p.status ? <StateBadge state={p.status} size="sm" /> : <Text span c="dimmed">—</Text>}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </SectionCard>
  );
}
