import { Code, Stack, Table, Text } from '@mantine/core';
import type { OrderDetail } from '../../../../../main/contract/api';
import { DateTime } from '../../../shared/DateTime';
import { SectionCard } from '../../../shared/SectionCard';

export function AuditCard({ o }: { o: OrderDetail }) {
  return (
    <SectionCard title="History" testId="order-audit">
      {o.audit.length === 0 ? (
        <Text size="sm" c="dimmed">
          No recorded changes.
        </Text>
      ) : (
        <Table verticalSpacing={6} fz="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th title="The app's own records, in this computer's time">When</Table.Th>
              <Table.Th>What</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {o.audit.map((a) => (
              <Table.Tr key={a.id} style={{ verticalAlign: 'top' }}>
                <Table.Td>
                  <DateTime value={a.at} size="sm" />
                </Table.Td>
                <Table.Td>
                  <Stack gap={2}>
                    <Code fz="xs" w="fit-content">
                      {a.action}
                    </Code>
                    <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                      {a.summary}
                    </Text>
                    <Text size="xs" c="dimmed">
                      by {a.actor}
                      {a.jobId != null ? ` · job ${a.jobId}` : ''}
                    </Text>
                  </Stack>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </SectionCard>
  );
}
