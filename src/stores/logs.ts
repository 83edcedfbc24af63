import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import { dispatchStates, type DispatchState, type LogsListInput } from '#contract';

/** `current` follows the client switcher; `all` shows every client; anything else is a client id. */
export type ClientFilter = 'current' | 'all' | (string & {});

export interface LogFilters {
  client: ClientFilter;
  integrationId: string | null;
  states: DispatchState[];
  /** `YYYY-MM-DD` as the date inputs give it, in the user's own time zone. */
  from: string;
  to: string;
  search: string;
  includeTests: boolean;
  /** One lead's dispatches, set from the lead's detail; the name is for the chip. */
  lead: { id: string; name: string } | null;
}

export const defaultLogFilters: LogFilters = {
  client: 'current',
  integrationId: null,
  states: [],
  from: '',
  to: '',
  search: '',
  includeTests: true,
  lead: null,
};

interface LogFiltersState {
  filters: LogFilters;
  set: (patch: Partial<LogFilters>) => void;
  reset: () => void;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Local midnight of a `YYYY-MM-DD` day; `endOfDay` gives its last millisecond, for an inclusive "to". */
export function dayToEpoch(day: string, endOfDay = false): number | undefined {
  if (!DAY.test(day)) return undefined;
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const start = new Date(y, m - 1, d).getTime();
  if (Number.isNaN(start)) return undefined;
  return endOfDay ? new Date(y, m - 1, d + 1).getTime() - 1 : start;
}

/** The `logs:list` query for these filters (without paging). */
export function toQuery(filters: LogFilters, currentClientId: string | null): Omit<LogsListInput, 'cursor'> {
  const clientId =
    filters.client === 'all'
      ? undefined
      : filters.client === 'current'
        ? (currentClientId ?? undefined)
        : filters.client;
  const search = filters.search.trim();
  // Days typed the wrong way round still mean the span between them.
  const [first, last] =
    filters.from !== '' && filters.to !== '' && filters.from > filters.to
      ? [filters.to, filters.from]
      : [filters.from, filters.to];
  return {
    clientId,
    integrationId: filters.integrationId ?? undefined,
    leadId: filters.lead?.id,
    states: filters.states.length > 0 ? filters.states : undefined,
    from: dayToEpoch(first),
    to: dayToEpoch(last, true),
    search: search === '' ? undefined : search,
    includeTests: filters.includeTests,
  };
}

function leadOf(value: unknown): LogFilters['lead'] {
  if (typeof value !== 'object' || value === null) return null;
  const { id, name } = value as Record<string, unknown>;
  return typeof id === 'string' && typeof name === 'string' ? { id, name } : null;
}

function sanitize(value: unknown): LogFilters {
  const v = (typeof value === 'object' && value !== null ? value : {}) as Partial<Record<keyof LogFilters, unknown>>;
  const str = (x: unknown, fallback: string) => (typeof x === 'string' ? x : fallback);
  return {
    client: str(v.client, 'current'),
    integrationId: typeof v.integrationId === 'string' ? v.integrationId : null,
    states: Array.isArray(v.states)
      ? v.states.filter((s): s is DispatchState => (dispatchStates as readonly unknown[]).includes(s))
      : [],
    from: str(v.from, ''),
    to: str(v.to, ''),
    search: str(v.search, ''),
    includeTests: typeof v.includeTests === 'boolean' ? v.includeTests : true,
    lead: leadOf(v.lead),
  };
}

/** Per tab in sessionStorage, like the current section: leaving Logs and coming back keeps the filters. */
export const useLogFilters = create<LogFiltersState>()(
  persist(
    (set) => ({
      filters: defaultLogFilters,
      set: (patch) => set((s) => ({ filters: { ...s.filters, ...patch } })),
      reset: () => set({ filters: defaultLogFilters }),
    }),
    {
      name: 'zbl.logs.filters',
      storage: createJSONStorage(() => sessionStorage),
      partialize: (state) => ({ filters: state.filters }),
      // An older build's shape (or a hand-edited value) must not break the page.
      merge: (persisted, current) => ({
        ...current,
        filters: sanitize((persisted as { filters?: unknown } | undefined)?.filters),
      }),
    },
  ),
);
