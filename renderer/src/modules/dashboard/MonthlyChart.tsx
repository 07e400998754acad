// Revenue (bars) and orders (line) by month. Amounts become major units for plotting only; the
// tooltip shows the exact figure from minor units.
import { CompositeChart } from '@mantine/charts';
import { Box, Card, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { CurrencyOverview } from '../../../../main/contract/api';
import { minorToDecimal } from '../../../../main/contract/money';
import { formatCount } from '../../shared/format';
import { moneyText } from '../../shared/Money';

const monthFmt = new Intl.DateTimeFormat(undefined, { month: 'short', year: 'numeric', timeZone: 'UTC' });
const compact = new Intl.NumberFormat(undefined, { notation: 'compact', maximumFractionDigits: 1 });

export function monthLabel(month: string): string {
  const d = new Date(`${month}-01T00:00:00Z`);
  return Number.isNaN(d.getTime()) ? month : monthFmt.format(d);
}

interface Point {
  month: string;
  label: string;
  revenue: number;
  revenueMinor: number;
  orders: number;
}

function ChartTooltip({ payload, currency }: { payload?: { payload: Point }[]; currency: string }) {
  const p = payload?.[0]?.payload;
  if (!p) return null;
  return (
    <Paper withBorder shadow="md" p="sm" radius="md">
      <Text fw={600} size="sm" mb={4}>
        {p.label}
      </Text>
      <Text size="sm">Revenue: {moneyText(p.revenueMinor, currency)}</Text>
      <Text size="sm">Orders: {formatCount(p.orders)}</Text>
    </Paper>
  );
}

/** Every month between the first and the last, so gaps show as zero instead of vanishing. */
function continuous(monthly: CurrencyOverview['monthly']): CurrencyOverview['monthly'] {
  if (monthly.length < 2) return monthly;
  const byMonth = new Map(monthly.map((m) => [m.month, m]));
  const out: CurrencyOverview['monthly'] = [];
  let [y, mo] = monthly[0].month.split('-').map(Number);
  const last = monthly[monthly.length - 1].month;
  for (let guard = 0; guard < 1200; guard++) {
    const key = `${y}-${String(mo).padStart(2, '0')}`;
    out.push(byMonth.get(key) ?? { month: key, orders: 0, revenueMinor: 0 });
    if (key >= last) break;
    mo += 1;
    if (mo > 12) {
      mo = 1;
      y += 1;
    }
  }
  return out;
}

/**
 * What the chart shows, in words, for a screen reader (the drawing itself is not in the tab order):
 * "Revenue (BRL) and orders by month, Sep 2016 to Oct 2018. Highest revenue Nov 2017: R$… from 1,234 orders."
 */
export function chartSummary(points: Pick<Point, 'label' | 'revenueMinor' | 'orders'>[], currency: string): string {
  const head = `Revenue (${currency}) and orders by month`;
  if (!points.length) return `${head}: no dated orders.`;
  const span = points.length === 1 ? points[0].label : `${points[0].label} to ${points[points.length - 1].label}`;
  const top = points.reduce((a, b) => (b.revenueMinor > a.revenueMinor ? b : a));
  const total = points.reduce((n, p) => n + p.orders, 0);
  return `${head}, ${span}: ${formatCount(total)} orders. Highest revenue ${top.label}: ${moneyText(top.revenueMinor, currency)} from ${formatCount(top.orders)} ${top.orders === 1 ? 'order' : 'orders'}.`;
}

export function MonthlyChart({ c }: { c: CurrencyOverview }) {
  const data: Point[] = continuous(c.monthly).map((m) => ({
    month: m.month,
    label: monthLabel(m.month),
    // plotting only: the bar height needs a number
    revenue: Number(minorToDecimal(m.revenueMinor, c.currency)),
    revenueMinor: m.revenueMinor,
    orders: m.orders,
  }));
  return (
    <Card h="100%" data-testid={`monthly-chart-${c.currency}`}>
      <Group justify="space-between" mb="md">
        <Stack gap={0}>
          <Title order={3} size="h5">
            Revenue and orders by month ({c.currency})
          </Title>
          <Text size="xs" c="dimmed">
            Month the order was placed, in the shop&apos;s own time zone; revenue counts orders that became sales
          </Text>
        </Stack>
      </Group>
      {data.length ? (
        <Box role="img" aria-label={chartSummary(data, c.currency)} data-testid="monthly-chart-figure">
          <CompositeChart
            composedChartProps={{ accessibilityLayer: false }}
            h={300}
            data={data}
            dataKey="label"
            withLegend
            withRightYAxis
            yAxisLabel={`Revenue (${c.currency})`}
            rightYAxisLabel="Orders"
            valueFormatter={(v) => compact.format(v)}
            series={[
              { name: 'revenue', label: `Revenue (${c.currency})`, color: 'indigo.5', type: 'bar' },
              { name: 'orders', label: 'Orders', color: 'orange.6', type: 'line', yAxisId: 'right' },
            ]}
            withDots={false}
            curveType="linear"
            maxBarWidth={28}
            tooltipProps={{ content: ({ payload }) => <ChartTooltip payload={payload as never} currency={c.currency} /> }}
          />
        </Box>
      ) : (
        <Text c="dimmed" size="sm">
          No dated orders to chart.
        </Text>
      )}
    </Card>
  );
}
