import { Badge, Tooltip } from '@mantine/core';
import { Link } from 'wouter';
import type { JobProgress } from '../../../main/contract/api';
import { useLiveJobs } from '../api/jobs';
import { phaseLabel } from '../modules/imports/JobProgressPanel';

/**
 * The header's word on jobs: what runs (and how far it is), and what waits behind it. One job
 * runs at a time; the others are queued and start in turn.
 */
export function liveJobsText(live: Pick<JobProgress, 'state' | 'phase' | 'done' | 'total'>[]): { text: string; detail: string } | null {
  if (!live.length) return null;
  const running = live.find((j) => j.state === 'running');
  const waiting = live.filter((j) => j.state === 'queued').length;
  const waits = waiting ? `${waiting} more ${waiting === 1 ? 'import waits' : 'imports wait'}` : '';
  if (!running) {
    return {
      text: waiting === 1 ? 'Import waiting to start' : `${waiting} imports waiting to start`,
      detail: 'Queued: each starts as soon as the one before it has finished.',
    };
  }
  const pct = running.total ? Math.round((running.done / running.total) * 100) : null;
  const phase = phaseLabel(running.phase).toLowerCase();
  return {
    text: `Importing${pct !== null ? ` ${pct}%` : '…'}${waiting ? ` · ${waiting} waiting` : ''}`,
    detail: `One import runs (${phase}${pct !== null ? `, ${pct}%` : ''})${waits ? `; ${waits} its turn: imports run one at a time` : ''}.`,
  };
}

export function LiveJobBadge() {
  const live = useLiveJobs();
  const said = liveJobsText(live);
  if (!said) return null;
  return (
    <Tooltip label={said.detail} multiline w={280}>
      <Badge component={Link} href="/import" color="blue" variant="light" tt="none" style={{ cursor: 'pointer' }} visibleFrom="sm" data-testid="live-job" title={said.detail}>
        {said.text}
      </Badge>
    </Tooltip>
  );
}
