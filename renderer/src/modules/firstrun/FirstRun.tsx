// An empty workspace: import files, open the bundled sample, or (later) connect a shop.
import { Anchor, Badge, Button, Card, Group, List, SimpleGrid, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconBuildingStore, IconDatabase, IconFileImport } from '@tabler/icons-react';
import { Link } from 'wouter';
import { useOpenWorkspace } from '../workspace/useOpenWorkspace';
import classes from './FirstRun.module.css';

export const SAMPLE_LICENCE = 'Olist data, CC BY-NC-SA 4.0, for evaluation';

export function FirstRun({ workspaceName }: { workspaceName: string }) {
  const open = useOpenWorkspace();
  return (
    <Stack gap="lg" data-testid="first-run">
      <Stack gap={4}>
        <Title order={2}>Welcome to Counting House</Title>
        <Text c="dimmed">
          The <b>{workspaceName}</b> workspace has no orders yet. Everything stays on this computer; choose how to begin.
        </Text>
      </Stack>
      <SimpleGrid cols={{ base: 1, md: 3 }} spacing="lg">
        <Card className={classes.card}>
          <Stack gap="sm" h="100%">
            <ThemeIcon size={44} radius="md" variant="light">
              <IconFileImport size={26} />
            </ThemeIcon>
            <Title order={3} size="h4">
              Import your files
            </Title>
            <Text size="sm" c="dimmed">
              Drop exports on the Import screen:
            </Text>
            <List size="sm" spacing={2}>
              <List.Item>an Olist folder (8 CSV files)</List.Item>
              <List.Item>UCI Online Retail transactions (CSV)</List.Item>
              <List.Item>Shopify order exports (JSON)</List.Item>
            </List>
            <Text size="sm" c="dimmed">
              Files are checked completely before anything is written.
            </Text>
            <Button component={Link} href="/import" mt="auto" data-testid="first-run-import">
              Import files
            </Button>
          </Stack>
        </Card>
        <Card className={classes.card}>
          <Stack gap="sm" h="100%">
            <ThemeIcon size={44} radius="md" variant="light" color="teal">
              <IconDatabase size={26} />
            </ThemeIcon>
            <Title order={3} size="h4">
              Explore the sample workspace
            </Title>
            <Text size="sm" c="dimmed">
              A slice of the Olist marketplace (Brazil, 2016–2018): real orders, lines, payments, reviews and sellers, in a separate
              workspace. Your main workspace stays untouched; switch back from the header at any time.
            </Text>
            <Text size="xs" c="dimmed" data-testid="sample-licence">
              {SAMPLE_LICENCE}.{' '}
              <Anchor href="https://creativecommons.org/licenses/by-nc-sa/4.0/" target="_blank" rel="noreferrer" size="xs">
                Licence text
              </Anchor>
            </Text>
            <Button
              color="teal"
              mt="auto"
              loading={open.isPending}
              onClick={() => open.mutate('sample')}
              data-testid="first-run-sample"
            >
              Open the sample workspace
            </Button>
          </Stack>
        </Card>
        <Card className={`${classes.card} ${classes.soon}`} aria-label="Connect a shop: coming soon" data-testid="first-run-connect">
          <Stack gap="sm" h="100%">
            <Group justify="space-between" align="flex-start">
              <ThemeIcon size={44} radius="md" variant="light" color="gray">
                <IconBuildingStore size={26} />
              </ThemeIcon>
              <Badge color="gray" variant="outline">
                Coming soon
              </Badge>
            </Group>
            <Title order={3} size="h4" c="dimmed">
              Connect a shop
            </Title>
            <Text size="sm" c="dimmed">
              Sync orders, products and payouts with Shopify or WooCommerce whenever this computer is online, with every change
              queued while offline. Not available in this version: until then, import the shop's exports.
            </Text>
          </Stack>
        </Card>
      </SimpleGrid>
    </Stack>
  );
}
