// How much room the screens have, for tables that drop their less important columns rather than
// clip them. Read synchronously (no first render at the wrong size, no flash of hidden columns).
import { useMediaQuery } from '@mantine/hooks';

export interface Screen {
  /** ≥ 1440 px: every column at full width */
  wide: boolean;
  /** ≥ 1200 px: every column, tighter */
  medium: boolean;
  /** ≥ 768 px: the navigation stays beside the screen; the least important columns go */
  compact: boolean;
}

const opts = { getInitialValueInEffect: false } as const;

export function useScreen(): Screen {
  const wide = useMediaQuery('(min-width: 90em)', undefined, opts) ?? true;
  const medium = useMediaQuery('(min-width: 75em)', undefined, opts) ?? true;
  const compact = useMediaQuery('(min-width: 48em)', undefined, opts) ?? true;
  return { wide, medium, compact };
}
