import { Alert, Anchor, Button, Card, Grid, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { IconCalendarOff } from '@tabler/icons-react';
import { keepPreviousData } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'wouter';
import type { Input } from '../../../../main/contract/api';
import { useApi } from '../../api/hooks';
import { EmptyState } from '../../shared/EmptyState';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { formatCount } from '../../shared/format';
import { PageHeader } from '../../shared/PageHeader';
import { JobProgressPanel } from '../imports/JobProgressPanel';
import { useJob } from '../imports/useJob';
import { CurrencyKpis } from './CurrencyKpis';
import { DeliveryCard } from './DeliveryCard';
import { HomeSkeleton } from './HomeSkeleton';
import { MonthlyChart, monthLabel } from './MonthlyChart';
import { PeriodControl } from './PeriodControl';
import { resolvePeriod, useOverviewPeriod } from './period';
import { ReviewCard } from './ReviewCard';
import { StatusCard } from './StatusCard';

function RunningJobBanner({ jobId }: { jobId: number }) {
  const job = useJob(jobId);
  if (job.finished) return null;
  return (
    <Alert color="blue" variant="light" title={job.info?.title ?? 'A job is running'}>
      <JobProgressPanel progress={job.progress} />
      <Text size="xs" c="dimmed" mt="xs">
        The figures below refresh when it lands.{' '}
        <Anchor component={Link} href="/import" size="xs">
          Open the Import screen
        </Anchor>
      </Text>
    </Alert>
  );
}

/** No order in the period: say so, and where the workspace's orders are. */
function EmptyPeriod({ placed, onAllTime, onMonth }: { placed: string; onAllTime: () => void; onMonth: (month: string) => void }) {
  const all = useApi('dashboard.overview', {});
  const months = (all.data?.currencies ?? []).flatMap((c) => c.monthly.filter((m) => m.orders > 0).map((m) => m.month)).sort();
  const first = months[0];
  const last = months[months.length - 1];
  return (
    <Card data-testid="overview-empty-period">
      <EmptyState
        title={`No orders were ${placed}`}
        icon={<IconCalendarOff size={28} stroke={1.5} />}
        description={first && last ? `The orders of this workspace were placed from ${monthLabel(first)} to ${monthLabel(last)}.` : 'Choose another period.'}
      >
        {last ? (
          <Button variant="light" onClick={() => onMonth(last)}>
            Show {monthLabel(last)}
          </Button>
        ) : null}
        <Button variant="default" onClick={onAllTime}>
          Show all time
        </Button>
      </EmptyState>
    </Card>
  );
}

export function Overview({ runningJobId }: { runningJobId: number | null }) {
  const [choice, setChoice, resetChoice] = useOverviewPeriod();
  const period = resolvePeriod(choice, new Date());
  const input: Input<'dashboard.overview'> = {
    ...(period.placedFrom ? { placedFrom: period.placedFrom } : {}),
    ...(period.placedTo ? { placedTo: period.placedTo } : {}),
  };
  // the previous period stays on screen (dimmed) while the next one is computed
  const overview = useApi('dashboard.overview', input, { placeholderData: keepPreviousData, enabled: !period.problem });
  const info = useApi('app.info', {});
  const [chartCurrency, setChartCurrency] = useState<string | null>(null);
  if (overview.error) return <ErrorAlert error={overview.error} title="Cannot compute the overview" />;
  if (!overview.data && !period.problem) return <HomeSkeleton />;
  const o = overview.data;
  const bounded = !!(period.placedFrom || period.placedTo);
  const inPeriod = o ? o.statusCounts.reduce((n, r) => n + r.orders, 0) : 0;
  const currencies = o?.currencies ?? [];
  const chartC = currencies.find((c) => c.currency === chartCurrency) ?? currencies[0];
  const stale = overview.isPlaceholderData;
  const workspace = info.data ? `${info.data.workspace.name} workspace · ` : '';
  return (
    <Stack gap="lg" data-testid="overview" data-period-from={period.placedFrom ?? ''} data-period-to={period.placedTo ?? ''}>
      <PageHeader
        title="Overview"
        subtitle={
          <span data-testid="overview-subtitle">
            {workspace}
            <b data-testid="overview-period-label">{period.label}</b>
            {' · '}
            {!o || period.problem ? (
              'choose the period'
            ) : bounded ? (
              <>
                {formatCount(inPeriod)} {inPeriod === 1 ? 'order' : 'orders'} placed, of {formatCount(o.totals.orders)} in the workspace
              </>
            ) : (
              <>
                {formatCount(o.totals.orders)} orders, {formatCount(o.totals.customers)} customers, {formatCount(o.totals.products)} products,{' '}
                {formatCount(o.totals.sellers)} sellers
              </>
            )}
          </span>
        }
        right={<PeriodControl value={choice} onChange={setChoice} loading={stale} problem={period.problem} />}
      />
      {runningJobId != null ? <RunningJobBanner jobId={runningJobId} /> : null}
      {period.problem ? (
        <Alert color="yellow" variant="light" title="Choose the period" data-testid="overview-period-problem">
          {period.problem}
        </Alert>
      ) : !o ? null : bounded && inPeriod === 0 ? (
        <EmptyPeriod placed={period.placed} onAllTime={resetChoice} onMonth={(month) => setChoice({ preset: 'month', month })} />
      ) : (
        <Stack gap="lg" style={{ opacity: stale ? 0.55 : 1, transition: 'opacity 120ms' }} aria-busy={stale}>
          {currencies.map((c) => (
            <Stack gap="xs" key={c.currency}>
              {currencies.length > 1 ? (
                <Title order={3} size="h5">
                  Sales in {c.currency}
                </Title>
              ) : null}
              <CurrencyKpis c={c} />
            </Stack>
          ))}
          <Grid gap="md" align="stretch">
            <Grid.Col span={{ base: 12, md: 6 }}>
              <DeliveryCard delivery={o.delivery} />
            </Grid.Col>
            <Grid.Col span={{ base: 12, md: 6 }}>
              <ReviewCard reviews={o.reviews} />
            </Grid.Col>
            <Grid.Col span={{ base: 12, lg: 8 }}>
              {chartC ? (
                <Stack gap="xs">
                  {currencies.length > 1 ? (
                    <SegmentedControl
                      w="fit-content"
                      value={chartC.currency}
                      onChange={setChartCurrency}
                      data={currencies.map((c) => c.currency)}
                      aria-label="Currency of the chart"
                    />
                  ) : null}
                  <MonthlyChart c={chartC} />
                </Stack>
              ) : null}
            </Grid.Col>
            <Grid.Col span={{ base: 12, lg: 4 }}>
              <StatusCard statusCounts={o.statusCounts} period={period} />
            </Grid.Col>
          </Grid>
        </Stack>
      )}
    </Stack>
  );
}
