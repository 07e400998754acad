import type { JobProgress, JobState } from '../../../../main/contract/api';
import { isFinished } from '../../api/jobs';

/**
 * The state a job card shows: a finished state wins over any other, whatever order the record and
 * the progress events arrived in (a fast failure's "starting" event may come after its end).
 */
export function finalStateOf(record: Pick<JobProgress, 'state'> | undefined, live: Pick<JobProgress, 'state'> | undefined): JobState | null {
  if (record && isFinished(record.state)) return record.state;
  if (live && isFinished(live.state)) return live.state;
  return null;
}
