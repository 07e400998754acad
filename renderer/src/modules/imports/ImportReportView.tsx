// What an import wrote: new / changed / unchanged (and removed, when any) per entity, the notes, the totals, the files.
import { Code, List, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import type { ImportReport } from '../../../../main/contract/api';
import { formatCount, formatDuration, humanize } from '../../shared/format';
import { Money } from '../../shared/Money';
import { reportTotals } from './reportTotals';

const ENTITY_LABELS: Record<string, string> = {
  orderLines: 'Order lines',
  reviewLinks: 'Review links to orders',
};

function entityLabel(key: string): string {
  return ENTITY_LABELS[key] ?? humanize(key.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase());
}

export function ImportReportView({ report }: { report: ImportReport }) {
  const entities = Object.entries(report.written);
  // lines an order or refund in the export no longer has; older reports do not count them
  const anyRemoved = entities.some(([, w]) => (w.removed ?? 0) > 0);
  const { amounts, counts } = reportTotals(report);
  const unnamed = amounts.find((g) => g.currency === null);
  return (
    <Stack gap="md" data-testid="import-report">
      <Text size="sm" c="dimmed">
        {report.source.name} · {report.files.length} {report.files.length === 1 ? 'file' : 'files'} · {formatDuration(report.durationMs)}
      </Text>
      <div>
        <Title order={4} size="h6" mb={4}>
          Written
        </Title>
        <Table.ScrollContainer minWidth={420}>
          <Table verticalSpacing={4} fz="sm" striped data-testid="import-written">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Entity</Table.Th>
                <Table.Th ta="right">New</Table.Th>
                <Table.Th ta="right">Changed</Table.Th>
                <Table.Th ta="right">Unchanged</Table.Th>
                {anyRemoved ? <Table.Th ta="right">Removed</Table.Th> : null}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {entities.map(([k, w]) => (
                <Table.Tr key={k} data-testid={`written-${k}`}>
                  <Table.Td>{entityLabel(k)}</Table.Td>
                  <Table.Td ta="right" data-testid="written-new">
                    {formatCount(w.inserted)}
                  </Table.Td>
                  <Table.Td ta="right">{formatCount(w.updated)}</Table.Td>
                  <Table.Td ta="right" c="dimmed">
                    {formatCount(w.unchanged)}
                  </Table.Td>
                  {anyRemoved ? (
                    <Table.Td ta="right" data-testid="written-removed">
                      {formatCount(w.removed ?? 0)}
                    </Table.Td>
                  ) : null}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </div>
      {report.notes.length ? (
        <div>
          <Title order={4} size="h6" mb={4}>
            Notes
          </Title>
          <List size="sm" spacing={4} data-testid="import-notes">
            {report.notes.map((n, i) => (
              <List.Item key={i}>{n}</List.Item>
            ))}
          </List>
        </div>
      ) : null}
      {amounts.map((g) =>
        g.currency === null ? null : (
          <div key={g.currency} data-testid={`import-amounts-${g.currency}`}>
            <Title order={4} size="h6" mb={4}>
              Amounts ({g.currency})
            </Title>
            <SimpleGrid cols={{ base: 2, sm: 3, md: 4 }} spacing="xs">
              {g.totals.map((t) => (
                <Stack gap={0} key={t.key} data-testid={`import-total-${t.key}`}>
                  <Text size="xs" c="dimmed">
                    {t.label}
                  </Text>
                  <Money minor={t.minor} currency={g.currency!} size="sm" fw={600} />
                </Stack>
              ))}
            </SimpleGrid>
          </div>
        ),
      )}
      {unnamed ? (
        <Text size="xs" c="dimmed" data-testid="import-amounts-unnamed">
          {unnamed.totals.length === 1 ? 'One amount is' : `${unnamed.totals.length} amounts are`} not shown: this report does not name
          their currency. The notes above state them.
        </Text>
      ) : null}
      {counts.length ? (
        <div data-testid="import-counts">
          <Title order={4} size="h6" mb={4}>
            Counts
          </Title>
          <SimpleGrid cols={{ base: 2, sm: 3, md: 4 }} spacing="xs">
            {counts.map((t) => (
              <Stack gap={0} key={t.key} data-testid={`import-total-${t.key}`}>
                <Text size="xs" c="dimmed">
                  {t.label}
                </Text>
                <Text size="sm" fw={600} style={{ fontVariantNumeric: 'tabular-nums' }}>
                  {formatCount(t.value)}
                </Text>
              </Stack>
            ))}
          </SimpleGrid>
        </div>
      ) : null}
      <div>
        <Title order={4} size="h6" mb={4}>
          Files
        </Title>
        <Table verticalSpacing={2} fz="xs">
          <Table.Tbody>
            {report.files.map((f) => (
              <Table.Tr key={f.name}>
                <Table.Td style={{ overflowWrap: 'break-word' }}>{f.name}</Table.Td>
                <Table.Td ta="right">{formatCount(f.rows)} rows</Table.Td>
                <Table.Td>
                  <Code fz="xs" title={`sha256 ${f.sha256}`}>
                    {f.sha256.slice(0, 12)}…
                  </Code>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </div>
    </Stack>
  );
}
