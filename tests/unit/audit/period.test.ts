import { describe, expect, it } from 'vitest';
import { defaultAuditFilters, periodRange } from '../../../src/pages/audit/filters';

describe('the history page’s period, as the core filters it', () => {
  const DAY = 86_400_000;

  it('counts a preset back from when it was chosen, and leaves "any time" open', () => {
    const chosenAt = Date.UTC(2026, 11, 7, 12);
    expect(periodRange({ ...defaultAuditFilters, period: '7d', chosenAt })).toEqual({ from: chosenAt - 7 * DAY });
    expect(periodRange({ ...defaultAuditFilters, period: '90d', chosenAt })).toEqual({ from: chosenAt - 90 * DAY });
    expect(periodRange(defaultAuditFilters)).toEqual({});
  });

  it('takes custom days whole, in the computer’s zone, and refuses a last day before the first', () => {
    const custom = { ...defaultAuditFilters, period: 'custom' as const };
    expect(periodRange({ ...custom, from: '2026-12-01', to: '2026-12-07' })).toEqual({
      from: new Date(2026, 11, 1).getTime(),
      to: new Date(2026, 11, 8).getTime(),
    });
    expect(periodRange({ ...custom, from: '2026-12-07', to: '2026-12-07' })).toEqual({
      from: new Date(2026, 11, 7).getTime(),
      to: new Date(2026, 11, 8).getTime(),
    });
    expect(periodRange({ ...custom, from: '2026-12-08', to: '2026-12-07' })).toBeNull();
    expect(periodRange({ ...custom, from: '', to: '2026-12-07' })).toEqual({
      from: undefined,
      to: new Date(2026, 11, 8).getTime(),
    });
  });
});
