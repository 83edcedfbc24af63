import type { SendingStatus } from '#contract';
import type { EventBus } from '../events';
import type { Timers } from '../ports';

/** Events after which the state at a glance may have changed. */
const RELEVANT = new Set([
  'dispatch:changed',
  'dispatch:integrationStatus',
  'sending:pauseChanged',
  'integrations:changed',
  'clients:changed',
]);

/**
 * Keeps the tray and the badge current without querying on every event: a burst of changes (an
 * import queueing thousands of leads) causes one read after `debounceMs`; a slow read every
 * `refreshEveryMs` catches what no event announces (time passing, errors reviewed).
 */
export function createStatusWatcher(o: {
  events: EventBus;
  timers: Timers;
  read(): SendingStatus;
  onChange(status: SendingStatus): void;
  onError?(err: unknown): void;
  debounceMs?: number;
  refreshEveryMs?: number;
}) {
  const debounceMs = o.debounceMs ?? 500;
  const refreshEveryMs = o.refreshEveryMs ?? 30_000;
  let last = '';
  let cancelSoon: (() => void) | null = null;
  let cancelPeriodic: (() => void) | null = null;
  let stopped = false;

  function refresh(): void {
    if (stopped) return;
    try {
      const status = o.read();
      const key = JSON.stringify(status);
      if (key === last) return;
      last = key;
      o.onChange(status);
    } catch (err) {
      o.onError?.(err);
    }
  }

  function soon(): void {
    if (stopped || cancelSoon) return;
    cancelSoon = o.timers.after(debounceMs, () => {
      cancelSoon = null;
      refresh();
    });
  }

  function periodic(): void {
    cancelPeriodic = o.timers.after(refreshEveryMs, () => {
      refresh();
      if (!stopped) periodic();
    });
  }

  const unsubscribe = o.events.subscribe((event) => {
    if (RELEVANT.has(event)) soon();
  });
  refresh();
  periodic();

  return {
    /** Reads again shortly (e.g. after the user reviewed a client's errors). */
    refreshSoon: soon,
    stop(): void {
      stopped = true;
      unsubscribe();
      cancelSoon?.();
      cancelPeriodic?.();
    },
  };
}
