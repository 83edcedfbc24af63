/**
 * How many leads to take in the next batch so that one batch holds the event loop for about
 * `targetMs`: batches differ a lot in cost (a lead that stays as it was is a few microseconds, one
 * newly qualified is queued for every integration), and so do machines.
 */
export class Pace {
  private next: number;

  constructor(
    private readonly o: { targetMs: number; min: number; max: number; initial: number } = {
      targetMs: 20,
      min: 25,
      max: 2_000,
      initial: 200,
    },
  ) {
    this.next = o.initial;
  }

  get size(): number {
    return this.next;
  }

  /** After a batch of `count` leads that took `ms`: at most doubles, so one cheap batch cannot overshoot. */
  record(count: number, ms: number): void {
    if (count === 0) return;
    const fitting = Math.round((count / Math.max(ms, 0.5)) * this.o.targetMs);
    this.next = Math.min(this.o.max, Math.max(this.o.min, Math.min(fitting, this.next * 2)));
  }
}
