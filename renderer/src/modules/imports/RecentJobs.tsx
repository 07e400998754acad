// The job journal: state badges, a Resume for interrupted or failed jobs, and a click to show one.
import { Button, Card, Group, Skeleton, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { JOBS_LIST_MAX, type JobInfo } from '../../../../main/contract/api';
import { api, toAppError } from '../../api/client';
import { useApi } from '../../api/hooks';
import { isFinished, useJobProgress } from '../../api/jobs';
import { DateTime } from '../../shared/DateTime';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { formatCount, jobDuration } from '../../shared/format';
import { StateBadge } from '../../shared/StateBadge';
import { followJob } from './session';

function JobRow({ j, current }: { j: JobInfo; current: boolean }) {
  const live = useJobProgress(j.jobId);
  const state = live && j.state !== 'succeeded' && j.state !== 'failed' ? live.state : j.state;
  const resume = useMutation({
    mutationFn: () => api.call('jobs.resume', { id: j.jobId }),
    onSuccess: (r) => followJob(r.jobId),
    onError: (e) => notifications.show({ color: 'red', title: `Could not resume (${toAppError(e).code})`, message: toAppError(e).message }),
  });
  const finished = isFinished(state);
  const took = finished ? jobDuration(j) : null;
  return (
    <Table.Tr
      data-testid="job-row"
      data-state={state}
      tabIndex={0}
      aria-selected={current}
      style={{ cursor: 'pointer' }}
      bg={current ? 'var(--mantine-primary-color-light)' : undefined}
      onClick={() => followJob(j.jobId)}
      onKeyDown={(e) => {
        if (e.key === 'Enter' && e.target === e.currentTarget) followJob(j.jobId);
      }}
    >
      <Table.Td>{j.jobId}</Table.Td>
      <Table.Td miw={200} style={{ overflowWrap: 'break-word' }}>
        {j.title}
      </Table.Td>
      <Table.Td>
        <StateBadge state={state} />
      </Table.Td>
      <Table.Td>
        <DateTime value={j.createdAt} size="sm" />
      </Table.Td>
      <Table.Td c="dimmed" style={{ whiteSpace: 'nowrap' }} data-testid="job-took">
        {took ?? '—'}
      </Table.Td>
      <Table.Td>
        {state === 'cancelled' ? (
          // a cancel is the user's choice, not an error
          <Text size="xs" c="dimmed" lineClamp={2} data-testid="job-note">
            Cancelled: nothing from this run was kept
          </Text>
        ) : j.error ? (
          <Text size="xs" c="red.8" lineClamp={2} title={j.error.message} data-testid="job-note">
            {j.error.code === 'bad_input' ? 'The files have problems' : j.error.code === 'too_large' ? 'Too large to import at once' : j.error.code}: {j.error.message}
          </Text>
        ) : null}
      </Table.Td>
      <Table.Td ta="right">
        {state === 'interrupted' || (state === 'failed' && j.error?.code !== 'bad_input' && j.error?.code !== 'too_large') ? (
          <Button
            size="xs"
            variant="light"
            onClick={(e) => {
              e.stopPropagation();
              resume.mutate();
            }}
            loading={resume.isPending}
            data-testid="job-row-resume"
          >
            Resume
          </Button>
        ) : null}
      </Table.Td>
    </Table.Tr>
  );
}

const STEP = 20;

export function RecentJobs({ currentJobId }: { currentJobId: number | null }) {
  // 20 at first; "Show older jobs" reaches further back, 20 more each time
  const [limit, setLimit] = useState(STEP);
  const jobs = useApi('jobs.list', { limit }, { placeholderData: (prev) => prev });
  const more = !!jobs.data && jobs.data.length >= limit && limit < JOBS_LIST_MAX;
  return (
    <Card padding="md">
      <Group justify="space-between" mb="sm">
        <Title order={3} size="h5">
          Recent jobs
        </Title>
        <Text size="xs" c="dimmed">
          Select a job to see its report or error
        </Text>
      </Group>
      {jobs.error ? <ErrorAlert error={jobs.error} title="Cannot list the jobs" /> : null}
      {!jobs.data ? (
        <Skeleton h={120} />
      ) : jobs.data.length === 0 ? (
        <Text size="sm" c="dimmed">
          No jobs yet in this workspace. Imports you start appear here, with their reports.
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={760}>
          <Table verticalSpacing={6} fz="sm" highlightOnHover data-testid="jobs-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>#</Table.Th>
                <Table.Th>Job</Table.Th>
                <Table.Th>State</Table.Th>
                <Table.Th>Queued</Table.Th>
                <Table.Th>Took</Table.Th>
                <Table.Th>Error or note</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {jobs.data.map((j) => (
                <JobRow key={j.jobId} j={j} current={j.jobId === currentJobId} />
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {jobs.data && jobs.data.length > 0 ? (
        <Group justify="space-between" mt="sm">
          <Text size="xs" c="dimmed" data-testid="jobs-shown">
            {jobs.data.length < limit ? jobs.data.length === 1 ? 'The one job of this workspace' : `All ${formatCount(jobs.data.length)} jobs of this workspace` : `The ${formatCount(jobs.data.length)} most recent jobs`}
          </Text>
          {more ? (
            <Button size="xs" variant="subtle" onClick={() => setLimit((l) => Math.min(JOBS_LIST_MAX, l + STEP))} loading={jobs.isFetching} data-testid="jobs-show-more">
              Show older jobs
            </Button>
          ) : null}
        </Group>
      ) : null}
    </Card>
  );
}
