// The overview's period: a preset (All time, this or last month or year), one month, or a range of
// days. Months and days are the user's local calendar, as the orders' "placed" dates are.
import { Group, Loader, Select, TextInput } from '@mantine/core';
import { IconCalendar } from '@tabler/icons-react';
import { choosePreset, PERIOD_PRESETS, type PeriodChoice, type PeriodPreset } from './period';

interface Props {
  value: PeriodChoice;
  onChange: (patch: Partial<PeriodChoice>) => void;
  /** the figures of the new period are on their way */
  loading?: boolean;
  problem?: string;
}

export function PeriodControl({ value, onChange, loading, problem }: Props) {
  const badRange = value.preset === 'custom' && !!value.from && !!value.to && value.from > value.to;
  return (
    <Group gap="sm" align="flex-end" wrap="wrap" data-testid="overview-period-control">
      {loading ? <Loader size="xs" mb={10} aria-label="Loading the figures of this period" /> : null}
      <Select
        label="Period"
        data={PERIOD_PRESETS}
        value={value.preset}
        onChange={(v) => v && onChange(choosePreset(value, v as PeriodPreset, new Date()))}
        allowDeselect={false}
        leftSection={<IconCalendar size={16} />}
        w={190}
        comboboxProps={{ withinPortal: true }}
        data-testid="overview-period"
      />
      {value.preset === 'month' ? (
        <TextInput
          type="month"
          label="Month"
          value={value.month}
          onChange={(e) => onChange({ month: e.currentTarget.value })}
          error={problem ? true : undefined}
          w={170}
          data-testid="overview-period-month"
        />
      ) : null}
      {value.preset === 'custom' ? (
        <>
          <TextInput
            type="date"
            label="First day"
            value={value.from}
            onChange={(e) => onChange({ from: e.currentTarget.value })}
            error={badRange}
            w={160}
            data-testid="overview-period-from"
          />
          <TextInput
            type="date"
            label="Last day"
            value={value.to}
            onChange={(e) => onChange({ to: e.currentTarget.value })}
            error={badRange}
            w={160}
            data-testid="overview-period-to"
          />
        </>
      ) : null}
    </Group>
  );
}
