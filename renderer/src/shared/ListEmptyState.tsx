// What a list shows when it has no row: nothing while it loads; with a search or filters on,
// that nothing matches and a way to clear them; otherwise that nothing is here yet, and where
// the data comes from.
import { Button } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'wouter';
import { EmptyState } from './EmptyState';

interface Props {
  loading: boolean;
  filtered: boolean;
  noMatch: { title: string; description: string; clearLabel?: string; onClear: () => void };
  /** the list when nothing filters it: what comes here, and (by default) a way to the Import screen */
  nothingYet: { title: string; description: string; action?: ReactNode };
}

export function ListEmptyState({ loading, filtered, noMatch, nothingYet }: Props) {
  if (loading) return null;
  if (filtered) {
    return (
      <EmptyState title={noMatch.title} description={noMatch.description}>
        <Button variant="light" onClick={noMatch.onClear}>
          {noMatch.clearLabel ?? 'Clear filters'}
        </Button>
      </EmptyState>
    );
  }
  return (
    <EmptyState title={nothingYet.title} description={nothingYet.description}>
      {nothingYet.action ?? (
        <Button component={Link} href="/import">
          Import files
        </Button>
      )}
    </EmptyState>
  );
}
