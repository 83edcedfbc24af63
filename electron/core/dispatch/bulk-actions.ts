import { bulkVerdict, type BulkAction, type BulkSkipReason } from '#contract';
import { AppError } from '../errors';
import type { Clock } from '../ports';
import type { ChangeFeed } from './change-feed';
import { resendStart } from './controls';
import type { IntegrationResolver } from './integrations';
import type { OutboxRepository } from './outbox';
import type { DispatchRow } from './rows';
import type { Runner } from './runner';

/** What one batch of a bulk action did. */
export interface BulkBatchResult {
  applied: number;
  stopping: number;
  held: number;
  skipped: Partial<Record<BulkSkipReason, number>>;
}

export interface BulkActionDeps {
  outbox: OutboxRepository;
  integrations: IntegrationResolver;
  runner: Runner;
  clock: Clock;
  feed: ChangeFeed;
  wake(): void;
  isStopped(): boolean;
}

/**
 * Applies an action to a batch of dispatches the user selected, in one transaction: each dispatch is
 * judged by its state at that moment (`bulkVerdict`, as the confirmation counted), so one that
 * changed since it was selected is skipped with its reason rather than failing the batch.
 */
export function createBulkApply(d: BulkActionDeps) {
  return function applyBulk(action: BulkAction, ids: readonly string[]): BulkBatchResult {
    if (d.isStopped()) throw new AppError('unavailable', 'Sending is stopping; try again once the app is back.');
    const result: BulkBatchResult = { applied: 0, stopping: 0, held: 0, skipped: {} };
    const skip = (reason: BulkSkipReason): void => {
      result.skipped[reason] = (result.skipped[reason] ?? 0) + 1;
    };
    const changed: DispatchRow[] = [];
    const stopping: string[] = [];
    const now = d.clock.now();

    const apply = (row: DispatchRow): BulkSkipReason | null => {
      if (action === 'retryNow') {
        const done = d.outbox.retryNow(row.id, now);
        if (!done) return 'changed';
        changed.push(done);
        return null;
      }
      if (action === 'cancel') {
        const done = d.outbox.cancel(row.id, now);
        if (!done) return 'changed';
        changed.push(done);
        return null;
      }
      const start = resendStart(d.integrations, row);
      if (!start) return 'integration_deleted';
      const resent = d.outbox.resend(row.id, now, start);
      if ('refused' in resent) return resent.refused === 'in_progress' ? 'already_resent' : 'changed';
      changed.push(resent.row);
      if (resent.row.state === 'held') result.held++;
      return null;
    };

    d.outbox.transaction(() => {
      const superseded = new Set(action === 'resend' ? d.outbox.superseded(ids) : []);
      for (const id of ids) {
        const row = d.outbox.get(id);
        if (!row) {
          skip('changed');
          continue;
        }
        const verdict = bulkVerdict(action, {
          state: row.state,
          heldReason: row.held_reason,
          superseded: superseded.has(id),
        });
        if (verdict === 'stop') {
          // As `cancel` does mid-send: the request is stored first, then the attempt is aborted.
          if (d.outbox.requestCancel(id, now)) {
            stopping.push(id);
            result.stopping++;
          } else skip('changed');
          continue;
        }
        if (verdict !== 'apply') {
          skip(verdict);
          continue;
        }
        const refused = apply(row);
        if (refused) skip(refused);
        else result.applied++;
      }
    });
    d.feed.push(changed);
    for (const id of stopping) d.runner.requestCancel(id);
    if (action !== 'cancel' && changed.length > 0) d.wake();
    return result;
  };
}
