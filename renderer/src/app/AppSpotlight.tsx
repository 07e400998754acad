// Ctrl/Cmd+K: jump to a screen, or find an order by its id (or customer, city) across the workspace.
import { Group, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { createSpotlight, Spotlight, type SpotlightActionData, type SpotlightActionGroupData } from '@mantine/spotlight';
import { IconReceipt, IconSearch } from '@tabler/icons-react';
import { useEffect, useMemo, useState } from 'react';
import { useLocation } from 'wouter';
import { useApi } from '../api/hooks';
import { Money } from '../shared/Money';
import { StateBadge } from '../shared/StateBadge';
import { NAV } from './nav';
import { SEARCH_MAX_LENGTH } from '../../../main/contract/api';

/** The search's own store, so the app can highlight a result (Mantine keeps its default store private). */
export const [searchStore, search] = createSpotlight();

/**
 * Highlights the first result, so Enter opens it. Mantine highlights the first action only when
 * the query changes; the orders arrive later (after the pause and the round trip), as new elements
 * with no highlight, and Enter then did nothing until an arrow key was pressed.
 */
function highlightFirst(): void {
  const { listId, opened } = searchStore.getState();
  if (!opened || !listId) return;
  const list = document.getElementById(listId);
  const first = list?.querySelector<HTMLElement>('[data-action]');
  if (!list || !first) return;
  list.querySelectorAll('[data-selected]').forEach((el) => el.removeAttribute('data-selected'));
  first.setAttribute('data-selected', 'true');
  searchStore.updateState((s) => ({ ...s, selected: 0 }));
}

export function AppSpotlight() {
  const [query, setQuery] = useState('');
  const [, navigate] = useLocation();
  const [debounced] = useDebouncedValue(query.trim(), 200);
  const orders = useApi('orders.list', { search: debounced, page: 1, pageSize: 8, sort: 'placed_at', dir: 'desc' }, { enabled: debounced.length >= 2 });

  const actions = useMemo(() => {
    const q = query.trim().toLowerCase();
    const screens: SpotlightActionData[] = NAV.filter(
      (n) => !q || n.label.toLowerCase().includes(q) || n.description.toLowerCase().includes(q),
    ).map((n) => ({
      id: `nav:${n.href}`,
      label: n.label,
      description: n.description,
      leftSection: <n.icon size={20} stroke={1.5} />,
      onClick: () => navigate(n.href),
    }));
    const groups: SpotlightActionGroupData[] = [];
    if (screens.length) groups.push({ group: 'Screens', actions: screens });
    if (debounced.length >= 2 && orders.data?.rows.length) {
      groups.push({
        group: orders.data.total > orders.data.rows.length ? `Orders (first ${orders.data.rows.length} of ${orders.data.total.toLocaleString()})` : 'Orders',
        actions: orders.data.rows.map((o) => ({
          id: `order:${o.id}`,
          label: o.externalId,
          description: [o.customerName, o.customerLocation].filter(Boolean).join(' · ') || o.source,
          leftSection: <IconReceipt size={20} stroke={1.5} />,
          rightSection: (
            <Group gap="xs" wrap="nowrap">
              <StateBadge state={o.status} size="sm" />
              <Money minor={o.totalMinor} currency={o.currency} size="sm" />
            </Group>
          ),
          onClick: () => navigate(`/orders/${o.id}`),
        })),
      });
    }
    return groups;
  }, [query, debounced, orders.data, navigate]);

  // a new list of results (not a refetch of the same): its first one is the one Enter opens
  const resultIds = actions.flatMap((g) => g.actions.map((a) => a.id)).join('|');
  useEffect(() => {
    if (resultIds) highlightFirst();
  }, [resultIds]);

  const searching = debounced.length >= 2 && orders.isFetching;
  return (
    <Spotlight
      store={searchStore}
      actions={actions}
      query={query}
      onQueryChange={(q) => setQuery(q.slice(0, SEARCH_MAX_LENGTH))}
      filter={(_q, a) => a}
      tagsToIgnore={[]}
      shortcut={['mod + K']}
      nothingFound={
        <Text size="sm" c="dimmed">
          {searching ? 'Searching orders…' : query.trim().length < 2 ? 'Type a screen name or at least 2 characters of an order id.' : 'No screen or order matches.'}
        </Text>
      }
      highlightQuery
      scrollable
      maxHeight={480}
      searchProps={{ leftSection: <IconSearch size={18} />, placeholder: 'Screen name, order id, customer, city or SKU…', 'aria-label': 'Search', maxLength: SEARCH_MAX_LENGTH } as never}
    />
  );
}
