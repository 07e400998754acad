import { AppShell, Burger, Group, NavLink, ScrollArea, Stack, Text, Title, UnstyledButton, Kbd, Box } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { NAV } from './nav';
import { trackLocation } from './history';
import { Link, useLocation } from 'wouter';
import { WorkspaceSwitcher } from '../modules/workspace/WorkspaceSwitcher';
import { AppSpotlight, search } from './AppSpotlight';
import { AppInfoFooter } from './AppInfoFooter';
import { ConnectionBadge } from './ConnectionBadge';
import { LiveJobBadge } from './LiveJobBadge';
import { Routes } from './Routes';
import classes from './Shell.module.css';

function isActive(href: string, location: string) {
  return href === '/' ? location === '/' : location === href || location.startsWith(`${href}/`);
}

export function Shell() {
  const [opened, { toggle, close }] = useDisclosure();
  const [location] = useLocation();
  trackLocation(location);
  const mod = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform) ? '⌘' : 'Ctrl';
  return (
    <AppShell
      header={{ height: 56 }}
      navbar={{ width: { base: 248, sm: 232, lg: 248 }, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding={{ base: 'sm', sm: 'md', lg: 'lg' }}
    >
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label="Toggle navigation" />
            <Title order={1} size="h4" className={classes.brand}>
              Counting House
            </Title>
          </Group>
          <UnstyledButton className={classes.search} onClick={() => search.open()} aria-label="Search and jump (Ctrl+K)" data-testid="open-spotlight">
            <Group gap="xs" wrap="nowrap">
              <IconSearch size={16} />
              <Text size="sm" c="dimmed" className={classes.searchText}>
                Jump to a screen or an order id…
              </Text>
              <Kbd size="xs">{mod} K</Kbd>
            </Group>
          </UnstyledButton>
          <Group gap="sm" wrap="nowrap">
            <LiveJobBadge />
            <ConnectionBadge />
            <WorkspaceSwitcher />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="sm" aria-label="Screens">
        <AppShell.Section grow component={ScrollArea}>
          <Stack gap={2}>
            {NAV.map((item) => (
              <NavLink
                key={item.href}
                component={Link}
                href={item.href}
                label={item.label}
                leftSection={<item.icon size={18} stroke={1.6} />}
                active={isActive(item.href, location)}
                onClick={close}
                data-testid={`nav-${item.href === '/' ? 'overview' : item.href.slice(1)}`}
              />
            ))}
          </Stack>
        </AppShell.Section>
        <AppShell.Section>
          <AppInfoFooter />
        </AppShell.Section>
      </AppShell.Navbar>
      <AppShell.Main>
        <Box maw={1400} mx="auto">
          <Routes />
        </Box>
      </AppShell.Main>
      <AppSpotlight />
    </AppShell>
  );
}
