import { Button, Group, Rating, SegmentedControl, Stack, Text } from '@mantine/core';
import type { DataTableColumn } from 'mantine-datatable';
import { useCallback, useMemo, useState } from 'react';
import { Link, useLocation } from 'wouter';
import type { ParsedInput, SellerRow } from '../../../../main/contract/api';
import { EmptyState } from '../../shared/EmptyState';
import { AmountTitle } from '../../shared/AmountTitle';
import { formatCount, formatRate, humanize } from '../../shared/format';
import { useListState } from '../../shared/listState';
import { Money } from '../../shared/Money';
import { NavTable } from '../../shared/NavTable';
import { PageHeader } from '../../shared/PageHeader';
import { SearchInput } from '../../shared/SearchInput';
import { TextCell } from '../../shared/TextCell';
import { useScreen, type Screen } from '../../shared/useScreen';
import { usePagedList } from '../../shared/usePagedList';
import { DetailDrawer, Fact } from '../../shared/DetailDrawer';
import { presetOrders } from '../orders/ordersState';

type Sort = ParsedInput<'sellers.list'>['sort'];
type Kind = NonNullable<ParsedInput<'sellers.list'>['kind']>;
interface State {
  page: number;
  pageSize: number;
  search: string;
  /** '' for both kinds */
  kind: Kind | '';
  sort: Sort;
  dir: 'asc' | 'desc';
}
const DEFAULTS: State = { page: 1, pageSize: 50, search: '', kind: '', sort: 'orders', dir: 'desc' };

const KINDS: { value: State['kind']; label: string }[] = [
  { value: '', label: 'All' },
  { value: 'marketplace_seller', label: 'Marketplace sellers' },
  { value: 'supplier', label: 'Suppliers' },
];

/** What the list counts, in words: "sellers and suppliers", "marketplace sellers", "suppliers". */
const NOUNS: Record<State['kind'], [string, string]> = {
  '': ['seller or supplier', 'sellers and suppliers'],
  marketplace_seller: ['marketplace seller', 'marketplace sellers'],
  supplier: ['supplier', 'suppliers'],
};

/** How the orders list names a seller it is filtered by: the name, else the id and place. */
export function sellerLabel(x: Pick<SellerRow, 'name' | 'externalId' | 'location'>): string {
  if (x.name) return x.name;
  return x.location ? `${x.externalId} (${x.location})` : x.externalId;
}

function rateColor(rate: number | null): string | undefined {
  if (rate == null) return undefined;
  return rate >= 0.9 ? 'green.8' : rate >= 0.75 ? 'orange.8' : 'red.7';
}

function reviewText(r: number | null): string {
  return r == null ? '—' : r.toFixed(2);
}

function sellerColumns(screen: Screen): DataTableColumn<SellerRow>[] {
  return [
  {
    accessor: 'name',
    title: 'Seller',
    sortable: true,
    render: (s) => (
      <Stack gap={0} maw={screen.wide ? 320 : screen.medium ? 250 : 120}>
        <Text size={s.name ? 'sm' : 'xs'} truncate ff={s.name ? undefined : 'monospace'} title={s.name ?? s.externalId}>
          {s.name ?? s.externalId}
        </Text>
        <Text size="xs" c="dimmed">
          {humanize(s.kind)}
        </Text>
      </Stack>
    ),
  },
  {
    accessor: 'location',
    title: 'Location',
    sortable: true,
    render: (s) => <TextCell value={s.location} maw={screen.medium ? 220 : 120} />,
  },
  { accessor: 'orders', title: 'Orders', sortable: true, textAlign: 'right', noWrap: true, render: (s) => formatCount(s.orders) },
  {
    accessor: 'revenue',
    title: <AmountTitle label="Sales (goods)" />,
    sortable: true,
    textAlign: 'right',
    noWrap: true,
    render: (s) => (s.currency ? <Money minor={s.revenueMinor} currency={s.currency} size="sm" /> : <Text span c="dimmed">—</Text>),
  },
  {
    accessor: 'on_time',
    title: 'On time',
    sortable: true,
    textAlign: 'right',
    noWrap: true,
    render: (s) => (
      <Text size="sm" c={rateColor(s.onTimeRate)} title={`${formatRate(s.onTimeRate)} of ${formatCount(s.delivered)} delivered orders`}>
        {formatRate(s.onTimeRate)}
        {screen.medium ? (
          <Text span size="xs" c="dimmed">
            {' '}
            of {formatCount(s.delivered)}
          </Text>
        ) : null}
      </Text>
    ),
  },
  {
    accessor: 'review',
    title: 'Avg review',
    sortable: true,
    textAlign: 'right',
    noWrap: true,
    render: (s) =>
      s.averageReview == null ? (
        <Text span c="dimmed">
          —
        </Text>
      ) : (
        <Group gap={6} justify="flex-end" wrap="nowrap">
          {screen.medium ? <Rating value={s.averageReview} fractions={4} readOnly size="xs" aria-hidden /> : null}
          <Text size="sm">{reviewText(s.averageReview)}</Text>
        </Group>
      ),
  },
  ];
}

export function SellersList() {
  const [s, patch, reset] = useListState<State>('sellers', DEFAULTS);
  const [open, setOpen] = useState<SellerRow | null>(null);
  const [, navigate] = useLocation();
  const { list, data, table, count } = usePagedList('sellers.list', s, patch, s.kind ? { kind: s.kind } : {});
  const onSearch = useCallback((v: string) => patch({ search: v }), [patch]);
  const screen = useScreen();
  const columns = useMemo(() => sellerColumns(screen), [screen.wide, screen.medium, screen.compact]); // eslint-disable-line react-hooks/exhaustive-deps
  const [one, many] = NOUNS[s.kind];
  const counted = data ? count((n) => `${formatCount(n)} ${n === 1 ? one : many}${s.search ? ' match' : ''}`) : null;
  return (
    <Stack gap="md">
      <PageHeader
        title="Sellers and suppliers"
        subtitle={
          counted ? (
            <>
              <span data-testid="sellers-count">{counted}</span> · on-time rate against the promised day, reviews of their orders
            </>
          ) : (
            count(() => '')
          )
        }
      />
      <Group align="flex-end">
        <SearchInput value={s.search} onChange={onSearch} label="Search" placeholder="Name, place or seller id" data-testid="sellers-search" />
        <SegmentedControl
          data={KINDS}
          value={s.kind}
          onChange={(v) => patch({ kind: v as State['kind'] })}
          aria-label="Kind"
          data-testid="sellers-kind"
        />
      </Group>
      <NavTable<SellerRow, Sort>
        {...table}
        errorTitle="Cannot list the sellers"
        memoryKey="sellers"
        data-testid="sellers-table"
        columns={columns}
        onOpen={setOpen}
        rowLabel={(x) => `Seller ${x.name ?? x.externalId}`}
        rowTestId="seller-row"
        emptyState={
          list.isLoading ? null : s.search ? (
            <EmptyState title={`No ${one} matches`} description="Try part of a name, a city or an id.">
              <Button variant="light" onClick={() => patch({ search: '' })}>
                Clear the search
              </Button>
            </EmptyState>
          ) : s.kind === 'supplier' ? (
            <EmptyState title="No suppliers yet" description="Suppliers are the businesses the shop buys its stock from.">
              <Button variant="light" onClick={() => reset()}>
                Show all
              </Button>
            </EmptyState>
          ) : s.kind === 'marketplace_seller' ? (
            <EmptyState title="No marketplace sellers" description="Marketplace sellers come in with imported marketplace orders (Olist).">
              <Button variant="light" onClick={() => reset()}>
                Show all
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
      <DetailDrawer
        opened={!!open}
        onClose={() => setOpen(null)}
        title="Seller"
        heading={open ? (open.name ?? open.externalId) : null}
        testId="seller-drawer"
        externalId={open?.externalId}
        showOrdersTestId="seller-show-orders"
        onShowOrders={() => {
          if (!open) return;
          presetOrders({ seller: { id: open.id, label: sellerLabel(open) } });
          navigate('/orders');
        }}
      >
        {open ? (
          <>
            <Fact label="Id">{open.externalId}</Fact>
            <Fact label="Kind">{humanize(open.kind)}</Fact>
            <Fact label="Location">{open.location ?? '—'}</Fact>
            <Fact label="Orders">{formatCount(open.orders)}</Fact>
            <Fact label="Order lines">{formatCount(open.lines)}</Fact>
            <Fact label="Sales (goods)">{open.currency ? <Money minor={open.revenueMinor} currency={open.currency} /> : '—'}</Fact>
            <Fact label="Delivered orders">{formatCount(open.delivered)}</Fact>
            <Fact label="On time">{formatRate(open.onTimeRate)}</Fact>
            <Fact label="Average review">{reviewText(open.averageReview)}</Fact>
          </>
        ) : null}
      </DetailDrawer>
    </Stack>
  );
}

