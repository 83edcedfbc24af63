import type { LogsTarget } from '#contract';
import { useLogsView } from '../pages/logs/view-store';
import { defaultLogFilters, useLogFilters } from '../stores/logs';
import { useSection } from '../stores/section';

/** A click on a system notification: the Logs page with exactly the dispatches it was about. */
export function openLogs(target: LogsTarget): void {
  useLogFilters.getState().set({
    ...defaultLogFilters,
    client: target.filter.clientId ?? 'all',
    integrationId: target.filter.integrationId,
    states: target.filter.states,
  });
  useLogsView.getState().setTab(target.tab);
  useSection.getState().go('logs');
}
