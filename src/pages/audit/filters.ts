import type { AuditKind } from '#contract';

export const auditPeriods = ['all', '7d', '30d', '90d', 'custom'] as const;
export type AuditPeriod = (typeof auditPeriods)[number];

export interface AuditFilters {
  kinds: AuditKind[];
  period: AuditPeriod;
  /** When a preset period was chosen: its days count back from this moment, so the query stays put. */
  chosenAt: number;
  /** `YYYY-MM-DD` in the user's zone, for a custom period. */
  from: string;
  to: string;
}

export const defaultAuditFilters: AuditFilters = { kinds: [], period: 'all', chosenAt: 0, from: '', to: '' };

const DAY = 86_400_000;
const PRESET_DAYS: Partial<Record<AuditPeriod, number>> = { '7d': 7, '30d': 30, '90d': 90 };

/** Local midnight of a `YYYY-MM-DD` day, plus `days`. */
function localDay(text: string, days = 0): number | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return undefined;
  return new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]) + days).getTime();
}

/** The period as the core filters it: from inclusive, to exclusive, epoch ms; null when reversed. */
export function periodRange(f: AuditFilters): { from?: number; to?: number } | null {
  const days = PRESET_DAYS[f.period];
  if (days !== undefined) return { from: f.chosenAt - days * DAY };
  if (f.period !== 'custom') return {};
  const from = localDay(f.from);
  // The last day counts whole: up to the next midnight.
  const to = localDay(f.to, 1);
  if (from !== undefined && to !== undefined && from >= to) return null;
  return { from, to };
}
