import { Badge, Group, Select, Stack, Text, Tooltip } from '@mantine/core';
import type { DataTableColumn } from 'mantine-datatable';
import { useCallback, useMemo, useState } from 'react';
import { useLocation } from 'wouter';
import type { ParsedInput, ProductRow } from '../../../../main/contract/api';
import { useApi } from '../../api/hooks';
import { ListEmptyState } from '../../shared/ListEmptyState';
import { formatCount } from '../../shared/format';
import { useListState } from '../../shared/listState';
import { Money } from '../../shared/Money';
import { NavTable } from '../../shared/NavTable';
import { PageHeader } from '../../shared/PageHeader';
import { SearchInput } from '../../shared/SearchInput';
import { useScreen } from '../../shared/useScreen';
import { usePagedList } from '../../shared/usePagedList';
import { DetailDrawer, Fact } from '../../shared/DetailDrawer';
import { AmountTitle } from '../../shared/AmountTitle';
import { presetOrders } from '../orders/ordersState';

type Sort = ParsedInput<'products.list'>['sort'];
interface State {
  page: number;
  pageSize: number;
  search: string;
  category: string;
  sort: Sort;
  dir: 'asc' | 'desc';
}
const DEFAULTS: State = { page: 1, pageSize: 50, search: '', category: '', sort: 'units', dir: 'desc' };

/** How the orders list names a product it is filtered by: its title, else its id and category. */
export function productLabel(p: Pick<ProductRow, 'title' | 'externalId' | 'category'>): string {
  if (p.title) return p.title;
  return p.category ? `${p.externalId} (${p.category})` : p.externalId;
}

const SOLD_LINES_HINT = 'Order lines in orders that became sales, the ones Units sold and Sales count. Lines of cancelled or unavailable orders and stock adjustments are left out (hover a count to see how many).';

/** Lines sold, and (dimmed, on hover) how many more lines were left out. */
function SoldLines({ p }: { p: ProductRow }) {
  if (!p.unsoldLines) return <>{formatCount(p.lines)}</>;
  return (
    <Text span inherit title={`${formatCount(p.unsoldLines)} more in cancelled orders or stock adjustments, not counted`} data-testid="product-unsold-lines">
      {formatCount(p.lines)}
      <Text span size="xs" c="dimmed">
        {' '}
        +{formatCount(p.unsoldLines)}
      </Text>
    </Text>
  );
}


export function ProductsList() {
  const [s, patch, reset] = useListState<State>('products', DEFAULTS);
  const [open, setOpen] = useState<ProductRow | null>(null);
  const [, navigate] = useLocation();
  const categories = useApi('products.categories', {}, { staleTime: 5 * 60_000 });
  const categoryOptions = useMemo(() => {
    const rows = categories.data ?? [];
    const options = rows.map((c) => ({ value: c.category, label: `${c.category} (${formatCount(c.products)})` }));
    // a category chosen earlier (or from a row) stays selectable while the list loads
    if (s.category && !rows.some((c) => c.category === s.category)) options.unshift({ value: s.category, label: s.category });
    return options;
  }, [categories.data, s.category]);
  const { list, table, count } = usePagedList('products.list', s, patch, s.category ? { category: s.category } : {});
  const onSearch = useCallback((v: string) => patch({ search: v }), [patch]);
  const screen = useScreen();
  const columns = useMemo<DataTableColumn<ProductRow>[]>(
    () => [
      {
        accessor: 'title',
        title: 'Product',
        sortable: true,
        render: (p) => (
          <Stack gap={0} maw={screen.wide ? 360 : screen.medium ? 300 : 220}>
            {p.title ? (
              <Text size="sm" truncate title={p.title}>
                {p.title}
              </Text>
            ) : (
              <Text size="sm" c="dimmed" fs="italic">
                No title in the source data
              </Text>
            )}
            <Text size="xs" c="dimmed" ff="monospace" truncate>
              {p.externalId}
            </Text>
          </Stack>
        ),
      },
      {
        accessor: 'category',
        title: 'Category',
        sortable: true,
        render: (p) =>
          p.category ? (
            <Badge
              component="button"
              type="button"
              variant="light"
              color="gray"
              radius="sm"
              maw={screen.medium ? 240 : 160}
              style={{ textTransform: 'none', cursor: 'pointer' }}
              title={`Show only the category ${p.category}`}
              aria-label={`Show only the category ${p.category}`}
              onClick={(e) => {
                e.stopPropagation();
                patch({ category: p.category ?? '' });
              }}
            >
              {p.category}
            </Badge>
          ) : (
            <Text span c="dimmed">
              —
            </Text>
          ),
      },
      {
        accessor: 'lines',
        title: (
          <Tooltip label={SOLD_LINES_HINT} multiline w={280}>
            <span style={{ whiteSpace: 'nowrap' }}>Lines sold</span>
          </Tooltip>
        ),
        sortable: true,
        textAlign: 'right',
        noWrap: true,
        render: (p) => <SoldLines p={p} />,
      },
      { accessor: 'units', title: 'Units sold', sortable: true, textAlign: 'right', noWrap: true, render: (p) => formatCount(p.units) },
      {
        accessor: 'revenue',
        title: <AmountTitle label="Sales (goods)" hint="Goods of lines sold, net of returns." />,
        sortable: true,
        textAlign: 'right',
        noWrap: true,
        render: (p) => (p.currency ? <Money minor={p.revenueMinor} currency={p.currency} size="sm" /> : <Text span c="dimmed">—</Text>),
      },
    ],
    [patch, screen.wide, screen.medium], // eslint-disable-line react-hooks/exhaustive-deps
  );
  const filtered = !!(s.search || s.category);
  return (
    <Stack gap="md">
      <PageHeader title="Products" subtitle={count((n) => `${formatCount(n)} ${n === 1 ? (filtered ? 'product matches' : 'product') : filtered ? 'products match' : 'products'}`)} />
      <Group align="flex-end">
        <SearchInput value={s.search} onChange={onSearch} label="Search" placeholder="Title, category or product id" data-testid="products-search" />
        <Select
          label="Category"
          placeholder={categories.isLoading ? 'Loading categories…' : 'Any category'}
          data={categoryOptions}
          value={s.category || null}
          onChange={(v) => patch({ category: v ?? '' })}
          searchable
          clearable
          nothingFoundMessage="No such category"
          w={300}
          comboboxProps={{ withinPortal: true }}
          data-testid="products-category-filter"
        />
      </Group>
      <NavTable<ProductRow, Sort>
        {...table}
        errorTitle="Cannot list the products"
        memoryKey="products"
        data-testid="products-table"
        columns={columns}
        onOpen={setOpen}
        rowLabel={(p) => `Product ${p.title ?? p.externalId}`}
        rowTestId="product-row"
        emptyState={
          <ListEmptyState
            loading={list.isLoading}
            filtered={filtered}
            noMatch={{ title: 'No product matches', description: 'Change the search or remove the category filter.', onClear: reset }}
            nothingYet={{ title: 'No products yet', description: 'Products come in with imported orders and catalogues.' }}
          />
        }
      />
      <DetailDrawer
        opened={!!open}
        onClose={() => setOpen(null)}
        title="Product"
        heading={open?.title ?? 'No title in the source data'}
        testId="product-drawer"
        externalId={open?.externalId}
        showOrdersTestId="product-show-orders"
        onShowOrders={() => {
          if (!open) return;
          presetOrders({ product: { id: open.id, label: productLabel(open) } });
          navigate('/orders');
        }}
      >
        {open ? (
          <>
            <Fact label="Product id">{open.externalId}</Fact>
            <Fact label="Category">{open.category ?? '—'}</Fact>
            <Fact label="Lines sold">
              <span data-testid="product-drawer-lines">{formatCount(open.lines)}</span>
              {open.unsoldLines ? (
                <Text span size="sm" c="dimmed" display="block" data-testid="product-drawer-unsold">
                  {formatCount(open.unsoldLines)} more in cancelled orders or stock adjustments, not counted
                </Text>
              ) : null}
            </Fact>
            <Fact label="Units sold">{formatCount(open.units)}</Fact>
            <Fact label="Sales (goods)">{open.currency ? <Money minor={open.revenueMinor} currency={open.currency} /> : '—'}</Fact>
            <Fact label="Weight">{open.weightGrams != null ? `${formatCount(open.weightGrams)} g` : '—'}</Fact>
          </>
        ) : null}
      </DetailDrawer>
    </Stack>
  );
}
