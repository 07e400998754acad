// The followed job: live progress with Cancel, then its report or its error.
import { Alert, Button, Card, Group, Skeleton, Stack, Text, Title } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { IconCircleCheck } from '@tabler/icons-react';
import { Link } from 'wouter';
import { api, toAppError } from '../../api/client';
import { isFinished } from '../../api/jobs';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { DateTime } from '../../shared/DateTime';
import { StateBadge } from '../../shared/StateBadge';
import { ImportReportView } from './ImportReportView';
import { JobProgressPanel } from './JobProgressPanel';
import { followJob } from './session';
import { useJob } from './useJob';

export function JobCard({ jobId }: { jobId: number }) {
  const job = useJob(jobId);
  const cancel = useMutation({
    mutationFn: () => api.call('jobs.cancel', { id: jobId }),
    onError: (e) => notifications.show({ color: 'red', title: `Could not cancel (${toAppError(e).code})`, message: toAppError(e).message }),
  });
  const resume = useMutation({
    mutationFn: () => api.call('jobs.resume', { id: jobId }),
    onSuccess: (r) => followJob(r.jobId),
    onError: (e) => notifications.show({ color: 'red', title: `Could not resume (${toAppError(e).code})`, message: toAppError(e).message }),
  });
  // a misclick at 95% would throw the work away: ask first
  const confirmCancel = () =>
    modals.openConfirmModal({
      title: 'Cancel this import?',
      children: (
        <Text size="sm">
          Everything it has read and checked so far is thrown away and nothing is written: the workspace stays as it was. To import
          these files later, start the import again.
        </Text>
      ),
      labels: { confirm: 'Cancel the import', cancel: 'Keep importing' },
      confirmProps: { color: 'red', 'data-testid': 'job-cancel-confirm' } as never,
      cancelProps: { 'data-testid': 'job-cancel-keep' } as never,
      onConfirm: () => cancel.mutate(),
    });
  const info = job.info;
  // once the job has ended, the card looks like its end, whatever order the events came in
  const state = job.finalState ?? job.progress?.state ?? 'queued';

  return (
    <Card padding="md" data-testid="import-job" data-state={state}>
      <Stack gap="sm">
        <Group justify="space-between" wrap="wrap">
          <Stack gap={0}>
            <Title order={3} size="h5">
              {info?.title ?? `Job ${jobId}`}
            </Title>
            {info ? (
              <Text size="xs" c="dimmed">
                Job {jobId} · queued <DateTime value={info.createdAt} inherit />
                {info.attempts > 1 ? ` · attempt ${info.attempts}` : ''}
              </Text>
            ) : null}
          </Stack>
          {state ? <StateBadge state={state} size="lg" data-testid="import-job-state" /> : null}
        </Group>
        {job.error ? <ErrorAlert error={job.error} title="Cannot read the job" /> : null}
        {job.finished && !job.settled ? (
          <Stack gap={4} data-testid="import-job-settling">
            <Text size="sm">{state === 'succeeded' ? 'Finished: reading its report…' : 'Ended: reading what happened…'}</Text>
            <Skeleton h={40} />
          </Stack>
        ) : !info || !isFinished(info.state) ? (
          info || job.progress ? (
            <JobProgressPanel progress={job.progress} onCancel={job.finished ? undefined : confirmCancel} cancelling={cancel.isPending} withState={false} />
          ) : (
            <Skeleton h={60} />
          )
        ) : info.state === 'succeeded' ? (
          <>
            <Alert color="green" variant="light" icon={<IconCircleCheck size={20} />} title="Imported" data-testid="import-succeeded">
              <Group gap="sm">
                <Text size="sm">The data is in the workspace.</Text>
                <Button component={Link} href="/" size="xs" variant="light" data-testid="import-open-overview">
                  Open the overview
                </Button>
                <Button component={Link} href="/orders" size="xs" variant="subtle">
                  Browse the orders
                </Button>
              </Group>
            </Alert>
            {info.report ? <ImportReportView report={info.report} /> : null}
          </>
        ) : info.state === 'cancelled' ? (
          <Alert color="gray" title="Cancelled">
            The import was cancelled before it wrote anything; the workspace is as it was.
          </Alert>
        ) : (
          <ErrorAlert
            error={info.error ?? { code: 'internal', message: info.state === 'interrupted' ? 'the app stopped while the job was running' : 'no error was recorded' }}
            title={info.error?.code === 'bad_input' ? 'The files have problems; nothing was imported' : info.state === 'interrupted' ? 'Interrupted: the app stopped while the job ran' : 'The import failed; nothing was written'}
            data-testid="import-error"
          >
            {info.error?.code !== 'bad_input' && info.error?.code !== 'too_large' ? (
              <Group>
                <Button size="xs" variant="light" onClick={() => resume.mutate()} loading={resume.isPending} data-testid="job-resume">
                  Run it again
                </Button>
              </Group>
            ) : (
              <Text size="sm" c="dimmed">
                Fix the files and import them again.
              </Text>
            )}
          </ErrorAlert>
        )}
      </Stack>
    </Card>
  );
}
