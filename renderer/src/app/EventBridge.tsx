// Back-office events -> the query cache and the live job store.
import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useLocation } from 'wouter';
import type { Events } from '../../../main/contract/api';
import { adoptDialogBatch, followJob } from '../modules/imports/session';
import { resetAllLists } from '../shared/listState';
import { api } from '../api/client';
import { clearProgress, isFinished, recordProgress } from '../api/jobs';

export function EventBridge() {
  const qc = useQueryClient();
  const [, navigate] = useLocation();
  useEffect(() => {
    const lastState = new Map<number, string>();
    let pending: number | null = null;
    // batch bursts of db.changed into one refetch
    const invalidateAll = () => {
      if (pending !== null) return;
      pending = window.setTimeout(() => {
        pending = null;
        void qc.invalidateQueries();
      }, 100);
    };
    const off = api.onAny((event, payload) => {
      if (event === 'job.progress') {
        const p = payload as Events['job.progress'];
        recordProgress(p);
        if (lastState.get(p.jobId) !== p.state) {
          lastState.set(p.jobId, p.state);
          void qc.invalidateQueries({ queryKey: ['jobs.list'] });
          if (isFinished(p.state)) {
            void qc.invalidateQueries({ queryKey: ['jobs.get'] });
            void qc.invalidateQueries({ queryKey: ['workspace.status'] });
          }
        }
      } else if (event === 'db.changed') {
        invalidateAll();
      } else if (event === 'workspace.changed') {
        // another workspace: what was on screen (an order, a filtered list) belongs to the old one
        resetAllLists();
        clearProgress();
        followJob(null);
        void qc.resetQueries();
        navigate('/');
      } else if (event === 'import.staged') {
        // the desktop menu's File > Import files…: show the chosen batch on the Import screen
        adoptDialogBatch(payload as Events['import.staged']);
        navigate('/import');
      }
    });
    return () => {
      off();
      if (pending !== null) window.clearTimeout(pending);
    };
  }, [qc, navigate]);
  return null;
}
