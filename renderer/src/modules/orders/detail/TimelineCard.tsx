import { Text, Timeline } from '@mantine/core';
import { IconCalendarDue, IconCheck, IconCreditCard, IconPackage, IconReceiptRefund, IconShoppingCart, IconStar, IconTruck, IconX, IconArrowBackUp } from '@tabler/icons-react';
import type { OrderDetail } from '../../../../../main/contract/api';
import { DateTime } from '../../../shared/DateTime';
import { SectionCard } from '../../../shared/SectionCard';

const ICONS: Record<string, typeof IconCheck> = {
  placed: IconShoppingCart,
  approved: IconCreditCard,
  handed_to_carrier: IconTruck,
  delivered: IconPackage,
  cancelled: IconX,
  promised: IconCalendarDue,
  returned: IconArrowBackUp,
  refund: IconReceiptRefund,
  review: IconStar,
};
const COLORS: Record<string, string> = { cancelled: 'red', promised: 'gray', returned: 'orange', refund: 'orange', review: 'yellow' };

export function TimelineCard({ o }: { o: OrderDetail }) {
  const now = new Date().toISOString();
  // events up to now are done; a promised date still ahead stays open
  const reached = o.timeline.filter((t) => t.at <= now).length;
  return (
    <SectionCard title="Timeline" testId="order-timeline">
      {o.timeline.length === 0 ? (
        <Text size="sm" c="dimmed">
          No dated events.
        </Text>
      ) : (
        <Timeline active={reached - 1} bulletSize={26} lineWidth={2}>
          {o.timeline.map((t, i) => {
            const Icon = ICONS[t.kind] ?? IconCheck;
            return (
              <Timeline.Item key={i} bullet={<Icon size={14} />} color={COLORS[t.kind]} title={t.label}>
                <Text size="xs" c="dimmed">
                  <DateTime
                    value={t.day ?? t.at}
                    timeZone={o.source.timezone}
                    mode={t.kind === 'review' ? 'day-or-datetime' : 'datetime'}
                    inherit
                  />
                </Text>
              </Timeline.Item>
            );
          })}
        </Timeline>
      )}
    </SectionCard>
  );
}
