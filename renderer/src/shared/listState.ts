// A list screen's filters, sort and page, kept outside the component (and in sessionStorage) so
// opening a row and coming back finds the list exactly as it was left. Other screens' choices
// (the overview's period) are kept the same way.
import { useCallback, useSyncExternalStore } from 'react';

const stores = new Map<string, unknown>();
const listeners = new Map<string, Set<() => void>>();

function read<T>(key: string, defaults: T): T {
  if (!stores.has(key)) {
    let value = defaults;
    try {
      const raw = sessionStorage.getItem(`list:${key}`);
      if (raw) value = { ...defaults, ...(JSON.parse(raw) as Partial<T>) };
    } catch {
      // ignore unreadable saved state
    }
    stores.set(key, value);
  }
  return stores.get(key) as T;
}

function write<T>(key: string, value: T) {
  stores.set(key, value);
  try {
    sessionStorage.setItem(`list:${key}`, JSON.stringify(value));
  } catch {
    // storage full or disabled: the in-memory copy still works
  }
  listeners.get(key)?.forEach((cb) => cb());
}

/** Another workspace is open: every list starts again from its defaults. */
export function resetAllLists(): void {
  const keys = [...stores.keys()];
  stores.clear();
  try {
    for (let i = sessionStorage.length - 1; i >= 0; i--) {
      const k = sessionStorage.key(i);
      if (k?.startsWith('list:')) sessionStorage.removeItem(k);
    }
  } catch {
    // storage disabled
  }
  for (const k of keys) listeners.get(k)?.forEach((cb) => cb());
}

/** Sets a list's state from elsewhere (e.g. the overview opening the orders list filtered by status). */
export function presetList<T extends ListBase>(key: string, defaults: T, patch: Partial<T>): void {
  write(key, { ...defaults, ...patch, page: 1 });
}

export interface ListBase {
  page: number;
  pageSize: number;
}

/**
 * A screen's own state kept the same way (outside the component, in sessionStorage): coming back
 * to the screen finds it as it was left. Returns the state, a patch function and a reset.
 */
export function useStoredState<T extends object>(key: string, defaults: T): [T, (patch: Partial<T>) => void, () => void] {
  const subscribe = useCallback(
    (cb: () => void) => {
      let set = listeners.get(key);
      if (!set) listeners.set(key, (set = new Set()));
      set.add(cb);
      return () => set!.delete(cb);
    },
    [key],
  );
  const state = useSyncExternalStore(subscribe, () => read(key, defaults));
  // defaults are constants of each screen
  const patch = useCallback((p: Partial<T>) => write(key, { ...read(key, defaults), ...p }), [key]); // eslint-disable-line react-hooks/exhaustive-deps
  const reset = useCallback(() => write(key, defaults), [key]); // eslint-disable-line react-hooks/exhaustive-deps
  return [state, patch, reset];
}

/**
 * Returns the state and a patch function. Any change other than the page itself sends the
 * list back to page 1 (new filters, new sort, new page size).
 */
export function useListState<T extends ListBase>(key: string, defaults: T): [T, (patch: Partial<T>) => void, () => void] {
  const [state, set, reset] = useStoredState(key, defaults);
  const patch = useCallback(
    (p: Partial<T>) => {
      const onlyPage = Object.keys(p).every((k) => k === 'page');
      set(onlyPage ? p : { page: 1, ...p });
    },
    [set],
  );
  return [state, patch, reset];
}
