import { randomUUID } from 'node:crypto';
import type { BulkResendInput, DispatchView, HeldReason } from '#contract';
import { AppError } from '../errors';
import type { EventBus } from '../events';
import type { Clock, Log } from '../ports';
import type { ChangeFeed } from './change-feed';
import type { IntegrationResolver } from './integrations';
import type { OutboxRepository } from './outbox';
import { toView, type DispatchRow } from './rows';
import type { Runner } from './runner';

export interface ControlDeps {
  outbox: OutboxRepository;
  integrations: IntegrationResolver;
  runner: Runner;
  clock: Clock;
  log: Log;
  events: EventBus;
  feed: ChangeFeed;
  wake(): void;
  isStopped(): boolean;
}

const BULK_CHUNK = 200;

export interface ResendStart {
  state: 'pending' | 'held';
  heldReason: HeldReason | null;
}

/** Where a resent dispatch starts, given its integration's state now; null when the integration was deleted. */
export function resendStart(integrations: IntegrationResolver, row: DispatchRow): ResendStart | null {
  const integ = integrations.get(row.integration_id);
  if (!integ || integ.deleted) return null;
  if (row.is_test === 1 || integ.status === 'active') return { state: 'pending', heldReason: null };
  return { state: 'held', heldReason: integ.status === 'needs_attention' ? 'needs_attention' : 'paused' };
}

export function createControls(d: ControlDeps) {
  function existing(id: string): DispatchRow {
    const row = d.outbox.get(id);
    if (!row) throw new AppError('not_found', 'This dispatch does not exist.');
    return row;
  }

  function changed(row: DispatchRow): DispatchView {
    d.feed.push(row);
    return toView(row);
  }

  function integrationStatus(integrationId: string, clientId: string, status: string, reason: string | null): void {
    d.events.emit('dispatch:integrationStatus', { integrationId, clientId, status, reason });
  }

  function startOf(row: DispatchRow): ResendStart {
    const start = resendStart(d.integrations, row);
    if (!start) throw new AppError('conflict', 'The integration of this dispatch was deleted.');
    return start;
  }

  function resendOne(id: string): DispatchView {
    const source = existing(id);
    const result = d.outbox.resend(id, d.clock.now(), startOf(source));
    if ('row' in result) return changed(result.row);
    const messages = {
      not_found: 'This dispatch does not exist.',
      not_finished: 'Only a sent, failed or cancelled dispatch can be sent again.',
      in_progress: 'This lead is already being sent to this integration.',
    };
    throw new AppError(result.refused === 'not_found' ? 'not_found' : 'conflict', messages[result.refused]);
  }

  return {
    retryNow(id: string): DispatchView {
      const row = d.outbox.retryNow(id, d.clock.now());
      if (row) {
        d.wake();
        return changed(row);
      }
      const current = existing(id);
      if (current.state === 'sending') throw new AppError('conflict', 'This dispatch is being sent right now.');
      if (current.state === 'held') throw new AppError('conflict', 'Resume the integration to send its leads again.');
      throw new AppError('conflict', 'This dispatch is finished; resend it instead.');
    },

    cancel(id: string): DispatchView {
      const row = d.outbox.cancel(id, d.clock.now());
      if (row) return changed(row);
      const current = existing(id);
      // Mid-send: the attempt is aborted and ends as cancelled, unless the remote already took the lead.
      // The request is stored first, so a crash before the attempt ends does not send the lead again.
      if (current.state === 'sending' && d.outbox.requestCancel(id, d.clock.now())) {
        d.runner.requestCancel(id);
        return toView(current);
      }
      throw new AppError('conflict', 'This dispatch is already finished.');
    },

    /**
     * Cancels what is still to be sent for these leads (e.g. leads a re-score found no longer
     * qualify): queued dispatches at once; one being sent is stopped as `cancel` stops it (it ends
     * cancelled unless the remote already took the lead). Test dispatches are left alone. Runs
     * inside the caller's transaction when there is one.
     */
    cancelOpenOfLeads(leadIds: readonly string[]): { cancelled: DispatchView[]; stopping: DispatchView[] } {
      const now = d.clock.now();
      const cancelled: DispatchRow[] = [];
      const stopping: DispatchRow[] = [];
      for (const row of d.outbox.openOfLeads(leadIds)) {
        if (row.state === 'sending') {
          const asked = d.outbox.requestCancel(row.id, now);
          if (asked) stopping.push(asked);
          continue;
        }
        const done = d.outbox.cancel(row.id, now);
        if (done) cancelled.push(done);
      }
      d.feed.push(cancelled);
      for (const row of stopping) d.runner.requestCancel(row.id);
      return { cancelled: cancelled.map(toView), stopping: stopping.map(toView) };
    },

    resend(id: string): DispatchView {
      const view = resendOne(id);
      d.wake();
      return view;
    },

    /** Answers at once; the work runs in chunks and reports `dispatch:bulkProgress`. */
    bulkResend(input: BulkResendInput): { jobId: string; total: number } {
      const ids = d.outbox.bulkCandidates(input);
      const jobId = randomUUID();
      let done = 0;
      let resent = 0;
      const step = (): void => {
        if (d.isStopped()) return;
        for (const id of ids.slice(done, done + BULK_CHUNK)) {
          try {
            resendOne(id);
            resent++;
          } catch (err) {
            // Changed since it was picked (e.g. resent by hand meanwhile): nothing to do for it.
            if (!(err instanceof AppError)) throw err;
          }
          done++;
        }
        const finished = done >= ids.length;
        d.events.emit('dispatch:bulkProgress', { jobId, done, total: ids.length, finished });
        d.wake();
        if (finished) d.log.info('dispatch: bulk resend finished', { jobId, total: ids.length, resent });
        else setImmediate(step);
      };
      setImmediate(step);
      return { jobId, total: ids.length };
    },

    /** `inactive` is the Send Leads page's "deactivate": held like a pause, and no new leads are queued. */
    pauseIntegration(integrationId: string, status: 'paused' | 'inactive' = 'paused') {
      const integ = d.integrations.get(integrationId);
      if (!integ || integ.deleted) throw new AppError('not_found', 'This integration does not exist.');
      if (integ.status === 'draft') throw new AppError('conflict', 'A draft integration sends nothing to pause.');
      if (integ.status === 'inactive' && status === 'paused') {
        throw new AppError('conflict', 'This integration is deactivated: it takes no leads to pause.');
      }
      const now = d.clock.now();
      const held = d.outbox.transaction(() => {
        d.outbox.setIntegrationStatus(integrationId, status, null, now);
        return d.outbox.holdIntegration(integrationId, 'paused', now);
      });
      d.feed.push(held);
      integrationStatus(integrationId, integ.clientId, status, null);
      return { integrationId, status, moved: held.length };
    },

    /** Also the way back from "needs attention" once the credentials are fixed. */
    resumeIntegration(integrationId: string) {
      const integ = d.integrations.get(integrationId);
      if (!integ || integ.deleted) throw new AppError('not_found', 'This integration does not exist.');
      // A deactivated one goes back through activation, which checks the profile and the key.
      if (integ.status === 'draft' || integ.status === 'inactive') {
        throw new AppError('conflict', 'Activate the integration first.');
      }
      const now = d.clock.now();
      const released = d.outbox.transaction(() => {
        d.outbox.setIntegrationStatus(integrationId, 'active', null, now);
        return d.outbox.release({ integrationId, reasons: ['paused', 'needs_attention'] }, now);
      });
      d.feed.push(released);
      integrationStatus(integrationId, integ.clientId, 'active', null);
      d.wake();
      return { integrationId, status: 'active', moved: released.length };
    },
  };
}
