import { Button, Drawer, Group, Rating, SimpleGrid, Stack, Text } from '@mantine/core';
import type { DataTableColumn } from 'mantine-datatable';
import { useCallback, useState } from 'react';
import { Link } from 'wouter';
import type { ParsedInput, SellerRow } from '../../../../main/contract/api';
import { usePaged } from '../../api/hooks';
import { EmptyState } from '../../shared/EmptyState';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { formatCount, formatRate, humanize } from '../../shared/format';
import { useListState } from '../../shared/listState';
import { Money } from '../../shared/Money';
import { NavTable } from '../../shared/NavTable';
import { PageHeader } from '../../shared/PageHeader';
import { SearchInput } from '../../shared/SearchInput';

type Sort = ParsedInput<'sellers.list'>['sort'];
interface State {
  page: number;
  pageSize: number;
  search: string;
  sort: Sort;
  dir: 'asc' | 'desc';
}
const DEFAULTS: State = { page: 1, pageSize: 50, search: '', sort: 'orders', dir: 'desc' };

function rateColor(rate: number | null): string | undefined {
  if (rate == null) return undefined;
  return rate >= 0.9 ? 'green.8' : rate >= 0.75 ? 'orange.8' : 'red.7';
}

function reviewText(r: number | null): string {
  return r == null ? '—' : r.toFixed(2);
}

const columns: DataTableColumn<SellerRow>[] = [
  {
    accessor: 'name',
    title: 'Seller',
    sortable: true,
    render: (s) => (
      <Stack gap={0} maw={320}>
        <Text size="sm" truncate ff={s.name ? undefined : 'monospace'}>
          {s.name ?? s.externalId}
        </Text>
        <Text size="xs" c="dimmed">
          {humanize(s.kind)}
        </Text>
      </Stack>
    ),
  },
  { accessor: 'location', title: 'Location', sortable: true, render: (s) => s.location ?? <Text span c="dimmed">—</Text> },
  { accessor: 'orders', title: 'Orders', sortable: true, textAlign: 'right', render: (s) => formatCount(s.orders) },
  {
    accessor: 'revenue',
    title: 'Sales (goods)',
    sortable: true,
    textAlign: 'right',
    render: (s) => (s.currency ? <Money minor={s.revenueMinor} currency={s.currency} size="sm" /> : <Text span c="dimmed">—</Text>),
  },
  {
    accessor: 'on_time',
    title: 'On time',
    sortable: true,
    textAlign: 'right',
    render: (s) => (
      <Text size="sm" c={rateColor(s.onTimeRate)} title={`${formatCount(s.delivered)} delivered`}>
        {formatRate(s.onTimeRate)}
        <Text span size="xs" c="dimmed">
          {' '}
          of {formatCount(s.delivered)}
        </Text>
      </Text>
    ),
  },
  {
    accessor: 'review',
    title: 'Avg review',
    sortable: true,
    textAlign: 'right',
    render: (s) =>
      s.averageReview == null ? (
        <Text span c="dimmed">
          —
        </Text>
      ) : (
        <Group gap={6} justify="flex-end" wrap="nowrap">
          <Rating value={s.averageReview} fractions={4} readOnly size="xs" aria-hidden />
          <Text size="sm">{reviewText(s.averageReview)}</Text>
        </Group>
      ),
  },
];

export function SellersList() {
  const [s, patch, reset] = useListState<State>('sellers', DEFAULTS);
  const [open, setOpen] = useState<SellerRow | null>(null);
  const list = usePaged('sellers.list', {
    page: s.page,
    pageSize: s.pageSize,
    sort: s.sort,
    dir: s.dir,
    ...(s.search ? { search: s.search } : {}),
  });
  const onSearch = useCallback((v: string) => patch({ search: v }), [patch]);
  return (
    <Stack gap="md">
      <PageHeader
        title="Sellers and suppliers"
        subtitle={list.data ? `${formatCount(list.data.total)} ${s.search ? 'match' : 'sellers and suppliers'} · on-time rate against the promised day, reviews of their orders` : 'Loading…'}
      />
      <Group>
        <SearchInput value={s.search} onChange={onSearch} label="Search" placeholder="Name, city or seller id" data-testid="sellers-search" />
      </Group>
      {list.error ? <ErrorAlert error={list.error} title="Cannot list the sellers" /> : null}
      <NavTable<SellerRow, Sort>
        memoryKey="sellers"
        data-testid="sellers-table"
        records={list.data?.rows}
        columns={columns}
        total={list.data?.total ?? 0}
        page={s.page}
        pageSize={s.pageSize}
        onPageChange={(page) => patch({ page })}
        onPageSizeChange={(pageSize) => patch({ pageSize })}
        sort={{ sort: s.sort, dir: s.dir }}
        onSortChange={(x) => patch({ sort: x.sort, dir: x.dir })}
        fetching={list.isLoading || list.isPlaceholderData}
        onOpen={setOpen}
        rowLabel={(x) => `Seller ${x.name ?? x.externalId}`}
        rowTestId="seller-row"
        emptyState={
          list.isLoading ? null : s.search ? (
            <EmptyState title="No seller matches" description="Try part of a name, a city or an id.">
              <Button variant="light" onClick={() => reset()}>
                Clear the search
              </Button>
            </EmptyState>
          ) : (
            <EmptyState title="No sellers or suppliers yet" description="They come in with imported marketplace orders (Olist) and, later, purchase orders.">
              <Button component={Link} href="/import">
                Import files
              </Button>
            </EmptyState>
          )
        }
      />
      <Drawer opened={!!open} onClose={() => setOpen(null)} position="right" size="md" title="Seller">
        {open ? (
          <Stack>
            <Text fw={600} style={{ overflowWrap: 'break-word' }}>
              {open.name ?? open.externalId}
            </Text>
            <SimpleGrid cols={2}>
              <Fact label="Id">{open.externalId}</Fact>
              <Fact label="Kind">{humanize(open.kind)}</Fact>
              <Fact label="Location">{open.location ?? '—'}</Fact>
              <Fact label="Orders">{formatCount(open.orders)}</Fact>
              <Fact label="Order lines">{formatCount(open.lines)}</Fact>
              <Fact label="Sales (goods)">{open.currency ? <Money minor={open.revenueMinor} currency={open.currency} /> : '—'}</Fact>
              <Fact label="Delivered orders">{formatCount(open.delivered)}</Fact>
              <Fact label="On time">{formatRate(open.onTimeRate)}</Fact>
              <Fact label="Average review">{reviewText(open.averageReview)}</Fact>
            </SimpleGrid>
          </Stack>
        ) : null}
      </Drawer>
    </Stack>
  );
}

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text style={{ overflowWrap: 'break-word' }}>{children}</Text>
    </Stack>
  );
}
