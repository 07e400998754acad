import { Alert, Code, List, Stack, Text } from '@mantine/core';
import { IconFileOff } from '@tabler/icons-react';
import { useApi } from '../../api/hooks';
import { isFinished, useJobProgress } from '../../api/jobs';
import { formatCount } from '../../shared/format';
import { PageHeader } from '../../shared/PageHeader';
import { JobCard } from './JobCard';
import { RecentJobs } from './RecentJobs';
import { dismissRefused, useImportSession, type RefusedFile } from './session';
import { StagedCard } from './StagedCard';
import { UploadCard } from './UploadCard';

function RefusedFiles({ files }: { files: RefusedFile[] }) {
  return (
    <Alert
      color="orange"
      variant="light"
      icon={<IconFileOff size={20} />}
      title={files.length === 1 ? 'One file was not uploaded' : `${files.length} files were not uploaded`}
      withCloseButton
      closeButtonLabel="Dismiss"
      onClose={dismissRefused}
      data-testid="import-refused"
    >
      <List size="sm" spacing={2}>
        {files.map((f, i) => (
          <List.Item key={`${f.name}:${i}`} data-testid="refused-file">
            <Code>{f.name}</Code> — {f.reason}
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}

export function ImportScreen() {
  const s = useImportSession();
  const status = useApi('workspace.status', {});
  const info = useApi('app.info', {});
  const live = useJobProgress(s.jobId);
  const jobRunning = s.jobId != null && live != null && !isFinished(live.state);
  return (
    <Stack gap="md" data-testid="import-screen">
      <PageHeader
        title="Import"
        subtitle={
          <>
            Into the <b>{info.data?.workspace.name ?? '…'}</b> workspace, which holds{' '}
            <span data-testid="workspace-orders">{status.data ? formatCount(status.data.orders) : '…'}</span> orders. Importing the same
            files again changes nothing; a newer export updates what changed.
          </>
        }
      />
      <UploadCard busy={s.starting || s.discarding} />
      {s.refused.length ? <RefusedFiles files={s.refused} /> : null}
      {s.pending.length ? <StagedCard s={s} /> : null}
      {s.jobId != null ? <JobCard jobId={s.jobId} key={s.jobId} /> : null}
      {jobRunning ? (
        <Text size="xs" c="dimmed">
          You can leave this screen: the import goes on and its progress shows in the header.
        </Text>
      ) : null}
      <RecentJobs currentJobId={s.jobId} />
    </Stack>
  );
}
