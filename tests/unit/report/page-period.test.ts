import { describe, expect, it } from 'vitest';
import { useLogsView } from '../../../src/pages/logs/view-store';
import { openErrorsInLogs, openLeadInLogs } from '../../../src/pages/report/open-logs';
import { monthDays, periodOf, rangeProblem, recentMonths, shiftMonth } from '../../../src/pages/report/period';
import { defaultLogFilters, useLogFilters } from '../../../src/stores/logs';
import { useSection } from '../../../src/stores/section';

describe('the Report page’s period', () => {
  it('steps months across years and knows their last day', () => {
    expect(shiftMonth('2026-01', -1)).toBe('2025-12');
    expect(shiftMonth('2026-12', 1)).toBe('2027-01');
    expect(shiftMonth('2026-03', -14)).toBe('2025-01');
    expect(monthDays('2028-02')).toEqual({ from: '2028-02-01', to: '2028-02-29' });
    expect(monthDays('2026-04')).toEqual({ from: '2026-04-01', to: '2026-04-30' });
    expect(recentMonths(new Date(2026, 1, 15), 3)).toEqual(['2026-02', '2026-01', '2025-12']);
  });

  it('asks the core only for a range that is one, and says what is wrong otherwise', () => {
    expect(rangeProblem('', '2026-03-01')).toBe('missing');
    expect(rangeProblem('2026-02-30', '2026-03-01')).toBe('missing');
    expect(rangeProblem('2026-03-02', '2026-03-01')).toBe('reversed');
    expect(rangeProblem('2025-01-01', '2026-01-01')).toBeNull(); // 366 days
    expect(rangeProblem('2025-01-01', '2026-01-02')).toBe('tooLong');
    expect(periodOf({ kind: 'range', month: '2026-03', from: '2026-03-02', to: '2026-03-01' })).toBeNull();
    expect(periodOf({ kind: 'range', month: '2026-03', from: '2026-03-01', to: '2026-03-09' })).toEqual({
      kind: 'range',
      from: '2026-03-01',
      to: '2026-03-09',
    });
    expect(periodOf({ kind: 'month', month: '2026-03' })).toEqual({ kind: 'month', month: '2026-03' });
  });

  it('opens the Logs on the period’s errors, or on one lead, replacing the filters left there', () => {
    useLogFilters.getState().set({ search: 'old', includeTests: false, states: ['sent'] });
    useLogsView.getState().setTab('health');
    useSection.getState().go('report');

    openErrorsInLogs({ firstDay: '2026-03-01', lastDay: '2026-03-31' }, 'i1');
    expect(useSection.getState().section).toBe('logs');
    expect(useLogsView.getState().tab).toBe('attempts');
    expect(useLogFilters.getState().filters).toEqual({
      ...defaultLogFilters,
      client: 'current',
      integrationId: 'i1',
      states: ['error'],
      from: '2026-03-01',
      to: '2026-03-31',
    });

    openLeadInLogs({ id: 'l1', name: 'Ana' });
    expect(useLogFilters.getState().filters).toEqual({ ...defaultLogFilters, lead: { id: 'l1', name: 'Ana' } });
  });
});
