// The wiring every server-paged list repeats: its state (page, size, sort, search) into the API
// call, and the call's answer, page changes and sort changes into the NavTable. A screen spreads
// `table` onto its NavTable and adds what is its own (columns, what a row opens, the empty state).
import type { Input, Output } from '../../../main/contract/api';
import { usePaged } from '../api/hooks';
import type { SortState } from './NavTable';

export type ListMethod = 'orders.list' | 'customers.list' | 'products.list' | 'sellers.list';
export type ListRow<M extends ListMethod> = Output<M>['rows'][number];
export type ListSort<M extends ListMethod> = NonNullable<Input<M>['sort']>;

export interface PagedListState<S extends string> {
  page: number;
  pageSize: number;
  sort: S;
  dir: 'asc' | 'desc';
  search?: string;
}

/**
 * `filters`: the screen's other arguments (status, category, a customer), already in the API's
 * shape; leave out those not set. `patch` is the list state's (a change other than the page
 * itself goes back to page 1).
 */
export function usePagedList<M extends ListMethod>(
  method: M,
  s: PagedListState<ListSort<M>>,
  patch: (p: Partial<PagedListState<ListSort<M>>>) => void,
  filters: Omit<Input<M>, 'page' | 'pageSize' | 'sort' | 'dir' | 'search'> = {} as never,
) {
  const input = { page: s.page, pageSize: s.pageSize, sort: s.sort, dir: s.dir, ...(s.search ? { search: s.search } : {}), ...filters } as Input<M>;
  const list = usePaged(method, input);
  const data = list.data as Output<M> | undefined;
  const table = {
    records: data?.rows as ListRow<M>[] | undefined,
    total: data?.total ?? 0,
    page: s.page,
    pageSize: s.pageSize,
    onPageChange: (page: number) => patch({ page }),
    onPageSizeChange: (pageSize: number) => patch({ pageSize }),
    sort: { sort: s.sort, dir: s.dir } as SortState<ListSort<M>>,
    onSortChange: (x: SortState<ListSort<M>>) => patch({ sort: x.sort, dir: x.dir }),
    fetching: list.isLoading || list.isPlaceholderData,
    error: list.error ?? undefined,
  };
  /** the subtitle's count: the total in words once known, a dash when the list failed */
  // while new filters are being counted the old total would be a wrong answer to the new question
  const count = (words: (total: number) => string): string =>
    list.error ? 'Not counted: the list could not be read' : data && !list.isPlaceholderData ? words(data.total) : 'Counting…';
  return { list, data, table, count };
}
