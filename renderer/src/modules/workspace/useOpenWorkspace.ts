// Switching workspace (main / sample). Opening the sample the first time starts its import job.
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Output } from '../../../../main/contract/api';
import { api, toAppError, type ApiError } from '../../api/client';
import { recordQueued } from '../../api/jobs';

export function useOpenWorkspace(onOpened?: (r: Output<'workspace.open'>) => void) {
  const qc = useQueryClient();
  return useMutation<Output<'workspace.open'>, ApiError, 'main' | 'sample'>({
    mutationFn: (name) => api.call('workspace.open', { name }),
    onSuccess: (r) => {
      if (r.importJobId != null) {
        recordQueued(r.importJobId);
      }
      void qc.resetQueries();
      onOpened?.(r);
    },
    onError: (e) => {
      const err = toAppError(e);
      notifications.show({ color: 'red', title: `Could not switch workspace (${err.code})`, message: err.message });
    },
  });
}
