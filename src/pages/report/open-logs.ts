import { defaultLogFilters, useLogFilters } from '../../stores/logs';
import { useSection } from '../../stores/section';
import { useLogsView } from '../logs/view-store';

/**
 * The Logs page on the current client's dispatches in error, created during the report's days (in
 * the same time zone), optionally of one integration: where a failed delivery is resent.
 */
export function openErrorsInLogs(days: { firstDay: string; lastDay: string }, integrationId: string | null = null) {
  useLogFilters.getState().set({
    ...defaultLogFilters,
    client: 'current',
    states: ['error'],
    from: days.firstDay,
    to: days.lastDay,
    integrationId,
  });
  useLogsView.getState().setTab('attempts');
  useSection.getState().go('logs');
}

/** The Logs page on one lead's dispatches, every one of them. */
export function openLeadInLogs(lead: { id: string; name: string }) {
  useLogFilters.getState().set({ ...defaultLogFilters, client: 'current', lead });
  useLogsView.getState().setTab('attempts');
  useSection.getState().go('logs');
}
