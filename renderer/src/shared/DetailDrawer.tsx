// The drawer a list opens over itself for one row (a product, a seller): its name, its figures as
// labelled facts, and a way to its orders. Browser Back closes it and stays on the list.
import { Button, Drawer, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconReceipt } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useBackCloses } from './useBackCloses';

interface Props {
  opened: boolean;
  onClose: () => void;
  /** the drawer's title: what kind of thing it shows */
  title: string;
  heading: ReactNode;
  testId: string;
  externalId?: string;
  onShowOrders: () => void;
  showOrdersTestId: string;
  /** the facts, each a <Fact> */
  children: ReactNode;
}

export function DetailDrawer({ opened, onClose, title, heading, testId, externalId, onShowOrders, showOrdersTestId, children }: Props) {
  useBackCloses(opened, onClose);
  return (
    <Drawer opened={opened} onClose={onClose} position="right" size="md" title={title}>
      {opened ? (
        <Stack data-testid={testId} data-external-id={externalId}>
          <Text fw={600} style={{ overflowWrap: 'break-word' }}>
            {heading}
          </Text>
          <SimpleGrid cols={2}>{children}</SimpleGrid>
          <Group>
            <Button variant="light" leftSection={<IconReceipt size={16} />} onClick={onShowOrders} data-testid={showOrdersTestId}>
              Show orders
            </Button>
          </Group>
        </Stack>
      ) : null}
    </Drawer>
  );
}

/** A labelled figure: the label small and above, the value as it is (long ids wrap). */
export function Fact({ label, children, strong, testId }: { label: string; children: ReactNode; strong?: boolean; testId?: string }) {
  return (
    <Stack gap={0} miw={0} data-testid={testId}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text fw={strong ? 600 : undefined} style={{ overflowWrap: 'break-word' }}>
        {children}
      </Text>
    </Stack>
  );
}
