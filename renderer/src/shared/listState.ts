// A list screen's filters, sort and page, kept outside the component (and in sessionStorage) so
// opening a row and coming back finds the list exactly as it was left.
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
 * Returns the state and a patch function. Any change other than the page itself sends the
 * list back to page 1 (new filters, new sort, new page size).
 */
export function useListState<T extends ListBase>(key: string, defaults: T): [T, (patch: Partial<T>) => void, () => void] {
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
  const patch = useCallback(
    (p: Partial<T>) => {
      const current = read(key, defaults);
      const onlyPage = Object.keys(p).every((k) => k === 'page');
      write(key, { ...current, ...(onlyPage ? {} : { page: 1 }), ...p });
    },
    // defaults are constants of each screen
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [key],
  );
  const reset = useCallback(() => write(key, defaults), [key]); // eslint-disable-line react-hooks/exhaustive-deps
  return [state, patch, reset];
}
