import { useMemo } from 'react';
import { create } from 'zustand';
import type { AppErrorPayload, Client, Result } from '#contract';
import { getApi } from '../api';

interface ClientsStore {
  /** Active and archived together: the page filters, and first run needs to know if any exist at all. */
  all: Client[];
  current: Client | null;
  loaded: boolean;
  error: AppErrorPayload | null;
  refresh: () => Promise<void>;
  create: (name: string) => Promise<Result<Client>>;
  rename: (id: string, name: string) => Promise<Result<Client>>;
  archive: (id: string) => Promise<Result<Client>>;
  restore: (id: string) => Promise<Result<Client>>;
  setCurrent: (id: string) => Promise<Result<Client>>;
}

/** Refreshes overlap (an action's own refresh plus its event); only the latest answer may land. */
let latestRefresh = 0;

export const useClients = create<ClientsStore>((set, get) => {
  async function after<T>(result: Result<T>): Promise<Result<T>> {
    // The `clients:changed` event also refreshes, but waiting here lets callers close a form on fresh data.
    if (result.ok) await get().refresh();
    return result;
  }

  return {
    all: [],
    current: null,
    loaded: false,
    error: null,
    async refresh() {
      const ticket = ++latestRefresh;
      const api = getApi();
      const [list, current] = await Promise.all([
        api.invoke('clients:list', { includeArchived: true }),
        api.invoke('clients:getCurrent', {}),
      ]);
      if (ticket !== latestRefresh) return;
      if (list.ok && current.ok) set({ all: list.value, current: current.value, loaded: true, error: null });
      else set({ error: !list.ok ? list.error : !current.ok ? current.error : null });
    },
    create: async (name) => after(await getApi().invoke('clients:create', { name })),
    rename: async (id, name) => after(await getApi().invoke('clients:rename', { id, name })),
    archive: async (id) => after(await getApi().invoke('clients:archive', { id })),
    restore: async (id) => after(await getApi().invoke('clients:restore', { id })),
    setCurrent: async (id) => {
      const before = get().current;
      const target = get().all.find((c) => c.id === id) ?? null;
      // The switcher must not lag behind the click while the core answers.
      if (target) set({ current: target });
      const result = await getApi().invoke('clients:setCurrent', { id });
      if (!result.ok) set({ current: before });
      return after(result);
    },
  };
});

export function activeOf(all: readonly Client[]): Client[] {
  return all.filter((c) => c.archivedAt === null);
}

export function archivedOf(all: readonly Client[]): Client[] {
  return all.filter((c) => c.archivedAt !== null);
}

/** Derived with useMemo: a selector that filters would return a new array per read and loop React. */
export function useActiveClients(): Client[] {
  const all = useClients((s) => s.all);
  return useMemo(() => activeOf(all), [all]);
}
