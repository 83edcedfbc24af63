import type { Api } from '#contract';
import { useSending } from '../stores/sending';
import { openLogs } from './open-logs';

/** The global pause and the desktop shell's requests, wired once with the other events. */
export function startDesktopSync(api: Api): void {
  api.on('sending:pauseChanged', (pause) => useSending.getState().received(pause));
  api.on('app:openLogs', openLogs);
}
