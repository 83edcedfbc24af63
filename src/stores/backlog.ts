import { create } from 'zustand';
import type { BacklogItem } from '#contract';
import { getApi } from '../api';

interface BacklogStore {
  /** Every integration with something queued or being sent, as the core last pushed it. */
  items: BacklogItem[];
  loaded: boolean;
  load: () => Promise<void>;
  /** From `dispatch:backlog`, every second while something drains. */
  received: (items: BacklogItem[]) => void;
}

/** Each integration's queue as it drains (Send Leads cards, Logs), kept live by the core's event. */
export const useBacklog = create<BacklogStore>((set) => ({
  items: [],
  loaded: false,
  async load() {
    const result = await getApi().invoke('dispatch:backlog', {});
    if (result.ok) set({ items: result.value, loaded: true });
  },
  received(items) {
    set({ items, loaded: true });
  },
}));

/** One integration's backlog, or null when it has nothing queued or being sent. */
export function useIntegrationBacklog(integrationId: string): BacklogItem | null {
  return useBacklog((s) => s.items.find((i) => i.integrationId === integrationId) ?? null);
}
