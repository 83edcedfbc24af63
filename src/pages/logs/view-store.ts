import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';

export type LogsTab = 'attempts' | 'health';

interface LogsViewState {
  tab: LogsTab;
  setTab: (tab: LogsTab) => void;
}

/** Which tab of the Logs page is open; kept per browser tab like the filters. */
export const useLogsView = create<LogsViewState>()(
  persist(
    (set) => ({
      tab: 'attempts',
      setTab: (tab) => set({ tab }),
    }),
    {
      name: 'zbl.logs.view',
      storage: createJSONStorage(() => sessionStorage),
      merge: (persisted, current) => ({
        ...current,
        tab: (persisted as { tab?: unknown } | undefined)?.tab === 'health' ? 'health' : 'attempts',
      }),
    },
  ),
);
