import { Stack, Text } from '@mantine/core';
import { useApi } from '../../api/hooks';
import { isFinished, useJobProgress } from '../../api/jobs';
import { formatCount } from '../../shared/format';
import { PageHeader } from '../../shared/PageHeader';
import { JobCard } from './JobCard';
import { RecentJobs } from './RecentJobs';
import { useImportSession } from './session';
import { StagedCard } from './StagedCard';
import { UploadCard } from './UploadCard';

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
