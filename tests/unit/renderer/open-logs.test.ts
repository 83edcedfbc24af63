import { describe, expect, it } from 'vitest';
import { openLogs } from '../../../src/app/open-logs';
import { useLogsView } from '../../../src/pages/logs/view-store';
import { defaultLogFilters, useLogFilters } from '../../../src/stores/logs';
import { useSection } from '../../../src/stores/section';

describe('a click on a desktop notification', () => {
  it('opens the Logs page filtered to what it was about, replacing the filters left there', () => {
    useLogFilters.getState().set({ search: 'old search', includeTests: false, states: ['sent'] });
    useLogsView.getState().setTab('health');
    useSection.getState().go('leads');

    openLogs({ tab: 'attempts', filter: { clientId: 'c1', integrationId: 'i1', states: ['error'] } });
    expect(useSection.getState().section).toBe('logs');
    expect(useLogsView.getState().tab).toBe('attempts');
    expect(useLogFilters.getState().filters).toEqual({
      ...defaultLogFilters,
      client: 'c1',
      integrationId: 'i1',
      states: ['error'],
    });

    // Several clients: every client's dispatches.
    openLogs({ tab: 'attempts', filter: { clientId: null, integrationId: null, states: ['pending', 'retrying'] } });
    expect(useLogFilters.getState().filters).toMatchObject({ client: 'all', integrationId: null });
  });
});
