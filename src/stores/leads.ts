import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import { leadEmailKinds, leadOrigins, type LeadEmailKind, type LeadOrigin, type LeadsListInput } from '#contract';

export const leadsTabs = ['leads', 'imports', 'scoring', 'settings'] as const;
export type LeadsTab = (typeof leadsTabs)[number];

export type TriState = 'any' | 'yes' | 'no';

export interface LeadFilters {
  search: string;
  ranges: string[];
  qualified: TriState;
  emailKinds: LeadEmailKind[];
  /** `yes`: only leads with validation problems; `no`: only clean ones. */
  withIssues: TriState;
  origins: LeadOrigin[];
  /** Set by an import's "Show imported leads"; the file name is kept for the chip. */
  importId: string | null;
  importName: string | null;
}

export const defaultLeadFilters: LeadFilters = {
  search: '',
  ranges: [],
  qualified: 'any',
  emailKinds: [],
  withIssues: 'any',
  origins: [],
  importId: null,
  importName: null,
};

interface LeadsViewState {
  filters: LeadFilters;
  tab: LeadsTab;
  /** The client the filters were set for: ranges and imports belong to one client. */
  clientId: string | null;
  scopeTo: (clientId: string) => void;
  setFilters: (patch: Partial<LeadFilters>) => void;
  resetFilters: () => void;
  setTab: (tab: LeadsTab) => void;
  /** Leads of one import, every other filter cleared, on the Leads tab. */
  showImport: (importId: string, fileName: string) => void;
  /** The import whose details the Imports tab shows once its list has it (not kept across reloads). */
  importToOpen: string | null;
  /** The Imports tab, with this import's details open. */
  openImportDetails: (importId: string) => void;
  /** The details closed (or the import is not in the list). */
  importOpened: () => void;
}

const triBool = (value: TriState): boolean | undefined => (value === 'any' ? undefined : value === 'yes');

/** The `leads:list` query for these filters (without paging). */
export function toLeadsQuery(filters: LeadFilters, clientId: string): Omit<LeadsListInput, 'cursor' | 'limit'> {
  const search = filters.search.trim();
  return {
    clientId,
    search: search === '' ? undefined : search,
    ranges: filters.ranges.length > 0 ? filters.ranges : undefined,
    qualified: triBool(filters.qualified),
    emailKinds: filters.emailKinds.length > 0 ? filters.emailKinds : undefined,
    withIssues: triBool(filters.withIssues),
    origins: filters.origins.length > 0 ? filters.origins : undefined,
    importId: filters.importId ?? undefined,
  };
}

export function hasLeadFilters(filters: LeadFilters): boolean {
  return JSON.stringify(filters) !== JSON.stringify(defaultLeadFilters);
}

function sanitize(value: unknown): { filters: LeadFilters; tab: LeadsTab; clientId: string | null } {
  const v = (typeof value === 'object' && value !== null ? value : {}) as {
    filters?: Partial<Record<keyof LeadFilters, unknown>>;
    tab?: unknown;
    clientId?: unknown;
  };
  const f = typeof v.filters === 'object' && v.filters !== null ? v.filters : {};
  const tri = (x: unknown): TriState => (x === 'yes' || x === 'no' ? x : 'any');
  const strings = (x: unknown): string[] =>
    Array.isArray(x) ? x.filter((s): s is string => typeof s === 'string') : [];
  const oneOf = <T extends string>(list: readonly T[], x: unknown): T[] =>
    strings(x).filter((s): s is T => (list as readonly string[]).includes(s));
  const text = (x: unknown): string | null => (typeof x === 'string' && x !== '' ? x : null);
  return {
    clientId: text(v.clientId),
    tab: (leadsTabs as readonly unknown[]).includes(v.tab) ? (v.tab as LeadsTab) : 'leads',
    filters: {
      search: typeof f.search === 'string' ? f.search : '',
      ranges: strings(f.ranges).slice(0, 10),
      qualified: tri(f.qualified),
      emailKinds: oneOf(leadEmailKinds, f.emailKinds),
      withIssues: tri(f.withIssues),
      origins: oneOf(leadOrigins, f.origins),
      importId: text(f.importId),
      importName: text(f.importName),
    },
  };
}

/** Per tab in sessionStorage, like the Logs filters: leaving Leads and coming back keeps the view. */
export const useLeadsView = create<LeadsViewState>()(
  persist(
    (set) => ({
      filters: defaultLeadFilters,
      tab: 'leads',
      clientId: null,
      scopeTo: (clientId) =>
        set((s) =>
          s.clientId === clientId
            ? s
            : { clientId, filters: { ...s.filters, ranges: [], importId: null, importName: null } },
        ),
      setFilters: (patch) => set((s) => ({ filters: { ...s.filters, ...patch } })),
      resetFilters: () => set({ filters: defaultLeadFilters }),
      setTab: (tab) => set({ tab }),
      showImport: (importId, fileName) =>
        set({ tab: 'leads', filters: { ...defaultLeadFilters, importId, importName: fileName } }),
      importToOpen: null,
      openImportDetails: (importId) => set({ tab: 'imports', importToOpen: importId }),
      importOpened: () => set({ importToOpen: null }),
    }),
    {
      name: 'zbl.leads.view',
      storage: createJSONStorage(() => sessionStorage),
      partialize: (state) => ({ filters: state.filters, tab: state.tab, clientId: state.clientId }),
      // An older build's shape (or a hand-edited value) must not break the page.
      merge: (persisted, current) => ({ ...current, ...sanitize(persisted) }),
    },
  ),
);
