import { dayNumber, type ReportPeriod } from '#contract/report';
import { zonedPartsFormat } from '../lib/zoned-parts';

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

/** A period resolved in a time zone: its bounds and the start of each of its days. */
export interface ResolvedPeriod {
  /** The first day's first millisecond. */
  from: number;
  /** The first millisecond after the last day. */
  to: number;
  days: Array<{ date: string; start: number; end: number }>;
}

/** `YYYY-MM-DD` of a day number (days since 1970-01-01). */
export function dateOf(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/**
 * Where local days begin in one IANA zone. A day starts at the first instant whose local date is
 * that day: usually local midnight, but later where a daylight-saving change skips midnight (as
 * Brazil's did until 2019), so every instant belongs to exactly one day and no lead is counted twice
 * or lost at a boundary.
 */
export function zonedDays(timeZone: string) {
  const parts = zonedPartsFormat(timeZone);

  /** Local wall time as if it were UTC, to the second. */
  function wall(t: number): number {
    const p: Record<string, number> = {};
    for (const part of parts.formatToParts(t)) if (part.type !== 'literal') p[part.type] = Number(part.value);
    return Date.UTC(p.year ?? 1970, (p.month ?? 1) - 1, p.day ?? 1, p.hour ?? 0, p.minute ?? 0, p.second ?? 0);
  }

  /** The local day number of an instant. */
  const localDay = (t: number): number => Math.floor(wall(t) / DAY_MS);

  const isStart = (t: number, day: number): boolean => localDay(t) >= day && localDay(t - 1) < day;

  function startOf(day: number): number {
    const guess = day * DAY_MS;
    // Usually the offset at the guess, or at the first answer (a change between the two), is right.
    const first = guess - (wall(guess) - guess);
    if (isStart(first, day)) return first;
    const second = guess - (wall(first) - first);
    if (isStart(second, day)) return second;
    // A skipped midnight: the day starts at the change, found by halving. Offsets stay within ±15 h,
    // so the local day is before `day` at `lo` and at or after it at `hi`.
    let lo = guess - 18 * HOUR_MS;
    let hi = guess + 18 * HOUR_MS;
    while (hi - lo > 1) {
      const mid = Math.floor((lo + hi) / 2);
      if (localDay(mid) >= day) hi = mid;
      else lo = mid;
    }
    return hi;
  }

  return { startOf, localDay };
}

/** The period's bounds and days in the zone: a month from its first midnight to the next month's. */
export function resolvePeriod(period: ReportPeriod, timeZone: string): ResolvedPeriod {
  let first: number;
  let last: number;
  if (period.kind === 'month') {
    const [y, m] = period.month.split('-').map(Number) as [number, number];
    first = Date.UTC(y, m - 1, 1) / DAY_MS;
    last = Date.UTC(y, m, 1) / DAY_MS - 1;
  } else {
    first = dayNumber(period.from) ?? 0;
    last = dayNumber(period.to) ?? first;
  }
  const zone = zonedDays(timeZone);
  const starts: number[] = [];
  for (let day = first; day <= last + 1; day++) starts.push(zone.startOf(day));
  const days = starts.slice(0, -1).map((start, i) => ({ date: dateOf(first + i), start, end: starts[i + 1]! }));
  return { from: starts[0]!, to: starts[starts.length - 1]!, days };
}
