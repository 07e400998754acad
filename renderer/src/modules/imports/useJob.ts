// One job as the screen should see it: the journal's record (report, error) merged with the live
// progress from events. While it runs, a slow poll covers events missed on a dropped socket.
import { useEffect } from 'react';
import type { JobInfo, JobProgress, JobState } from '../../../../main/contract/api';
import { useApi } from '../../api/hooks';
import { isFinished, recordProgress, useJobProgress } from '../../api/jobs';
import { finalStateOf } from './jobState';

export interface JobView {
  progress: JobProgress | undefined;
  info: JobInfo | undefined;
  finished: boolean;
  /** the state it ended in, from whichever source saw the end first (null while it runs) */
  finalState: JobState | null;
  /** finished, and the journal's record (report or error) is here to show */
  settled: boolean;
  error: unknown;
}


export function useJob(jobId: number | null | undefined): JobView {
  const live = useJobProgress(jobId);
  const liveFinished = live ? isFinished(live.state) : false;
  const info = useApi('jobs.get', { id: jobId ?? 1 }, {
    enabled: jobId != null,
    refetchInterval: (q) => (q.state.data && isFinished(q.state.data.state) ? false : 2000),
  });
  const data = info.data;
  const recordFinished = data ? isFinished(data.state) : false;
  // a finish seen by polling (events missed) also settles the live store other screens read
  useEffect(() => {
    if (data && recordFinished && live && !isFinished(live.state)) {
      recordProgress({ jobId: data.jobId, kind: data.kind, state: data.state, phase: data.phase, done: data.done, total: data.total });
    }
  }, [data, recordFinished, live]);
  // the events say it ended before the record does: read the record now (its report or error)
  const { refetch } = info;
  useEffect(() => {
    if (liveFinished && !recordFinished && jobId != null) void refetch();
  }, [liveFinished, recordFinished, jobId, refetch]);
  // the journal's record is authoritative once finished; the live event wins while running
  const progress: JobProgress | undefined = recordFinished ? data : (live ?? data);
  const finalState = finalStateOf(data, live);
  return {
    progress: finalState && progress && !isFinished(progress.state) ? { ...progress, state: finalState } : progress,
    info: data,
    finished: finalState !== null,
    finalState,
    settled: recordFinished,
    error: info.error,
  };
}
