import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';

export const sections = ['home', 'leads', 'sendLeads', 'logs', 'report', 'clients', 'settings'] as const;
export type Section = (typeof sections)[number];

function isSection(value: unknown): value is Section {
  return typeof value === 'string' && (sections as readonly string[]).includes(value);
}

interface SectionState {
  section: Section;
  /** Counts every go(), the current section's own link included: a section can start over on it. */
  visit: number;
  go: (section: Section) => void;
}

/** Kept per tab in sessionStorage: a reload stays where the user was, a new window starts fresh. */
export const useSection = create<SectionState>()(
  persist(
    (set) => ({
      // Every client at a glance: what needs the user first, then the day's figures.
      section: 'home',
      visit: 0,
      go: (section) => set((s) => ({ section, visit: s.visit + 1 })),
    }),
    {
      name: 'zbl.section',
      storage: createJSONStorage(() => sessionStorage),
      partialize: (state) => ({ section: state.section }),
      // Whatever an older build left there must not crash the shell.
      merge: (persisted, current) => {
        const section: unknown = (persisted as { section?: unknown } | undefined)?.section;
        return isSection(section) ? { ...current, section } : current;
      },
    },
  ),
);
