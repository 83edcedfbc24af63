import { describe, expect, it } from 'vitest';
import { reportInputSchema } from '#contract/report';
import { resolvePeriod, zonedDays } from '../../../electron/core/report/period';

const HOUR = 3_600_000;
const DAY_NUMBER = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d) / 86_400_000;

describe('report periods in the user’s time zone', () => {
  it('a month runs from its first local midnight to the next month’s', () => {
    const p = resolvePeriod({ kind: 'month', month: '2026-03' }, 'America/Sao_Paulo');
    expect(p.from).toBe(Date.UTC(2026, 2, 1, 3));
    expect(p.to).toBe(Date.UTC(2026, 3, 1, 3));
    expect(p.days).toHaveLength(31);
    expect(p.days[0]).toEqual({ date: '2026-03-01', start: Date.UTC(2026, 2, 1, 3), end: Date.UTC(2026, 2, 2, 3) });
    expect(p.days.at(-1)!.date).toBe('2026-03-31');
    // The same month in UTC and in Tokyo starts at other instants.
    expect(resolvePeriod({ kind: 'month', month: '2026-03' }, 'UTC').from).toBe(Date.UTC(2026, 2, 1));
    expect(resolvePeriod({ kind: 'month', month: '2026-03' }, 'Asia/Tokyo').from).toBe(Date.UTC(2026, 1, 28, 15));
  });

  it('February has its own length, leap years included; December ends in January', () => {
    expect(resolvePeriod({ kind: 'month', month: '2026-02' }, 'UTC').days).toHaveLength(28);
    expect(resolvePeriod({ kind: 'month', month: '2028-02' }, 'UTC').days).toHaveLength(29);
    const dec = resolvePeriod({ kind: 'month', month: '2026-12' }, 'America/Sao_Paulo');
    expect(dec.to).toBe(Date.UTC(2027, 0, 1, 3));
  });

  it('a day is 23 or 25 hours long when the clocks change, and the days still tile the month', () => {
    // New York springs forward on 8 March 2026 and falls back on 1 November.
    const march = resolvePeriod({ kind: 'month', month: '2026-03' }, 'America/New_York');
    expect(march.from).toBe(Date.UTC(2026, 2, 1, 5));
    expect(march.to).toBe(Date.UTC(2026, 3, 1, 4));
    const spring = march.days.find((d) => d.date === '2026-03-08')!;
    expect(spring.end - spring.start).toBe(23 * HOUR);
    const fall = resolvePeriod({ kind: 'month', month: '2026-11' }, 'America/New_York').days[0]!;
    expect(fall.end - fall.start).toBe(25 * HOUR);
    march.days.forEach((d, i) => expect(d.start).toBe(i === 0 ? march.from : march.days[i - 1]!.end));
  });

  it('a day whose midnight was skipped starts when the clocks jumped (Brazil, November 2018)', () => {
    // At 00:00 on 4 Nov 2018 São Paulo went to 01:00 (UTC−2): that day began at 03:00 UTC.
    const zone = zonedDays('America/Sao_Paulo');
    expect(zone.startOf(DAY_NUMBER(2018, 11, 4))).toBe(Date.UTC(2018, 10, 4, 3));
    expect(zone.startOf(DAY_NUMBER(2018, 11, 5))).toBe(Date.UTC(2018, 10, 5, 2));
    // And at 00:00 on 17 Feb 2019 it went back to 23:00 the day before: the 16th lasted 25 hours.
    const feb = resolvePeriod({ kind: 'range', from: '2019-02-16', to: '2019-02-16' }, 'America/Sao_Paulo');
    expect(feb.to - feb.from).toBe(25 * HOUR);
  });

  it('zones a quarter of an hour off work too (Kathmandu, UTC+5:45)', () => {
    const p = resolvePeriod({ kind: 'range', from: '2026-03-01', to: '2026-03-02' }, 'Asia/Kathmandu');
    expect(p.from).toBe(Date.UTC(2026, 1, 28, 18, 15));
    expect(p.days.map((d) => d.date)).toEqual(['2026-03-01', '2026-03-02']);
    expect(p.to).toBe(Date.UTC(2026, 2, 2, 18, 15));
  });

  it('refuses a period that is not one: bad dates, reversed or longer than a year, an unknown zone', () => {
    const parse = (period: unknown, timeZone = 'UTC') =>
      reportInputSchema.safeParse({ clientId: '1b4e28ba-2fa1-41d2-883f-0016d3cca427', period, timeZone });
    expect(parse({ kind: 'month', month: '2026-03' }).success).toBe(true);
    expect(parse({ kind: 'range', from: '2028-01-01', to: '2028-12-31' }).success).toBe(true); // 366 days
    const reason = (r: ReturnType<typeof parse>) => (r.success ? null : r.error.issues.map((i) => i.message));
    expect(reason(parse({ kind: 'month', month: '2026-13' }))).toEqual(['invalid_month']);
    expect(reason(parse({ kind: 'range', from: '2026-02-30', to: '2026-03-01' }))).toEqual(['invalid_date']);
    expect(reason(parse({ kind: 'range', from: '2026-03-02', to: '2026-03-01' }))).toEqual(['from_after_to']);
    expect(reason(parse({ kind: 'range', from: '2025-01-01', to: '2026-01-02' }))).toEqual(['range_too_long']);
    expect(reason(parse({ kind: 'month', month: '2026-03' }, 'Mars/Olympus'))).toEqual(['invalid_time_zone']);
  });
});
