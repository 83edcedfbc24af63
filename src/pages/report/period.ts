import { REPORT_MAX_DAYS, dayNumber, type ReportPeriod } from '#contract';

const pad = (n: number) => String(n).padStart(2, '0');

/** `YYYY-MM` of the month holding `date`, in the computer's own time zone. */
export function monthOf(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}`;
}

/** `YYYY-MM-DD` of `date` in the computer's own time zone. */
export function dayOf(date: Date): string {
  return `${monthOf(date)}-${pad(date.getDate())}`;
}

/** The month `delta` months after `month` (before, when negative). */
export function shiftMonth(month: string, delta: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return monthOf(new Date(y, m - 1 + delta, 1));
}

/** The first and last days of a month, as the range inputs take them. */
export function monthDays(month: string): { from: string; to: string } {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return { from: `${month}-01`, to: dayOf(new Date(y, m, 0)) };
}

/** The months offered, newest first: this one and the `count - 1` before it. */
export function recentMonths(now: Date, count: number): string[] {
  const current = monthOf(now);
  return Array.from({ length: count }, (_, i) => shiftMonth(current, -i));
}

export type RangeProblem = 'missing' | 'reversed' | 'tooLong';

/** What is wrong with a custom range before asking the core, or null. */
export function rangeProblem(from: string, to: string): RangeProblem | null {
  const a = dayNumber(from);
  const b = dayNumber(to);
  if (a === null || b === null) return 'missing';
  if (b < a) return 'reversed';
  if (b - a >= REPORT_MAX_DAYS) return 'tooLong';
  return null;
}

/** The period the user chose, or null while a custom range is not a range yet. */
export function periodOf(choice: PeriodChoice): ReportPeriod | null {
  if (choice.kind === 'month') return { kind: 'month', month: choice.month };
  return rangeProblem(choice.from, choice.to) === null ? { kind: 'range', from: choice.from, to: choice.to } : null;
}

export type PeriodChoice =
  { kind: 'month'; month: string } | { kind: 'range'; month: string; from: string; to: string };
