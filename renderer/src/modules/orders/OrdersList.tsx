import { Badge, Button, CloseButton, Group, MultiSelect, Select, Stack, Text, TextInput } from '@mantine/core';
import { IconFilterOff } from '@tabler/icons-react';
import { useCallback } from 'react';
import { useLocation } from 'wouter';
import type { OrderRow } from '../../../../main/contract/api';
import { useApi } from '../../api/hooks';
import { ListEmptyState } from '../../shared/ListEmptyState';
import { formatCount, plural, humanize } from '../../shared/format';
import { NavTable } from '../../shared/NavTable';
import { PageHeader } from '../../shared/PageHeader';
import { SearchInput } from '../../shared/SearchInput';
import { usePagedList } from '../../shared/usePagedList';
import { useOrderColumns } from './orderColumns';
import { useOrdersState, type OrderSort } from './ordersState';

/** A filter set from another screen (a product, a seller): shown by name, removed with its ×. */
function FilterChip({ label, value, onRemove, testId }: { label: string; value: string; onRemove: () => void; testId: string }) {
  return (
    <Badge
      size="lg"
      variant="light"
      tt="none"
      maw="100%"
      rightSection={<CloseButton size="xs" aria-label={`Remove the ${label.toLowerCase()} filter`} onClick={onRemove} />}
      data-testid={testId}
      title={`${label}: ${value}`}
      mb={5}
    >
      <Text span inherit truncate maw={520} display="inline-block" style={{ verticalAlign: 'bottom' }}>
        {label}: {value}
      </Text>
    </Badge>
  );
}

export function OrdersList() {
  const [s, patch, reset] = useOrdersState();
  const [, navigate] = useLocation();
  const statuses = useApi('orders.statuses', {});
  const sources = useApi('sources.list', {});
  const { list, data, table, count } = usePagedList('orders.list', s, patch, {
    ...(s.status.length ? { status: s.status } : {}),
    ...(s.sourceId ? { sourceId: Number(s.sourceId) } : {}),
    ...(s.product ? { productId: s.product.id } : {}),
    ...(s.seller ? { sellerId: s.seller.id } : {}),
    ...(s.placedFrom ? { placedFrom: s.placedFrom } : {}),
    ...(s.placedTo ? { placedTo: s.placedTo } : {}),
  });
  const filtered =
    s.search !== '' || s.status.length > 0 || s.sourceId !== null || s.product !== null || s.seller !== null || s.placedFrom !== '' || s.placedTo !== '';
  const columns = useOrderColumns({ showCustomer: true, sortable: true }, data?.rows);
  const onSearch = useCallback((v: string) => patch({ search: v }), [patch]);
  const badRange = s.placedFrom && s.placedTo && s.placedFrom > s.placedTo;

  return (
    <Stack gap="md">
      <PageHeader
        title="Orders"
        subtitle={<span data-testid="orders-count">{count((n) => (filtered ? (n === 1 ? '1 order matches' : `${formatCount(n)} orders match`) : plural(n, 'order')))}</span>}
      />
      <Group gap="sm" align="flex-end" wrap="wrap">
        <SearchInput
          value={s.search}
          onChange={onSearch}
          label="Search"
          placeholder="Order id, customer, place, SKU or product"
          data-testid="orders-search"
        />
        <MultiSelect
          label="Status"
          placeholder={s.status.length ? undefined : 'Any status'}
          data={(statuses.data ?? []).map((x) => ({ value: x.status, label: `${humanize(x.status)} (${formatCount(x.orders)})` }))}
          value={s.status}
          onChange={(v) => patch({ status: v })}
          clearable
          w={260}
          data-testid="orders-status-filter"
        />
        <Select
          label="Source"
          placeholder="Any source"
          data={(sources.data ?? []).map((x) => ({ value: String(x.id), label: `${x.name} (${formatCount(x.orders)})` }))}
          value={s.sourceId}
          onChange={(v) => patch({ sourceId: v })}
          clearable
          w={220}
        />
        <TextInput
          type="date"
          label="Placed from"
          value={s.placedFrom}
          onChange={(e) => patch({ placedFrom: e.currentTarget.value })}
          w={160}
          error={badRange ? 'after “to”' : undefined}
        />
        <TextInput type="date" label="Placed to" value={s.placedTo} onChange={(e) => patch({ placedTo: e.currentTarget.value })} w={160} />
        {s.product ? (
          <FilterChip label="Product" value={s.product.label} onRemove={() => patch({ product: null })} testId="orders-product-filter" />
        ) : null}
        {s.seller ? <FilterChip label="Seller" value={s.seller.label} onRemove={() => patch({ seller: null })} testId="orders-seller-filter" /> : null}
        {filtered ? (
          <Button variant="subtle" leftSection={<IconFilterOff size={16} />} onClick={() => reset()}>
            Clear filters
          </Button>
        ) : null}
      </Group>
      <NavTable<OrderRow, OrderSort>
        {...table}
        errorTitle="Cannot list the orders"
        memoryKey="orders"
        data-testid="orders-table"
        columns={columns}
        onOpen={(o) => navigate(`/orders/${o.id}`)}
        rowLabel={(o) => `Order ${o.externalId}, ${o.status}`}
        rowTestId="order-row"
        emptyState={
          <ListEmptyState
            loading={list.isLoading}
            filtered={filtered}
            noMatch={{ title: 'No order matches these filters', description: 'Change the search or the filters, or clear them.', onClear: reset }}
            nothingYet={{ title: 'No orders in this workspace yet', description: 'Import an Olist folder, an Online Retail CSV or Shopify exports to see orders here.' }}
          />
        }
      />
      <Text size="xs" c="dimmed">
        Keyboard: Tab into the table, ↑ ↓ to move, Enter to open, PageUp / PageDown for pages, / to search.
      </Text>
    </Stack>
  );
}

