import { Badge } from '@mantine/core';
import { Link } from 'wouter';
import { useLiveJobs } from '../api/jobs';

export function LiveJobBadge() {
  const live = useLiveJobs();
  if (!live.length) return null;
  const j = live[live.length - 1];
  const pct = j.total ? Math.round((j.done / j.total) * 100) : null;
  return (
    <Badge component={Link} href="/import" color="blue" variant="light" tt="none" style={{ cursor: 'pointer' }} visibleFrom="sm" data-testid="live-job">
      {j.state === 'queued' ? 'Import queued' : `Import: ${j.phase || 'running'}${pct !== null ? ` ${pct}%` : '…'}`}
    </Badge>
  );
}
