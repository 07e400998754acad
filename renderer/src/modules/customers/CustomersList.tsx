import { Group, Stack, Text, Tooltip } from '@mantine/core';
import type { DataTableColumn } from 'mantine-datatable';
import { useCallback, useMemo } from 'react';
import { useLocation } from 'wouter';
import type { CustomerRow, ParsedInput } from '../../../../main/contract/api';
import { DateTime } from '../../shared/DateTime';
import { ListEmptyState } from '../../shared/ListEmptyState';
import { AmountTitle } from '../../shared/AmountTitle';
import { formatCount } from '../../shared/format';
import { useListState } from '../../shared/listState';
import { Money } from '../../shared/Money';
import { NavTable } from '../../shared/NavTable';
import { PageHeader } from '../../shared/PageHeader';
import { SearchInput } from '../../shared/SearchInput';
import { TextCell } from '../../shared/TextCell';
import { useScreen, type Screen } from '../../shared/useScreen';
import { usePagedList } from '../../shared/usePagedList';

type Sort = ParsedInput<'customers.list'>['sort'];
interface State {
  page: number;
  pageSize: number;
  search: string;
  sort: Sort;
  dir: 'asc' | 'desc';
}
const DEFAULTS: State = { page: 1, pageSize: 50, search: '', sort: 'orders', dir: 'desc' };

/** Customers' dates are days in their shop's own zone (the source's), like the orders' filters. */
function customerColumns(screen: Screen): DataTableColumn<CustomerRow>[] {
  return [
  {
    accessor: 'name',
    title: 'Customer',
    sortable: true,
    render: (c) => (
      <Stack gap={0} maw={screen.wide ? 320 : screen.medium ? 260 : 200}>
        <Text size="sm" truncate title={c.name ?? c.externalId}>
          {c.name ?? c.externalId}
        </Text>
        {c.email ? (
          <Text size="xs" c="dimmed" truncate>
            {c.email}
          </Text>
        ) : null}
      </Stack>
    ),
  },
  {
    accessor: 'location',
    title: 'Location',
    sortable: true,
    render: (c) => <TextCell value={c.location} maw={screen.medium ? 260 : 170} />,
  },
  { accessor: 'orders', title: 'Orders', sortable: true, textAlign: 'right', noWrap: true, render: (c) => formatCount(c.orders) },
  {
    accessor: 'spent',
    title: <AmountTitle label="Spent" hint="Orders that became sales, minus refunds." />,
    sortable: true,
    textAlign: 'right',
    noWrap: true,
    render: (c) => (c.currency ? <Money minor={c.spentMinor} currency={c.currency} size="sm" /> : <Text span c="dimmed">—</Text>),
  },
  {
    accessor: 'first_order',
    title: <DayTitle label="First order" />,
    sortable: true,
    noWrap: true,
    render: (c) => <DateTime value={c.firstOrderAt} timeZone={c.timezone} mode="date" size="sm" />,
  },
  {
    accessor: 'last_order',
    title: <DayTitle label="Last order" />,
    sortable: true,
    noWrap: true,
    render: (c) => <DateTime value={c.lastOrderAt} timeZone={c.timezone} mode="date" size="sm" />,
  },
  ];
}

function DayTitle({ label }: { label: string }) {
  return (
    <Tooltip label="The day in the shop's own time zone; hover a date for the exact time" multiline w={240}>
      <span style={{ whiteSpace: 'nowrap' }}>{label}</span>
    </Tooltip>
  );
}

export function CustomersList() {
  const [s, patch, reset] = useListState<State>('customers', DEFAULTS);
  const [, navigate] = useLocation();
  const { list, table, count } = usePagedList('customers.list', s, patch);
  const onSearch = useCallback((v: string) => patch({ search: v }), [patch]);
  const screen = useScreen();
  const columns = useMemo(() => customerColumns(screen), [screen.wide, screen.medium, screen.compact]); // eslint-disable-line react-hooks/exhaustive-deps
  return (
    <Stack gap="md">
      <PageHeader
        title="Customers"
        subtitle={count((n) => `${formatCount(n)} ${n === 1 ? (s.search ? 'customer matches' : 'customer') : s.search ? 'customers match' : 'customers'}`)}
      />
      <Group>
        <SearchInput value={s.search} onChange={onSearch} label="Search" placeholder="Name, e-mail, place or customer id" data-testid="customers-search" />
      </Group>
      <NavTable<CustomerRow, Sort>
        {...table}
        errorTitle="Cannot list the customers"
        memoryKey="customers"
        data-testid="customers-table"
        columns={columns}
        onOpen={(c) => navigate(`/customers/${c.id}`)}
        rowLabel={(c) => `Customer ${c.name ?? c.externalId}`}
        rowTestId="customer-row"
        emptyState={
          <ListEmptyState
            loading={list.isLoading}
            filtered={!!s.search}
            noMatch={{ title: 'No customer matches', description: 'Try part of a name, an e-mail or a place.', clearLabel: 'Clear the search', onClear: reset }}
            nothingYet={{ title: 'No customers yet', description: 'Customers come in with imported orders.' }}
          />
        }
      />
    </Stack>
  );
}
