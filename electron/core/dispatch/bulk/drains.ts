/**
 * How far an integration's backlog has come: the bulk requests of the current drain (the run of
 * batches since its backlog last crossed the threshold), and the leads settled lately, from which
 * the time left is estimated. In memory: after a restart a drain starts counting again.
 */

const RATE_WINDOW_MS = 60_000;

interface Drain {
  formed: number;
  done: number;
  /** Batch sizes formed, to estimate how many are still to come. */
  maxBatch: number;
}

export class DrainTracker {
  private readonly drains = new Map<string, Drain>();
  /** Per integration: [time, leads settled] of recent outcomes. */
  private readonly settled = new Map<string, Array<[number, number]>>();

  formed(integrationId: string, maxBatch: number): void {
    const d = this.drains.get(integrationId) ?? { formed: 0, done: 0, maxBatch };
    d.formed++;
    d.maxBatch = maxBatch;
    this.drains.set(integrationId, d);
  }

  batchDone(integrationId: string): void {
    const d = this.drains.get(integrationId);
    if (d) d.done = Math.min(d.formed, d.done + 1);
  }

  /** No batch open and no backlog worth one: the next backlog starts a new count. */
  ended(integrationId: string): void {
    this.drains.delete(integrationId);
  }

  /** Batch `x` of `y`: done so far plus the one under way, out of those made and still to make. */
  progress(integrationId: string, open: number, eligibleWaiting: number): { current: number; total: number } | null {
    const d = this.drains.get(integrationId);
    if (!d) return null;
    const toCome = Math.ceil(eligibleWaiting / Math.max(1, d.maxBatch));
    const total = Math.max(d.formed + toCome, 1);
    return { current: Math.min(total, d.done + (open > 0 ? 1 : 0) || 1), total };
  }

  /** Leads that reached an end (sent, failed for good…), for the rate. */
  outcomes(integrationId: string, at: number, count: number): void {
    const list = this.settled.get(integrationId) ?? [];
    list.push([at, count]);
    while (list.length > 0 && (list[0]?.[0] ?? 0) < at - RATE_WINDOW_MS) list.shift();
    this.settled.set(integrationId, list);
  }

  /** Leads settled per second over the last minute (from the first outcome seen in it), or null. */
  rate(integrationId: string, now: number): number | null {
    const list = (this.settled.get(integrationId) ?? []).filter(([at]) => at >= now - RATE_WINDOW_MS);
    const total = list.reduce((n, [, c]) => n + c, 0);
    const first = list[0]?.[0];
    if (first === undefined || total === 0) return null;
    // At least ten seconds of history, so one burst of a batch does not read as a rate.
    const span = Math.max(now - first, 10_000);
    return (total * 1000) / span;
  }
}
