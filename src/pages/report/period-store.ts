import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import { monthDays, monthOf, type PeriodChoice } from './period';

interface PeriodState {
  choice: PeriodChoice;
  setMonth: (month: string) => void;
  /** Switches to a custom range, starting from the month on screen. */
  chooseRange: () => void;
  chooseMonth: () => void;
  setRange: (patch: { from?: string; to?: string }) => void;
}

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

function restore(value: unknown): PeriodChoice | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Record<string, unknown>;
  if (typeof v.month !== 'string' || !MONTH.test(v.month)) return null;
  if (v.kind === 'month') return { kind: 'month', month: v.month };
  const day = (d: unknown) => (typeof d === 'string' && (d === '' || DAY.test(d)) ? d : '');
  if (v.kind === 'range') return { kind: 'range', month: v.month, from: day(v.from), to: day(v.to) };
  return null;
}

/** The report's period: this month unless the user chose another; kept per browser tab like the Logs filters. */
export const useReportPeriod = create<PeriodState>()(
  persist(
    (set) => ({
      choice: { kind: 'month', month: monthOf(new Date()) },
      setMonth: (month) => set({ choice: { kind: 'month', month } }),
      chooseRange: () =>
        set((s) =>
          s.choice.kind === 'range'
            ? s
            : { choice: { kind: 'range', ...monthDays(s.choice.month), month: s.choice.month } },
        ),
      chooseMonth: () => set((s) => ({ choice: { kind: 'month', month: s.choice.month } })),
      setRange: (patch) => set((s) => (s.choice.kind === 'range' ? { choice: { ...s.choice, ...patch } } : s)),
    }),
    {
      name: 'zbl.report.period',
      storage: createJSONStorage(() => sessionStorage),
      partialize: (s) => ({ choice: s.choice }),
      merge: (persisted, current) => {
        const choice = restore((persisted as { choice?: unknown } | undefined)?.choice);
        return choice ? { ...current, choice } : current;
      },
    },
  ),
);
