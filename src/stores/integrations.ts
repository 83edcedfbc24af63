import { create } from 'zustand';
import type { AppErrorPayload, IntegrationSummary } from '#contract';
import { getApi } from '../api';

interface IntegrationsStore {
  /** Whose integrations are held; events for other clients are ignored. */
  clientId: string | null;
  items: IntegrationSummary[];
  loaded: boolean;
  error: AppErrorPayload | null;
  load: (clientId: string) => Promise<void>;
  refresh: () => Promise<void>;
  /** From `integrations:changed` / `dispatch:integrationStatus`: reload only if it concerns the shown client. */
  changed: (clientId: string) => void;
}

/** Overlapping loads (a switch of client plus an event) must not let an older answer win. */
let latestLoad = 0;

/** The Send Leads page's list: the current client's integrations, kept live by the core's events. */
export const useIntegrations = create<IntegrationsStore>((set, get) => ({
  clientId: null,
  items: [],
  loaded: false,
  error: null,
  async load(clientId) {
    const ticket = ++latestLoad;
    if (get().clientId !== clientId) set({ clientId, items: [], loaded: false, error: null });
    const result = await getApi().invoke('integrations:list', { clientId });
    if (ticket !== latestLoad) return;
    if (result.ok) set({ items: result.value, loaded: true, error: null });
    else set({ error: result.error, loaded: true });
  },
  async refresh() {
    const clientId = get().clientId;
    if (clientId !== null) await get().load(clientId);
  },
  changed(clientId) {
    if (clientId === get().clientId) void get().refresh();
  },
}));
