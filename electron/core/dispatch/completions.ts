import type { Clock, Log } from '../ports';
import type { ChangeFeed } from './change-feed';
import type { Completed, Completion, OutboxRepository } from './outbox';

export interface CompletionWriterDeps {
  outbox: OutboxRepository;
  clock: Clock;
  feed: ChangeFeed;
  log: Log;
  onIntegrationStatus(change: { integrationId: string; clientId: string; status: string; reason: string }): void;
  /** Called after each flush: finished attempts free room for more work. */
  afterFlush(): void;
}

/**
 * Group commit for finished attempts: those finishing in the same turn of the event loop share
 * one transaction. A commit costs more than the statements in it, and at thousands of attempts a
 * second one commit each would be the bottleneck. Until the flush, the dispatches are still
 * `sending` in the database, so a crash in between only means they are tried again.
 */
export class CompletionWriter {
  private queue: Array<{ completion: Completion; committed: () => void }> = [];
  private scheduled: NodeJS.Immediate | null = null;

  constructor(private readonly d: CompletionWriterDeps) {}

  get pending(): number {
    return this.queue.length;
  }

  /** `committed` runs once the outcome is in the database (or could not be written). */
  add(completion: Completion, committed: () => void): void {
    this.queue.push({ completion, committed });
    this.scheduled ??= setImmediate(() => this.flush());
  }

  flush(): void {
    if (this.scheduled) clearImmediate(this.scheduled);
    this.scheduled = null;
    if (this.queue.length === 0) return;
    const batch = this.queue;
    this.queue = [];
    const items = batch.map((b) => b.completion);
    try {
      const results = this.d.outbox.complete(items, this.d.clock.now());
      results.forEach((done, i) => this.report(done, items[i]?.leased.row.id ?? ''));
    } catch (err) {
      // Left in `sending`: the next start-up records them as interrupted and tries again.
      this.d.log.error('dispatch: recording attempts failed', { count: items.length, error: String(err) });
    }
    for (const b of batch) b.committed();
    this.d.afterFlush();
  }

  /** Tells the rest of the app what a committed outcome changed (also for outcomes committed elsewhere). */
  report(done: Completed | null, dispatchId: string): void {
    const { feed, log } = this.d;
    if (!done) {
      log.warn('dispatch: attempt finished after its dispatch left sending', { dispatchId });
      return;
    }
    feed.push(done.row);
    feed.push(done.alsoHeld);
    if (done.row.state === 'error') {
      log.warn('dispatch: failed', {
        dispatchId,
        integrationId: done.row.integration_id,
        attempts: done.row.attempt_count,
        reason: done.row.last_error,
      });
    }
    if (done.integrationStatus) {
      log.warn('dispatch: integration needs attention', {
        integrationId: done.row.integration_id,
        reason: done.integrationStatus.reason,
      });
      this.d.onIntegrationStatus({
        integrationId: done.row.integration_id,
        clientId: done.row.client_id,
        ...done.integrationStatus,
      });
    }
  }
}
