// The in-app location before the current one, so a detail screen's "back" returns to where the
// user came from (the orders list, a customer, the overview) rather than to a fixed screen.
let current = '';
let previous: string | null = null;

/** Called while the shell renders, before the screens: idempotent for the same location. */
export function trackLocation(location: string): void {
  if (location === current) return;
  previous = current || null;
  current = location;
}

export function previousLocation(): string | null {
  return previous;
}

const LABELS: [RegExp, string][] = [
  [/^\/$/, 'Overview'],
  [/^\/orders$/, 'Orders'],
  [/^\/orders\/\d+$/, 'Order'],
  [/^\/customers$/, 'Customers'],
  [/^\/customers\/\d+$/, 'Customer'],
  [/^\/products$/, 'Products'],
  [/^\/sellers$/, 'Sellers and suppliers'],
  [/^\/import$/, 'Import'],
];

export function labelOf(location: string): string | null {
  return LABELS.find(([re]) => re.test(location))?.[1] ?? null;
}
