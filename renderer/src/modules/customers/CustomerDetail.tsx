import { Button, SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core';
import { Link, useLocation } from 'wouter';
import type { OrderRow } from '../../../../main/contract/api';
import { useApi } from '../../api/hooks';
import { DateTime } from '../../shared/DateTime';
import { EmptyState } from '../../shared/EmptyState';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { formatCount } from '../../shared/format';
import { useListState } from '../../shared/listState';
import { Money } from '../../shared/Money';
import { NavTable } from '../../shared/NavTable';
import { BackLink } from '../../shared/BackLink';
import { SectionCard } from '../../shared/SectionCard';
import { Fact } from '../../shared/DetailDrawer';
import { zoneLabel } from '../../shared/zone';
import { useOrderColumns } from '../orders/orderColumns';
import { usePagedList } from '../../shared/usePagedList';
import type { OrderSort } from '../orders/ordersState';

function Back() {
  return <BackLink fallback="/customers" fallbackLabel="Customers" testId="back-to-customers" />;
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
        {/* four across only where a date and time fit in a quarter; the zone on a line of its own */}
        <SimpleGrid cols={{ base: 1, xs: 2, lg: 4 }} spacing="lg" verticalSpacing="sm">
          <Fact strong label="Orders">{formatCount(c.orders)}</Fact>
          <Fact strong label="Spent">{c.currency ? <Money minor={c.spentMinor} currency={c.currency} /> : '—'}</Fact>
          <Fact strong label="First order" testId="customer-first-order">
            <DateTime value={c.firstOrderAt} timeZone={c.timezone} />
          </Fact>
          <Fact strong label="Last order" testId="customer-last-order">
            <DateTime value={c.lastOrderAt} timeZone={c.timezone} />
          </Fact>
        </SimpleGrid>
        {c.firstOrderAt ? (
          <Text size="xs" c="dimmed" mt="xs" data-testid="zone-label">
            Times in the shop&apos;s zone: {zoneLabel(c.timezone, c.lastOrderAt)}
          </Text>
        ) : null}
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
  const { data, table } = usePagedList('orders.list', st, patch, { customerId });
  const columns = useOrderColumns({ showCustomer: false, sortable: true }, data?.rows);
  return (
    <SectionCard title={`Orders (${formatCount(total)})`}>
      <NavTable<OrderRow, OrderSort>
        {...table}
        errorTitle="Cannot list the customer's orders"
        memoryKey={`customer-orders:${customerId}`}
        data-testid="customer-orders"
        columns={columns}
        onOpen={(o) => navigate(`/orders/${o.id}`)}
        rowLabel={(o) => `Order ${o.externalId}, ${o.status}`}
        rowTestId="order-row"
        emptyState={<EmptyState title="No orders" description="This customer has no orders in this workspace." />}
      />
    </SectionCard>
  );
}
