import { create } from 'zustand';
import type { RestoreKind } from '#contract';
import { getApi, getConnection, getConnectionHost } from '../api';

interface RestartingState {
  /** Set once the core said it closes to reopen on restored data; the page then reloads. */
  reason: RestoreKind | null;
}

export const useRestarting = create<RestartingState>(() => ({ reason: null }));

/**
 * A restore or an import restarts the core under the page. The desktop app reloads its window by
 * itself; in the browser the page reloads as soon as the host answers again, so every screen starts
 * over on the restored data.
 */
export function watchRestarts(win: Window = window): void {
  const api = getApi();
  api.on('app:restarting', ({ reason }) => {
    useRestarting.setState({ reason });
    if (getConnectionHost() !== 'browser') return;
    let dropped = false;
    const off = getConnection().subscribe((state) => {
      if (state.status !== 'open') dropped = true;
      else if (dropped) {
        off();
        win.location.reload();
      }
    });
  });
}
