import { QueryClient } from '@tanstack/react-query';
import { ApiError } from '../api/client';

export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      refetchOnWindowFocus: false,
      // an answer with an error code is the back office's decision: asking again won't change it
      retry: (count, error) => !(error instanceof ApiError && error.code !== 'internal') && count < 2,
    },
  },
});
