import type { Clock, Timers } from '../ports';

export const DAY_MS = 24 * 60 * 60 * 1000;
/** How often the schedule looks whether a day passed: a computer that slept catches up within this. */
export const CHECK_EVERY_MS = 60 * 60 * 1000;
/** The first look after start-up waits this long, so the backup does not compete with opening. */
export const FIRST_CHECK_MS = 5 * 60 * 1000;

/**
 * A backup once a day: an hour-by-hour look at the newest backup (of any kind: a backup taken by
 * hand this morning counts), and a new one when it is a day old or there is none.
 */
export function createDailySchedule(deps: {
  clock: Clock;
  timers: Timers;
  newest(): number | null;
  /** Nothing to protect yet (no client): no backup. */
  hasData(): boolean;
  run(): Promise<unknown>;
  onError(err: unknown): void;
}) {
  let cancel: (() => void) | null = null;
  let stopped = false;

  function plan(ms: number): void {
    if (stopped) return;
    cancel = deps.timers.after(ms, () => void check());
  }

  async function check(): Promise<void> {
    cancel = null;
    try {
      const newest = deps.newest();
      if (deps.hasData() && (newest === null || deps.clock.now() - newest >= DAY_MS)) await deps.run();
    } catch (err) {
      try {
        deps.onError(err);
      } catch {
        // Reporting failed too (the log's folder is gone with the app closing): nothing left to tell.
      }
    }
    plan(CHECK_EVERY_MS);
  }

  return {
    start(): void {
      plan(FIRST_CHECK_MS);
    },
    stop(): void {
      stopped = true;
      cancel?.();
      cancel = null;
    },
  };
}
