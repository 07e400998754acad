import { Alert, Anchor, Grid, Group, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'wouter';
import { useApi } from '../../api/hooks';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { formatCount } from '../../shared/format';
import { JobProgressPanel } from '../imports/JobProgressPanel';
import { useJob } from '../imports/useJob';
import { CurrencyKpis } from './CurrencyKpis';
import { DeliveryCard } from './DeliveryCard';
import { HomeSkeleton } from './HomeSkeleton';
import { MonthlyChart } from './MonthlyChart';
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

export function Overview({ runningJobId }: { runningJobId: number | null }) {
  const overview = useApi('dashboard.overview', {});
  const info = useApi('app.info', {});
  const [chartCurrency, setChartCurrency] = useState<string | null>(null);
  if (overview.error) return <ErrorAlert error={overview.error} title="Cannot compute the overview" />;
  if (!overview.data) return <HomeSkeleton />;
  const o = overview.data;
  const currencies = o.currencies;
  const chartC = currencies.find((c) => c.currency === chartCurrency) ?? currencies[0];
  return (
    <Stack gap="lg" data-testid="overview">
      <Group justify="space-between" align="flex-end">
        <Stack gap={2}>
          <Title order={2}>Overview</Title>
          <Text c="dimmed" size="sm">
            {info.data ? `${info.data.workspace.name} workspace · ` : ''}
            {formatCount(o.totals.orders)} orders, {formatCount(o.totals.customers)} customers, {formatCount(o.totals.products)} products,{' '}
            {formatCount(o.totals.sellers)} sellers
          </Text>
        </Stack>
      </Group>
      {runningJobId != null ? <RunningJobBanner jobId={runningJobId} /> : null}
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
          <StatusCard statusCounts={o.statusCounts} />
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
