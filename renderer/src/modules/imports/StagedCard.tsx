// The staged batch: each file and its upload state, the detected kind (or the user's choice), Start.
import { Alert, Button, Card, Group, Loader, Select, Stack, Table, Text, Title } from '@mantine/core';
import { IconCheck, IconPlayerPlay, IconX } from '@tabler/icons-react';
import { importKinds, type ImportKind } from '../../../../main/contract/api';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { formatBytes } from '../../shared/format';
import { chooseKind, discardBatch, startImport, type ImportSession } from './session';

export const KIND_LABELS: Record<ImportKind, string> = {
  olist: 'Olist marketplace (CSV folder)',
  'online-retail': 'UCI Online Retail (CSV)',
  shopify: 'Shopify orders (JSON)',
};

function FileState({ state }: { state: string }) {
  if (state === 'uploading') return <Loader size={14} />;
  if (state === 'staged') return <IconCheck size={16} color="var(--mantine-color-green-7)" aria-label="uploaded" />;
  if (state === 'failed') return <IconX size={16} color="var(--mantine-color-red-7)" aria-label="failed" />;
  return (
    <Text size="xs" c="dimmed">
      waiting
    </Text>
  );
}

export function StagedCard({ s }: { s: ImportSession }) {
  const detected = s.staged?.detectedKind ?? null;
  const canStart = !!s.batchId && !s.uploading && !!(s.kind ?? detected) && !s.starting && !s.discarding;
  const staged = s.pending.filter((p) => p.state === 'staged').length;
  return (
    <Card padding="md" data-testid="staged-files">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={3} size="h5">
            Files to import ({staged} of {s.pending.length} uploaded)
          </Title>
          <Button
            variant="subtle"
            color="gray"
            size="xs"
            onClick={() => void discardBatch()}
            loading={s.discarding}
            disabled={s.uploading || s.starting}
            title="Remove these files from the staging area; nothing is imported"
            data-testid="import-discard"
          >
            Discard
          </Button>
        </Group>
        <Table.ScrollContainer minWidth={420} mah={280}>
          <Table verticalSpacing={4} fz="sm">
            <Table.Tbody>
              {s.pending.map((p) => (
                <Table.Tr key={p.key} data-testid="staged-file" data-state={p.state}>
                  <Table.Td w={28}>
                    <FileState state={p.state} />
                  </Table.Td>
                  <Table.Td style={{ overflowWrap: 'break-word' }}>{p.name}</Table.Td>
                  <Table.Td ta="right" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                    {formatBytes(p.bytes)}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        {s.uploadError ? <ErrorAlert error={s.uploadError} title="A file could not be uploaded" /> : null}
        {s.discardError ? <ErrorAlert error={s.discardError} title="The staged files could not be discarded" data-testid="import-discard-error" /> : null}
        {!s.uploading && s.staged ? (
          detected ? (
            <Text size="sm" data-testid="detected-kind" data-kind={detected}>
              Detected: <b>{KIND_LABELS[detected]}</b>
            </Text>
          ) : (
            <Alert color="yellow" variant="light" title="The kind of these files was not recognised">
              Pick what they are; the import then checks every file against that format and lists any problem.
            </Alert>
          )
        ) : null}
        <Group align="flex-end" gap="sm">
          <Select
            label="Import as"
            data={importKinds.map((k) => ({ value: k, label: KIND_LABELS[k] }))}
            value={s.kind}
            onChange={(v) => chooseKind(v as ImportKind | null)}
            placeholder={detected ? KIND_LABELS[detected] : 'Choose the kind'}
            clearable={!!detected}
            w={300}
            data-testid="import-kind"
          />
          <Button
            leftSection={<IconPlayerPlay size={16} />}
            onClick={() => void startImport()}
            disabled={!canStart}
            loading={s.starting || s.uploading}
            data-testid="import-start"
          >
            Start import
          </Button>
        </Group>
        {s.startError ? <ErrorAlert error={s.startError} title="The import could not start" data-testid="import-start-error" /> : null}
      </Stack>
    </Card>
  );
}
