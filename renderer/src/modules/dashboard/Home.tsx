// The landing screen: the overview once the workspace has orders; before that, the first-run
// choices, or the progress of the import that is filling it.
import { Alert, Anchor, Card, Stack, Text, Title } from '@mantine/core';
import { Link } from 'wouter';
import { useApi } from '../../api/hooks';
import { isFinished, useLiveJobs } from '../../api/jobs';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { FirstRun, SAMPLE_LICENCE } from '../firstrun/FirstRun';
import { JobProgressPanel } from '../imports/JobProgressPanel';
import { useJob } from '../imports/useJob';
import { HomeSkeleton } from './HomeSkeleton';
import { Overview } from './Overview';

function useRunningJobId(): number | null {
  const live = useLiveJobs();
  const jobs = useApi('jobs.list', { limit: 10 });
  if (live.length) return live[live.length - 1].jobId;
  const running = jobs.data?.find((j) => !isFinished(j.state));
  return running?.jobId ?? null;
}

function FillingWorkspace({ jobId, workspaceName }: { jobId: number; workspaceName: string }) {
  const job = useJob(jobId);
  return (
    <Stack gap="lg" maw={720} mx="auto" mt="xl" data-testid="workspace-filling">
      <Title order={2}>{workspaceName === 'sample' ? 'Preparing the sample workspace' : 'Importing into the workspace'}</Title>
      <Card>
        <Stack>
          <Text fw={500}>{job.info?.title ?? 'Import'}</Text>
          <JobProgressPanel progress={job.progress} />
          <Text size="sm" c="dimmed">
            The overview opens by itself when the import has landed.{' '}
            <Anchor component={Link} href="/import" size="sm">
              Follow it on the Import screen
            </Anchor>
            .
          </Text>
          {workspaceName === 'sample' ? (
            <Text size="xs" c="dimmed">
              {SAMPLE_LICENCE}.
            </Text>
          ) : null}
        </Stack>
      </Card>
    </Stack>
  );
}

export function Home() {
  const status = useApi('workspace.status', {});
  const info = useApi('app.info', {});
  const jobs = useApi('jobs.list', { limit: 10 });
  const runningId = useRunningJobId();
  const workspaceName = info.data?.workspace.name ?? 'main';

  if (status.error) return <ErrorAlert error={status.error} title="Cannot read the workspace" />;
  if (!status.data) return <HomeSkeleton />;
  if (status.data.orders > 0) return <Overview runningJobId={runningId} />;
  if (runningId != null) return <FillingWorkspace jobId={runningId} workspaceName={workspaceName} />;
  // a just-finished import whose orders are still being counted
  if (status.isFetching && jobs.data?.[0]?.state === 'succeeded') return <HomeSkeleton />;
  const lastFailed = jobs.data?.[0] && (jobs.data[0].state === 'failed' || jobs.data[0].state === 'interrupted') ? jobs.data[0] : null;
  return (
    <Stack gap="lg">
      {lastFailed ? (
        <Alert color="orange" variant="light" title={`The last import did not finish (${lastFailed.state})`}>
          <Text size="sm">
            {lastFailed.title}: {lastFailed.error ? `${lastFailed.error.code}: ${lastFailed.error.message}` : 'no details recorded'}.{' '}
            <Anchor component={Link} href="/import" size="sm">
              See it on the Import screen
            </Anchor>
          </Text>
        </Alert>
      ) : null}
      <FirstRun workspaceName={workspaceName} />
    </Stack>
  );
}
