import type { Clock, Timers } from '../ports';

export interface SchedulerOptions {
  clock: Clock;
  timers: Timers;
  /**
   * The longest the loop sleeps. Timers do not count time the machine spent asleep, so a retry
   * due during a suspend would wait for a timer that is still far off; waking at least this often
   * bounds that lateness (and catches work another part of the app wrote without waking us).
   */
  maxSleepMs: number;
  /** Starts what is due; answers when to look again (null: nothing is waiting). */
  tick(): number | null;
  onError(err: unknown): void;
}

/**
 * Not a cluster: a loop that asks the outbox for due work, starts it, and sleeps until the next
 * due time. `wake()` coalesces (many attempts finishing in one turn cause one tick).
 */
export class Scheduler {
  private cancelTimer: (() => void) | null = null;
  private timerAt = Infinity;
  private immediate: NodeJS.Immediate | null = null;
  private stopped = false;

  constructor(private readonly o: SchedulerOptions) {}

  wake(): void {
    if (this.stopped || this.immediate) return;
    this.immediate = setImmediate(() => {
      this.immediate = null;
      this.run();
    });
  }

  /** Runs a tick now (start-up, tests). */
  run(): void {
    if (this.stopped) return;
    let next: number | null;
    try {
      next = this.o.tick();
    } catch (err) {
      this.o.onError(err);
      next = null;
    }
    const now = this.o.clock.now();
    this.arm(Math.min(next ?? Infinity, now + this.o.maxSleepMs));
  }

  get sleepingUntil(): number {
    return this.timerAt;
  }

  get pending(): boolean {
    return this.immediate !== null;
  }

  private arm(at: number): void {
    this.cancelTimer?.();
    this.timerAt = at;
    this.cancelTimer = this.o.timers.after(Math.max(0, at - this.o.clock.now()), () => {
      this.cancelTimer = null;
      this.timerAt = Infinity;
      this.run();
    });
  }

  stop(): void {
    this.stopped = true;
    this.cancelTimer?.();
    this.cancelTimer = null;
    if (this.immediate) clearImmediate(this.immediate);
    this.immediate = null;
  }
}
