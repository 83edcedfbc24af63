import type { AttemptRecorder } from '../../http/record';
import { ConnectorError, type BulkStatus } from '../../integrations/connector';
import type { Clock } from '../../ports';
import { asConnectorError } from '../attempt';
import type { IntegrationResolver } from '../integrations';
import type { EngineLimits } from '../limits';
import type { RateLimiter } from '../../http/rate-limiter';
import { bulkContext, type BulkContextDeps } from './context';
import { requestLabel } from './reports';
import { bulky, type Bulky, type Settler } from './settle';
import type { BatchRow, BatchStore } from './store';

/** The wait before asking for a request's status again: 1, 1, 2, 2, 4, 4, 8, 8, then every 15 seconds. */
export function pollDelay(polls: number): number {
  return Math.min(1000 * 2 ** Math.floor(polls / 2), 15_000);
}

export interface PollerDeps {
  context: BulkContextDeps;
  store: BatchStore;
  integrations: IntegrationResolver;
  settler: Settler;
  limiter: RateLimiter;
  limits: EngineLimits;
  clock: Clock;
  signal: AbortSignal;
  track(p: Promise<unknown>): void;
  stopped(): boolean;
  wake(): void;
}

/**
 * Asks the remote how its bulk requests are going. Per account, only the oldest request waiting
 * is asked about (the remote works through them in order), one question at a time, less often the
 * longer it runs: polling costs the same requests per second the leads need.
 */
export class Poller {
  private readonly polling = new Set<string>();

  constructor(private readonly d: PollerDeps) {}

  /** Asks about what is due; answers when the next question is due (null: none). */
  tick(open: readonly BatchRow[], now: number): number | null {
    let next: number | null = null;
    const oldest = new Map<string, BatchRow>();
    for (const batch of open) {
      if (batch.state !== 'submitted') continue;
      const key = this.d.integrations.get(batch.integration_id)?.rateKey ?? batch.integration_id;
      const seen = oldest.get(key);
      if (!seen || (batch.submitted_at ?? 0) < (seen.submitted_at ?? 0)) oldest.set(key, batch);
    }
    for (const [key, batch] of oldest) {
      if (this.polling.has(key)) continue;
      const at = batch.next_poll_at ?? now;
      if (at <= now) this.poll(batch, key);
      else next = next === null ? at : Math.min(next, at);
    }
    return next;
  }

  private poll(batch: BatchRow, key: string): void {
    const integ = bulky(this.d.integrations.get(batch.integration_id));
    if (!integ || batch.remote_id === null) return;
    this.polling.add(key);
    const { ctx, recorder } = bulkContext(this.d.context, integ, this.d.signal);
    this.d.track(
      integ.bulk
        .status(ctx, batch.remote_id)
        .then(
          (status) => this.answered(batch, integ, status, recorder),
          (err: unknown) => this.failed(batch, integ, asConnectorError(err), recorder),
        )
        .finally(() => {
          this.polling.delete(key);
          if (!this.d.stopped()) this.d.wake();
        }),
    );
  }

  private answered(batch: BatchRow, integ: Bulky, status: BulkStatus, recorder: AttemptRecorder): void {
    if (this.d.stopped()) return;
    const now = this.d.clock.now();
    if (status.done) {
      this.d.settler.completed(batch, integ, status, recorder);
      return;
    }
    const { bulkGiveUpMs } = this.d.limits;
    if (now - (batch.submitted_at ?? now) > bulkGiveUpMs) {
      const minutes = Math.round(bulkGiveUpMs / 60_000);
      const error = new ConnectorError(
        'transient',
        `it had not finished after ${minutes} minutes (status "${status.status}")`,
      );
      this.d.settler.failAll(batch, integ, error, recorder);
      return;
    }
    this.d.store.pollLater(batch.id, status.status, now + pollDelay(batch.polls + 1));
  }

  private failed(batch: BatchRow, integ: Bulky, error: ConnectorError, recorder: AttemptRecorder): void {
    if (this.d.stopped()) return;
    const now = this.d.clock.now();
    if (error.errorClass === 'auth') {
      this.d.settler.failAll(batch, integ, error, recorder);
      return;
    }
    if (error.errorClass === 'permanent') {
      // The remote does not know the request (any more): it goes again, which adds no one twice.
      const { request, remote } = integ.bulk.words;
      const label = requestLabel(batch, request);
      this.d.store.resubmit(
        batch.id,
        `${remote} did not know ${label} when asked for its status (${error.message}); it was sent again.`,
      );
      return;
    }
    if (error.errorClass === 'rate_limited' && error.retryAfterMs !== undefined) {
      this.d.limiter.block(integ.rateKey, error.retryAfterMs);
    }
    this.d.store.pollLater(batch.id, null, now + Math.max(pollDelay(batch.polls + 1), error.retryAfterMs ?? 0));
  }
}
