// The staged batch: each file and its upload state, the detected kind (or the user's choice), Start.
import { Alert, Badge, Button, Card, CloseButton, Group, Loader, Select, Stack, Table, Text, Title } from '@mantine/core';
import { IconCheck, IconPlayerPlay, IconX } from '@tabler/icons-react';
import { importKinds, type ImportKind } from '../../../../main/contract/api';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { formatBytes, plural } from '../../shared/format';
import { chooseKind, discardBatch, kindsOfBatch, removeStagedFile, startImport, type ImportSession, type PendingFile } from './session';

export const KIND_LABELS: Record<ImportKind, string> = {
  olist: 'Olist marketplace (CSV folder)',
  'online-retail': 'UCI Online Retail (CSV)',
  shopify: 'Shopify orders (JSON)',
};

/** Short names for a file's kind, in the list of staged files. */
export const KIND_SHORT: Record<ImportKind, string> = {
  olist: 'Olist CSV',
  'online-retail': 'Online Retail CSV',
  shopify: 'Shopify JSON',
};

function kindOf(s: ImportSession, p: PendingFile): ImportKind | null | undefined {
  if (p.state !== 'staged') return undefined;
  const f = s.staged?.files.find((x) => x.name === (p.stagedName ?? p.name));
  return f ? (f.kind ?? null) : undefined;
}

function FileKind({ kind }: { kind: ImportKind | null | undefined }) {
  if (kind === undefined) return null;
  return kind ? (
    <Badge variant="light" color="blue" size="sm" tt="none" data-testid="staged-file-kind" data-kind={kind}>
      {KIND_SHORT[kind]}
    </Badge>
  ) : (
    <Badge variant="light" color="gray" size="sm" tt="none" data-testid="staged-file-kind" data-kind="">
      not recognised
    </Badge>
  );
}

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
  const { kinds, unrecognised } = kindsOfBatch(s.staged);
  // one import reads one kind of files: a batch of several kinds starts once the others are out
  const mixed = kinds.size > 1;
  const canStart = !!s.batchId && !s.uploading && !!(s.kind ?? detected) && !s.starting && !s.discarding && !s.removing && !mixed;
  const staged = s.pending.filter((p) => p.state === 'staged').length;
  const busy = s.uploading || s.starting || s.discarding || !!s.removing;
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
            disabled={s.uploading || s.starting || !!s.removing}
            title="Remove these files from the staging area; nothing is imported"
            data-testid="import-discard"
          >
            Discard
          </Button>
        </Group>
        <Table.ScrollContainer minWidth={420} mah={420}>
          <Table verticalSpacing={4} fz="sm">
            <Table.Tbody>
              {s.pending.map((p) => (
                <Table.Tr key={p.key} data-testid="staged-file" data-state={p.state}>
                  <Table.Td w={28}>
                    <FileState state={p.state} />
                  </Table.Td>
                  <Table.Td style={{ overflowWrap: 'break-word' }}>{p.name}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    <FileKind kind={kindOf(s, p)} />
                  </Table.Td>
                  <Table.Td ta="right" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                    {formatBytes(p.bytes)}
                  </Table.Td>
                  <Table.Td w={36}>
                    {s.removing === p.key ? (
                      <Loader size={14} />
                    ) : p.state === 'staged' || p.state === 'failed' ? (
                      <CloseButton
                        size="sm"
                        aria-label={`Remove ${p.name} from these files`}
                        title="Remove this file from the import (nothing else changes)"
                        disabled={busy}
                        onClick={() => void removeStagedFile(p.key)}
                        data-testid="staged-file-remove"
                      />
                    ) : null}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        {s.uploadError ? <ErrorAlert error={s.uploadError} title="A file could not be uploaded" /> : null}
        {s.discardError ? <ErrorAlert error={s.discardError} title="The staged files could not be discarded" data-testid="import-discard-error" /> : null}
        {s.removeError ? <ErrorAlert error={s.removeError} title="The file could not be removed" /> : null}
        {!s.uploading && s.staged && mixed ? (
          <Alert color="orange" variant="light" title="These files are of different kinds" data-testid="mixed-kinds">
            <Text size="sm">
              Each was recognised:{' '}
              {[...kinds].map(([k, n], i) => (
                <span key={k}>
                  {i ? ', ' : ''}
                  <b>{plural(n, `${KIND_SHORT[k]} file`)}</b>
                </span>
              ))}
              {unrecognised ? `, and ${plural(unrecognised, 'file')} not recognised` : ''}. One import takes one kind of files: remove the
              others with their ×, import these, then add the others and import them on their own.
            </Text>
          </Alert>
        ) : !s.uploading && s.staged ? (
          detected ? (
            <Text size="sm" data-testid="detected-kind" data-kind={detected}>
              Detected: <b>{KIND_LABELS[detected]}</b>
            </Text>
          ) : (
            <Alert color="yellow" variant="light" title={kinds.size === 1 ? `${plural(unrecognised, 'file was', 'files were')} not recognised` : 'The kind of these files was not recognised'} data-testid="kind-unknown">
              {kinds.size === 1
                ? `The others are ${KIND_SHORT[[...kinds.keys()][0]]} files. Remove the ones that do not belong with their ×, or pick what they are: the import then checks every file against that format and lists any problem.`
                : 'Pick what they are; the import then checks every file against that format and lists any problem.'}
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
