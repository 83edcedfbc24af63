import type { Api, LogsTarget } from '../../electron/contract';
import { useSending } from '../stores/sending';
import { defaultLogFilters, useLogFilters } from '../stores/logs';
import { useLogsView } from '../pages/logs/view-store';
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

/** The global pause and the desktop shell's requests, wired once with the other events. */
export function startDesktopSync(api: Api): void {
  api.on('sending:pauseChanged', (pause) => useSending.getState().received(pause));
  api.on('app:openLogs', openLogs);
}
