// React Query glue: one query key shape ([method, input]) so events can invalidate by method.
import { keepPreviousData, useMutation, useQuery, type UseQueryOptions } from '@tanstack/react-query';
import type { Input, Method, Output } from '../../../main/contract/api';
import { api, type ApiError } from './client';

export function queryKey<M extends Method>(method: M, input: Input<M>) {
  return [method, input] as const;
}

type Options<M extends Method> = Omit<UseQueryOptions<Output<M>, ApiError, Output<M>, readonly [M, Input<M>]>, 'queryKey' | 'queryFn'>;

export function useApi<M extends Method>(method: M, input: Input<M>, options?: Options<M>) {
  return useQuery<Output<M>, ApiError, Output<M>, readonly [M, Input<M>]>({
    queryKey: queryKey(method, input),
    queryFn: () => api.call(method, input),
    ...options,
  });
}

/** A paged list: keeps the previous page on screen while the next one loads (no flicker). */
export function usePaged<M extends Method>(method: M, input: Input<M>) {
  return useApi(method, input, { placeholderData: keepPreviousData });
}

export function useApiMutation<M extends Method>(method: M) {
  return useMutation<Output<M>, ApiError, Input<M>>({ mutationFn: (input) => api.call(method, input) });
}
