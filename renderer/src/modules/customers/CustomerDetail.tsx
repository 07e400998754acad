import { Button, SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core';
import { Link, useLocation } from 'wouter';
import type { OrderRow } from '../../../../main/contract/api';
import { useApi, usePaged } from '../../api/hooks';
import { DateTime } from '../../shared/DateTime';
import { EmptyState } from '../../shared/EmptyState';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { formatCount } from '../../shared/format';
import { useListState } from '../../shared/listState';
import { Money } from '../../shared/Money';
import { NavTable } from '../../shared/NavTable';
import { BackLink } from '../../shared/BackLink';
import { SectionCard } from '../../shared/SectionCard';
import { useOrderColumns } from '../orders/orderColumns';
import type { OrderSort } from '../orders/ordersState';

function Back() {
  return <BackLink fallback="/customers" fallbackLabel="Customers" testId="back-to-customers" />;
}

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text fw={600}>{children}</Text>
    </Stack>
  );
}

export function CustomerDetailScreen({ id }: { id: number }) {
  const valid = Number.isInteger(id) && id > 0;
  const q = useApi('customers.get', { id: valid ? id : 1 }, { enabled: valid });
  if (!valid || q.error?.code === 'not_found') {
    return (
      <Stack>
        <Back />
        <EmptyState title="There is no such customer" description="It may belong to another workspace.">
          <Button component={Link} href="/customers">
            Back to the customers
          </Button>
        </EmptyState>
      </Stack>
    );
  }
  if (q.error) return <ErrorAlert error={q.error} title="Cannot open the customer" />;
  if (!q.data) {
    return (
      <Stack data-testid="loading">
        <Back />
        <Skeleton h={40} w={360} />
        <Skeleton h={120} />
        <Skeleton h={300} />
      </Stack>
    );
  }
  const c = q.data;
  return (
    <Stack gap="md" data-testid="customer-detail">
      <Back />
      <Stack gap={2}>
        <Title order={2} style={{ overflowWrap: 'break-word' }}>
          {c.name ?? c.externalId}
        </Title>
        <Text size="sm" c="dimmed">
          {[c.email, c.location, c.source].filter(Boolean).join(' · ')}
        </Text>
      </Stack>
      <SectionCard title="Summary">
        <SimpleGrid cols={{ base: 2, md: 4 }}>
          <Fact label="Orders">{formatCount(c.orders)}</Fact>
          <Fact label="Spent">{c.currency ? <Money minor={c.spentMinor} currency={c.currency} /> : '—'}</Fact>
          <Fact label="First order">
            <DateTime value={c.firstOrderAt} timeZone={c.timezone} />
          </Fact>
          <Fact label="Last order">
            <DateTime value={c.lastOrderAt} timeZone={c.timezone} withZone />
          </Fact>
        </SimpleGrid>
      </SectionCard>
      <CustomerOrders customerId={c.id} total={c.orders} />
    </Stack>
  );
}

/** The customer's orders, paged and sorted by the server like the orders list. */
function CustomerOrders({ customerId, total }: { customerId: number; total: number }) {
  const [, navigate] = useLocation();
  // kept per customer, so coming back from an order finds the same page and sort
  const [st, patch] = useListState<{ page: number; pageSize: number; sort: OrderSort; dir: 'asc' | 'desc' }>(`customer-orders:${customerId}`, {
    page: 1,
    pageSize: 25,
    sort: 'placed_at',
    dir: 'desc',
  });
  const list = usePaged('orders.list', { customerId, page: st.page, pageSize: st.pageSize, sort: st.sort, dir: st.dir });
  const columns = useOrderColumns({ showCustomer: false, sortable: true }, list.data?.rows);
  return (
    <SectionCard title={`Orders (${formatCount(total)})`}>
      {list.error ? <ErrorAlert error={list.error} title="Cannot list the customer's orders" /> : null}
      <NavTable<OrderRow, OrderSort>
        memoryKey={`customer-orders:${customerId}`}
        data-testid="customer-orders"
        records={list.data?.rows}
        columns={columns}
        total={list.data?.total ?? 0}
        page={st.page}
        pageSize={st.pageSize}
        onPageChange={(page) => patch({ page })}
        onPageSizeChange={(pageSize) => patch({ pageSize })}
        sort={{ sort: st.sort, dir: st.dir }}
        onSortChange={(x) => patch({ sort: x.sort, dir: x.dir })}
        fetching={list.isLoading || list.isPlaceholderData}
        onOpen={(o) => navigate(`/orders/${o.id}`)}
        rowLabel={(o) => `Order ${o.externalId}, ${o.status}`}
        rowTestId="order-row"
        emptyState={<EmptyState title="No orders" description="This customer has no orders in this workspace." />}
      />
    </SectionCard>
  );
}
