// A server-paged DataTable that is driven from the keyboard: Tab enters the rows, arrow keys move
// the selection, Home/End jump, PageUp/PageDown change page, Enter opens the selected row.
import { Paper, Skeleton, Stack } from '@mantine/core';
import { DataTable, type DataTableColumn, type DataTableSortStatus } from 'mantine-datatable';
import { useEffect, useRef, useState, type KeyboardEvent, type ReactNode, type RefObject } from 'react';
import classes from './NavTable.module.css';
import { ErrorAlert } from './ErrorAlert';
import { formatCount } from './format';

export const PAGE_SIZES = [25, 50, 100];

/** The row last opened from each list, so coming back puts the selection (and focus) on it. */
const lastOpened = new Map<string, number>();

export interface SortState<S extends string> {
  sort: S;
  dir: 'asc' | 'desc';
}

interface Props<T extends { id: number }, S extends string> {
  records: T[] | undefined;
  columns: DataTableColumn<T>[];
  total: number;
  page: number;
  pageSize: number;
  onPageChange: (page: number) => void;
  onPageSizeChange?: (size: number) => void;
  sort?: SortState<S>;
  onSortChange?: (s: SortState<S>) => void;
  fetching: boolean;
  onOpen: (record: T) => void;
  emptyState: ReactNode;
  rowLabel: (record: T) => string;
  rowTestId?: string;
  rowClassName?: (record: T) => string | undefined;
  'data-testid'?: string;
  /** false: all records on one page, no pagination bar */
  paginated?: boolean;
  /** remembers the opened row under this key and selects it again on return */
  memoryKey?: string;
  paginationText?: (p: { from: number; to: number; totalRecords: number }) => ReactNode;
  /** the list could not be read: the error is shown in the table's place (no empty state under it) */
  error?: unknown;
  errorTitle?: string;
}

/** "1–50 of 15,000": the counts as people read them. */
export function defaultPaginationText({ from, to, totalRecords }: { from: number; to: number; totalRecords: number }): string {
  return `${formatCount(from)}–${formatCount(to)} of ${formatCount(totalRecords)}`;
}

export function NavTable<T extends { id: number }, S extends string>(props: Props<T, S>) {
  const { records, total, page, pageSize, fetching, memoryKey } = props;
  const [active, setActive] = useState(0);
  const bodyRef = useRef<HTMLTableSectionElement>(null);
  const focusAfterLoad = useRef<'first' | 'last' | null>(null);
  const restored = useRef(false);

  const onOpen = (record: T) => {
    if (memoryKey) lastOpened.set(memoryKey, record.id);
    props.onOpen(record);
  };

  // a new page starts at its first row; keyboard paging focuses the row the user moved to;
  // coming back from a row's screen selects and focuses that row again
  useEffect(() => {
    const want = focusAfterLoad.current;
    const n = records?.length ?? 0;
    if (!restored.current && memoryKey && n) {
      restored.current = true;
      const idx = records!.findIndex((r) => r.id === lastOpened.get(memoryKey));
      if (idx >= 0) {
        setActive(idx);
        requestAnimationFrame(() => focusRow(idx));
        return;
      }
    }
    const idx = want === 'last' ? Math.max(0, n - 1) : 0;
    setActive(idx);
    if (want && n) {
      focusAfterLoad.current = null;
      requestAnimationFrame(() => focusRow(idx));
    }
  }, [records]); // eslint-disable-line react-hooks/exhaustive-deps

  // a page past the end (the data shrank, another workspace): go to the last page that exists
  useEffect(() => {
    if (records && records.length === 0 && total > 0 && page > 1 && props.paginated !== false) {
      props.onPageChange(Math.max(1, Math.ceil(total / pageSize)));
    }
  }, [records, total, page, pageSize]); // eslint-disable-line react-hooks/exhaustive-deps

  const rows = () => Array.from(bodyRef.current?.querySelectorAll<HTMLTableRowElement>('tr[data-row-index]') ?? []);
  const focusRow = (i: number) => {
    const list = rows();
    const target = list[Math.max(0, Math.min(i, list.length - 1))];
    target?.focus();
  };
  const lastPage = Math.max(1, Math.ceil(total / pageSize));

  const onKeyDown = (e: KeyboardEvent<HTMLTableRowElement>, record: T, index: number) => {
    if (e.target !== e.currentTarget) return; // a control inside the row has the key
    const n = records?.length ?? 0;
    switch (e.key) {
      case 'ArrowDown':
        e.preventDefault();
        if (index < n - 1) focusRow(index + 1);
        else if (page < lastPage) {
          focusAfterLoad.current = 'first';
          props.onPageChange(page + 1);
        }
        break;
      case 'ArrowUp':
        e.preventDefault();
        if (index > 0) focusRow(index - 1);
        else if (page > 1) {
          focusAfterLoad.current = 'last';
          props.onPageChange(page - 1);
        }
        break;
      case 'Home':
        e.preventDefault();
        focusRow(0);
        break;
      case 'End':
        e.preventDefault();
        focusRow(n - 1);
        break;
      case 'PageDown':
        e.preventDefault();
        if (page < lastPage) {
          focusAfterLoad.current = 'first';
          props.onPageChange(page + 1);
        }
        break;
      case 'PageUp':
        e.preventDefault();
        if (page > 1) {
          focusAfterLoad.current = 'first';
          props.onPageChange(page - 1);
        }
        break;
      case 'Enter':
      case ' ':
        e.preventDefault();
        onOpen(record);
        break;
      default:
    }
  };

  if (props.error && !records?.length) {
    return <ErrorAlert error={props.error} title={props.errorTitle} data-testid={props['data-testid'] ? `${props['data-testid']}-error` : undefined} />;
  }

  if (records === undefined && fetching) {
    return (
      <Stack gap={6} data-testid="loading" aria-busy="true" aria-label="Loading">
        <Skeleton h={38} />
        {Array.from({ length: 8 }, (_, i) => (
          <Skeleton key={i} h={30} opacity={1 - i * 0.09} />
        ))}
      </Stack>
    );
  }

  // nothing to list: the empty state in the table's frame, sized by its own content (inside the
  // table it is laid over a fixed height, which its actions overflow, and it takes no clicks)
  if (records && records.length === 0 && !fetching && props.emptyState) {
    return (
      <Paper withBorder radius="md" py="md" data-testid={props['data-testid']} data-empty="">
        {props.emptyState}
      </Paper>
    );
  }

  const sortStatus: DataTableSortStatus<T> | undefined = props.sort
    ? { columnAccessor: props.sort.sort, direction: props.sort.dir }
    : undefined;

  const common = {
    'data-testid': props['data-testid'],
    withTableBorder: true,
    borderRadius: 'md',
    // wider than the screen: scroll sideways with the row's name pinned, rather than clip
    pinFirstColumn: true,
    scrollAreaProps: { type: 'auto' as const, offsetScrollbars: 'x' as const },
    highlightOnHover: true,
    verticalAlign: 'center' as const,
    minHeight: records && records.length ? undefined : 200,
    records: records ?? [],
    columns: props.columns,
    fetching,
    idAccessor: 'id' as const,
    bodyRef: bodyRef as RefObject<HTMLTableSectionElement>,
    className: classes.table,
    emptyState: props.emptyState,
    onRowClick: ({ record }: { record: T }) => onOpen(record),
    rowClassName: props.rowClassName,
    customRowAttributes: (record: T, index: number) => ({
      tabIndex: index === active ? 0 : -1,
      'data-row-index': index,
      'aria-selected': index === active,
      'aria-label': props.rowLabel(record),
      'data-testid': props.rowTestId,
      onFocus: () => setActive(index),
      onKeyDown: (e: KeyboardEvent<HTMLTableRowElement>) => onKeyDown(e, record, index),
    }),
  };
  const pagination =
    props.paginated === false
      ? {}
      : { totalRecords: total, recordsPerPage: pageSize, page, onPageChange: props.onPageChange, paginationText: props.paginationText ?? defaultPaginationText };
  const sorting = sortStatus
    ? {
        sortStatus,
        onSortStatusChange: (s: DataTableSortStatus<T>) => props.onSortChange?.({ sort: s.columnAccessor as S, dir: s.direction }),
      }
    : {};
  if (props.onPageSizeChange) {
    return (
      <DataTable<T>
        {...common}
        {...sorting}
        {...pagination}
        recordsPerPageOptions={PAGE_SIZES}
        onRecordsPerPageChange={props.onPageSizeChange}
        recordsPerPageLabel="Rows per page"
      />
    );
  }
  return <DataTable<T> {...common} {...sorting} {...pagination} />;
}
