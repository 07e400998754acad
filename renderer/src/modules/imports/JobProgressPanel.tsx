import { Button, Group, Progress, Stack, Text } from '@mantine/core';
import type { JobProgress } from '../../../../main/contract/api';
import { formatCount, humanize } from '../../shared/format';
import { StateBadge } from '../../shared/StateBadge';
import { isFinished } from '../../api/jobs';

const PHASES: Record<string, string> = {
  '': 'Waiting to start',
  starting: 'Starting',
  reading: 'Reading and checking the files',
  writing: 'Writing to the workspace',
};

export function phaseLabel(phase: string): string {
  return PHASES[phase] ?? humanize(phase);
}

interface Props {
  progress: JobProgress | undefined;
  onCancel?: () => void;
  cancelling?: boolean;
  /** false where the job's state badge is already shown next to it (the Import screen's job card) */
  withState?: boolean;
}

export function JobProgressPanel({ progress, onCancel, cancelling, withState = true }: Props) {
  const state = progress?.state ?? 'queued';
  const total = progress?.total ?? 0;
  const done = progress?.done ?? 0;
  const pct = total > 0 ? Math.min(100, (done / total) * 100) : 0;
  // an ended job's bar stands still, and says how it ended rather than its last phase
  const ended = isFinished(state);
  const indeterminate = total === 0 && !ended;
  const label = ended ? humanize(state) : phaseLabel(progress?.phase ?? '');
  return (
    <Stack gap="xs" data-testid="job-progress" data-state={state} data-phase={progress?.phase ?? ''}>
      <Group justify="space-between" wrap="nowrap">
        <Group gap="xs">
          {withState ? <StateBadge state={state} /> : null}
          <Text size="sm" fw={500} data-testid="job-phase">
            {label}
          </Text>
        </Group>
        <Group gap="sm" wrap="nowrap">
          {total > 0 ? (
            <Text size="sm" c="dimmed" style={{ fontVariantNumeric: 'tabular-nums' }}>
              {formatCount(done)} of {formatCount(total)}
            </Text>
          ) : null}
          {onCancel && !ended ? (
            <Button size="xs" variant="default" color="red" onClick={onCancel} loading={cancelling} data-testid="job-cancel">
              Cancel
            </Button>
          ) : null}
        </Group>
      </Group>
      <Progress
        value={indeterminate || ended ? 100 : pct}
        animated={!ended && (indeterminate || state === 'running')}
        striped={indeterminate}
        color={ended ? (state === 'succeeded' ? 'green' : 'gray') : undefined}
        size="lg"
        aria-label={`${label}${total && !ended ? `: ${done} of ${total}` : ''}`}
        transitionDuration={150}
      />
    </Stack>
  );
}
