import { z } from 'zod';
import type { SendingPause } from '#contract';
import type { EventBus } from '../events';
import type { Clock, Timers } from '../ports';

/** The pause as stored: a damaged value means "not paused" rather than a failed start. */
export const storedPauseSchema = z.object({
  paused: z.boolean().catch(false).default(false),
  pausedAt: z.number().int().nullable().catch(null).default(null),
});

/** Where the pause is kept; the core gives the preferences document's own section, tests a variable. */
export interface PauseStore {
  read(): SendingPause;
  write(value: SendingPause): void;
}

export function memoryPauseStore(initial: SendingPause = { paused: false, pausedAt: null }): PauseStore {
  let value = initial;
  return {
    read: () => value,
    write: (next) => {
      value = next;
    },
  };
}

/**
 * "Pause all sending": while on, the scheduler leases nothing, so no new attempt starts; attempts
 * already running finish and are recorded as usual. Dispatches keep their state (nothing is held
 * or rescheduled), so resuming simply lets whatever fell due meanwhile go out, paced by the limiter.
 * The choice is stored, so a restart does not quietly start sending again.
 */
export function createGlobalPause(deps: { store: PauseStore; events: EventBus; clock: Clock; wake: () => void }) {
  let state = deps.store.read();
  // Quitting: nothing new starts, but this is not the user's pause and is not stored.
  let quiescing = false;
  function set(paused: boolean): SendingPause {
    if (state.paused === paused) return state;
    state = { paused, pausedAt: paused ? deps.clock.now() : null };
    deps.store.write(state);
    deps.events.emit('sending:pauseChanged', state);
    if (!paused) deps.wake();
    return state;
  }
  return {
    /** True while nothing new may start: paused by the user, or the app is quitting. */
    get paused(): boolean {
      return state.paused || quiescing;
    },
    quiesce(): void {
      quiescing = true;
    },
    state: (): SendingPause => state,
    pause: (): SendingPause => set(true),
    resume: (): SendingPause => set(false),
  };
}

export type GlobalPause = ReturnType<typeof createGlobalPause>;

/**
 * Waits until no attempt is running, checking every `pollMs` of the timers' time, for at most
 * `maxMs`; answers how many were still running at the end (0: all finished).
 */
export function waitForIdle(busy: () => number, timers: Timers, maxMs: number, pollMs = 100): Promise<number> {
  return new Promise((resolve) => {
    let waited = 0;
    const check = (): void => {
      const running = busy();
      if (running === 0 || waited >= maxMs) {
        resolve(running);
        return;
      }
      waited += pollMs;
      timers.after(pollMs, check);
    };
    check();
  });
}
