import type { Clock, Timers } from '../../../electron/core/ports';

interface Pending {
  at: number;
  seq: number;
  fn: () => void;
  cancelled: boolean;
}

/**
 * A clock and timers that move only when told. `advance` fires every timer in time order, letting
 * the promises each one starts run (a few turns of the real event loop) before the next fires, so
 * an engine driven by it behaves as it would over real minutes, in milliseconds.
 */
export class FakeTime implements Clock, Timers {
  private pending: Pending[] = [];
  private seq = 0;

  constructor(public time = Date.UTC(2026, 10, 26, 12, 0, 0)) {}

  now(): number {
    return this.time;
  }

  after(ms: number, fn: () => void): () => void {
    const timer: Pending = { at: this.time + Math.max(0, ms), seq: this.seq++, fn, cancelled: false };
    this.pending.push(timer);
    return () => {
      timer.cancelled = true;
    };
  }

  private nextDue(limit: number): Pending | undefined {
    this.pending = this.pending.filter((t) => !t.cancelled);
    let best: Pending | undefined;
    for (const t of this.pending) {
      if (t.at <= limit && (!best || t.at < best.at || (t.at === best.at && t.seq < best.seq))) best = t;
    }
    return best;
  }

  /** Lets pending I/O callbacks and promise chains run, firing timers that are due now. */
  async flush(rounds = 12): Promise<void> {
    for (let i = 0; i < rounds; i++) {
      await new Promise((r) => setImmediate(r));
      for (let t = this.nextDue(this.time); t; t = this.nextDue(this.time)) {
        t.cancelled = true;
        t.fn();
      }
    }
  }

  async advance(ms: number): Promise<void> {
    await this.advanceTo(this.time + ms);
  }

  async advanceTo(target: number): Promise<void> {
    await this.flush();
    for (let t = this.nextDue(target); t; t = this.nextDue(target)) {
      this.time = Math.max(this.time, t.at);
      t.cancelled = true;
      t.fn();
      await this.flush();
    }
    this.time = Math.max(this.time, target);
    await this.flush();
  }
}
