import type { Timers } from '../ports';

/**
 * Real timers. Unref'd: a waiting retry must never be the only thing keeping a process alive
 * (the app has its window or server for that, and a test process must be able to exit).
 */
export const systemTimers: Timers = {
  after(ms, fn) {
    const handle = setTimeout(fn, Math.max(0, ms));
    handle.unref();
    return () => clearTimeout(handle);
  },
};
