// The orders table's columns (the orders list, a customer's orders). Times are in each shop's own
// zone; on a narrower screen the least important columns (lines, paid) go, the order id is cut
// shorter (in full on hover), and whatever still does not fit scrolls under a pinned first column.
import { Stack, Text, Tooltip } from '@mantine/core';
import { IconWorld } from '@tabler/icons-react';
import type { DataTableColumn } from 'mantine-datatable';
import { useMemo } from 'react';
import type { OrderRow } from '../../../../main/contract/api';
import { AmountTitle } from '../../shared/AmountTitle';
import { formatCount } from '../../shared/format';
import { Money } from '../../shared/Money';
import { NO_PAYMENTS_TEXT, PAYMENT_DIFFERENCE_HINT, PaymentDifference } from '../../shared/PaymentDifference';
import { StateBadge } from '../../shared/StateBadge';
import { useScreen, type Screen } from '../../shared/useScreen';
import { formatInstant, instantTitle, zoneName } from '../../shared/zone';

/** "Olist marketplace: São Paulo time; Online Retail: London time", for the rows on screen. */
export function zonesOfRows(rows: Pick<OrderRow, 'source' | 'timezone'>[]): string[] {
  const seen = new Map<string, string>();
  for (const r of rows) if (!seen.has(r.source)) seen.set(r.source, zoneName(r.timezone));
  return [...seen].map(([source, zone]) => `${source}: ${zone}`);
}

/** Date over time, in the shop's zone: two short lines instead of one long one. */
function Placed({ o }: { o: OrderRow }) {
  if (!o.placedAt) {
    return (
      <Text span c="dimmed" size="sm">
        —
      </Text>
    );
  }
  return (
    <time dateTime={o.placedAt} title={instantTitle(o.placedAt, o.timezone)} data-testid="order-placed">
      <Text span display="block" size="sm" style={{ whiteSpace: 'nowrap' }}>
        {formatInstant(o.placedAt, { timeZone: o.timezone, mode: 'date' })}
      </Text>
      <Text span display="block" size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
        {formatInstant(o.placedAt, { timeZone: o.timezone, mode: 'time' })}
      </Text>
    </time>
  );
}

interface Options {
  showCustomer: boolean;
  sortable: boolean;
}

export function orderColumns(opts: Options, screen: Screen, zones: string[]): DataTableColumn<OrderRow>[] {
  const idWidth = screen.wide ? 250 : screen.medium ? 170 : 130;
  const cols: DataTableColumn<OrderRow>[] = [
    {
      accessor: 'external_id',
      title: 'Order',
      sortable: opts.sortable,
      noWrap: true,
      render: (o) => (
        <Text size="xs" ff="monospace" truncate maw={idWidth} title={o.externalId}>
          {o.externalId}
        </Text>
      ),
    },
    {
      accessor: 'placed_at',
      title: (
        <Tooltip
          label={
            <>
              In each shop&apos;s own time zone, the one whose days the filters count
              {zones.length ? ':' : '.'}
              {zones.map((z) => (
                <div key={z}>{z}</div>
              ))}
            </>
          }
          multiline
          w={300}
        >
          <span data-testid="orders-placed-header" style={{ whiteSpace: 'nowrap' }}>
            Placed <IconWorld size={12} style={{ verticalAlign: 'middle', opacity: 0.6 }} aria-label="in the shop's time zone" />
          </span>
        </Tooltip>
      ),
      sortable: opts.sortable,
      noWrap: true,
      render: (o) => <Placed o={o} />,
    },
  ];
  if (opts.showCustomer) {
    cols.push({
      accessor: 'customer',
      title: 'Customer',
      sortable: opts.sortable,
      render: (o) => (
        <Stack gap={0} maw={screen.medium ? 190 : 150}>
          <Text size="sm" truncate title={o.customerName ?? undefined}>
            {o.customerName ?? '—'}
          </Text>
          {o.customerLocation ? (
            <Text size="xs" c="dimmed" truncate title={o.customerLocation}>
              {o.customerLocation}
            </Text>
          ) : null}
        </Stack>
      ),
    });
  }
  cols.push(
    { accessor: 'status', title: 'Status', sortable: opts.sortable, noWrap: true, render: (o) => <StateBadge state={o.status} /> },
    {
      accessor: 'lines',
      title: 'Lines',
      sortable: opts.sortable,
      textAlign: 'right',
      noWrap: true,
      hidden: !screen.medium,
      render: (o) => formatCount(o.lines),
    },
    { accessor: 'total', title: opts.sortable ? <AmountTitle label="Total" /> : 'Total', sortable: opts.sortable, textAlign: 'right', noWrap: true, render: (o) => <Money minor={o.totalMinor} currency={o.currency} size="sm" /> },
    {
      accessor: 'paid',
      title: 'Paid',
      textAlign: 'right',
      noWrap: true,
      hidden: !screen.medium,
      render: (o) =>
        o.paymentDifferenceMinor === null ? (
          <Text span c="dimmed" size="sm" title={NO_PAYMENTS_TEXT}>
            —
          </Text>
        ) : (
          <Money minor={o.paidMinor} currency={o.currency} size="sm" />
        ),
    },
    {
      accessor: 'difference',
      title: (
        <Tooltip label={PAYMENT_DIFFERENCE_HINT} multiline w={260}>
          <span style={{ whiteSpace: 'nowrap' }}>Paid − total</span>
        </Tooltip>
      ),
      textAlign: 'right',
      noWrap: true,
      hidden: !screen.compact,
      render: (o) => <PaymentDifference minor={o.paymentDifferenceMinor} currency={o.currency} />,
    },
  );
  return cols;
}

export function useOrderColumns(opts: Options, rows: OrderRow[] | undefined): DataTableColumn<OrderRow>[] {
  const screen = useScreen();
  const zones = useMemo(() => zonesOfRows(rows ?? []), [rows]);
  const key = zones.join('|');
  const { showCustomer, sortable } = opts;
  // eslint-disable-next-line react-hooks/exhaustive-deps
  return useMemo(() => orderColumns({ showCustomer, sortable }, screen, zones), [showCustomer, sortable, screen.wide, screen.medium, screen.compact, key]);
}
