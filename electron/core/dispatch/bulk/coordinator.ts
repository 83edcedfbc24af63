import type { AttemptRecorder } from '../../http/record';
import {
  ConnectorError,
  type BulkSender,
  type BulkStatus,
  type BulkSubmitted,
  type DispatchLead,
} from '../../integrations/connector';
import type { Log } from '../../ports';
import { asConnectorError } from '../attempt';
import type { ChangeFeed } from '../change-feed';
import type { CompletionWriter } from '../completions';
import type { IntegrationResolver, ResolvedIntegration } from '../integrations';
import type { LeadReader } from '../leads';
import type { EngineLimits } from '../limits';
import type { Completion, OutboxRepository } from '../outbox';
import { parseSteps } from '../rows';
import { bulkContext, type BulkContextDeps } from './context';
import { DrainTracker } from './drains';
import { FollowUps, type FollowUpDeps } from './follow-ups';
import { settleCompleted } from './outcomes';
import { baseReport, failureCompletion, importLabel, leasedOf, perContactCompletion } from './reports';
import { batchCalls, batchNotes, createBatchStore, type BatchItem, type BatchRow, type BatchStore } from './store';
import type { Sqlite } from '../../db/connection';

export interface BulkDeps extends BulkContextDeps {
  sqlite: Sqlite;
  outbox: OutboxRepository;
  integrations: IntegrationResolver;
  leads: LeadReader;
  log: Log;
  feed: ChangeFeed;
  limits: EngineLimits;
  completions: Pick<CompletionWriter, 'report'>;
  followUps: Omit<FollowUpDeps, 'store' | 'completions' | 'onDone'>;
  wake(): void;
  /** The runner's view of the network: while offline nothing is sent, in bulk or not. */
  offline(): boolean;
  wentOffline(): void;
}

type Bulk = BulkSender<unknown>;
type Bulky = ResolvedIntegration & { bulk: Bulk };

/** The integration with its connector's bulk sender at hand, when it has one. */
function bulky(integ: ResolvedIntegration | null): Bulky | null {
  const bulk = integ?.connector?.bulk;
  return integ && bulk ? { ...integ, bulk } : null;
}

const MINUTE_MS = 60_000;
/** After a refused check (a mapped field gone…), how long the integration's leads go one by one. */
const UNAVAILABLE_MS = 10 * MINUTE_MS;
/** After a check that could not run (the network, a 5xx), how soon it is tried again. */
const PREPARE_RETRY_MS = 30_000;

/** The wait before asking for a request's status again: 1, 1, 2, 2, 4, 4, 8, 8, then every 15 seconds. */
export function pollDelay(polls: number): number {
  return Math.min(1000 * 2 ** Math.floor(polls / 2), 15_000);
}

/**
 * Sends backlogs in bulk: when an integration whose connector offers it (ActiveCampaign's import)
 * has enough qualified leads due, they go in requests of up to the connector's maximum instead of
 * one by one. Each request is recorded with its leads before it is sent and its remote id stored
 * as soon as the remote answers; then its status is polled and every lead settled. One request
 * goes out per account at a time, and every call waits for the account's limiter, which the
 * per-contact path and the wizard share.
 */
export class BulkCoordinator {
  readonly store: BatchStore;
  readonly drains = new DrainTracker();
  private readonly followUps: FollowUps;
  private readonly posting = new Set<string>();
  private readonly polling = new Set<string>();
  private readonly inFlight = new Set<string>();
  private readonly preparedUntil = new Map<string, number>();
  private readonly preparing = new Set<string>();
  private readonly unavailable = new Map<string, { until: number; reason: string }>();
  private readonly imports = new Map<string, number[]>();
  private readonly pending = new Set<Promise<unknown>>();
  private readonly controller = new AbortController();
  private stopped = false;

  constructor(private readonly d: BulkDeps) {
    this.store = createBatchStore(d.sqlite, d.outbox);
    this.followUps = new FollowUps({
      ...d.followUps,
      store: this.store,
      completions: d.completions,
      onDone: () => d.wake(),
    });
  }

  /** Requests and follow-ups running now, and batches not settled yet (tests wait for none). */
  get busy(): number {
    return this.pending.size + this.followUps.running + this.store.countOpen();
  }

  /** Calls to the remote running now; quitting waits for them so their answers get recorded. */
  get requests(): number {
    return this.pending.size;
  }

  /** Why an integration's backlog goes one by one now, or null. */
  unavailableReason(integ: ResolvedIntegration, now: number): string | null {
    if (!this.d.limits.bulk) return null;
    const bulk = integ.connector?.bulk;
    if (!bulk || integ.problem !== null) return null;
    const off = this.unavailable.get(integ.id);
    if (off && off.until > now) return off.reason;
    return bulk.unsupported(integ.config);
  }

  minBatch(bulk: Bulk): number {
    return Math.max(1, Math.min(bulk.maxBatch, this.d.limits.bulkMinBatch ?? bulk.minBatch));
  }

  /** The integration, when its due backlog may go in bulk now. */
  private candidate(integ: ResolvedIntegration | null, now: number): Bulky | null {
    if (!this.d.limits.bulk || !integ || integ.deleted || integ.status !== 'active' || integ.problem !== null) {
      return null;
    }
    const found = bulky(integ);
    return found && this.unavailableReason(found, now) === null ? found : null;
  }

  /**
   * For the runner: an integration with enough due work for a bulk request sends only its other
   * due dispatches (test leads, leads sent back to the per-contact path) one by one; null lets
   * the runner pick as usual.
   */
  perContactDue(integrationId: string, now: number, limit: number): string[] | null {
    const integ = this.candidate(this.d.integrations.get(integrationId), now);
    if (!integ) return null;
    const min = this.minBatch(integ.bulk);
    if (this.store.eligibleCount(integrationId, now, min) < min) return null;
    return this.store.othersDue(integrationId, now, limit);
  }

  /** One scheduler tick: forms and sends batches, asks for statuses; answers when to look again. */
  tick(now: number): number | null {
    if (this.stopped || !this.d.limits.bulk || this.d.offline()) return null;
    let next: number | null = null;
    const later = (at: number | null): void => {
      if (at !== null && (next === null || at < next)) next = at;
    };
    const open = this.store.open();
    for (const batch of open) {
      if (batch.state !== 'recorded' || this.inFlight.has(batch.id)) continue;
      later(this.trySubmit(batch, now));
    }
    for (const id of this.d.outbox.integrationIds()) later(this.form(id, now, open));
    later(this.pollDue(open, now));
    return next;
  }

  private form(integrationId: string, now: number, open: readonly BatchRow[]): number | null {
    const integ = this.candidate(this.d.integrations.get(integrationId), now);
    if (!integ) return null;
    const { bulk } = integ;
    const min = this.minBatch(bulk);
    const mine = open.filter((b) => b.integration_id === integrationId);
    if (this.store.eligibleCount(integrationId, now, min) < min) {
      if (mine.length === 0) this.drains.ended(integrationId);
      return null;
    }
    if (this.posting.has(integ.rateKey) || mine.some((b) => b.state === 'recorded')) return null;
    if (mine.length >= this.d.limits.bulkMaxOpen) return null;
    const wait = this.importWait(integ.rateKey, bulk, now);
    if (wait > now) return wait;
    if ((this.preparedUntil.get(integrationId) ?? 0) <= now) {
      this.prepare(integ);
      return null;
    }
    const rows = this.store.eligibleDue(integrationId, now, bulk.maxBatch * 2);
    const chosen: string[] = [];
    const keys = new Set<string>();
    for (const r of rows) {
      if (chosen.length >= bulk.maxBatch) break;
      const lead = this.d.leads.get(r.lead_id);
      if (!lead) continue;
      // One entry per contact: a second dispatch for the same e-mail waits for the next request.
      const key = bulk.key(lead);
      if (keys.has(key)) continue;
      keys.add(key);
      chosen.push(r.id);
    }
    if (chosen.length < min) return null;
    const recorded = this.store.record({ clientId: integ.clientId, integrationId, ids: chosen, now });
    if (!recorded) return null;
    this.d.feed.push(recorded.leased.map((l) => l.row));
    this.drains.formed(integrationId, bulk.maxBatch);
    return this.trySubmit(recorded.batch, now);
  }

  /** The remote's limit on bulk requests per minute (AC: 100): the time a new one may go, or now. */
  private importWait(rateKey: string, bulk: Bulk, now: number): number {
    const times = (this.imports.get(rateKey) ?? []).filter((t) => t > now - MINUTE_MS);
    this.imports.set(rateKey, times);
    return times.length < bulk.perMinute ? now : (times[0] ?? now) + MINUTE_MS;
  }

  private prepare(integ: Bulky): void {
    if (this.preparing.has(integ.id)) return;
    this.preparing.add(integ.id);
    const { ctx } = bulkContext(this.d, integ, this.controller.signal);
    this.track(
      integ.bulk
        .prepare(ctx)
        .then(() => this.preparedUntil.set(integ.id, this.d.clock.now() + MINUTE_MS))
        .catch((err: unknown) => {
          if (this.stopped) return;
          const error = asConnectorError(err);
          const retry = error.errorClass === 'permanent' || error.errorClass === 'auth';
          const until = this.d.clock.now() + (retry ? UNAVAILABLE_MS : PREPARE_RETRY_MS);
          this.unavailable.set(integ.id, { until, reason: error.message });
          this.d.log.warn('dispatch: bulk sending unavailable', { integrationId: integ.id, reason: error.message });
        })
        .finally(() => {
          this.preparing.delete(integ.id);
          if (!this.stopped) this.d.wake();
        }),
    );
  }

  private track(p: Promise<unknown>): void {
    this.pending.add(p);
    void p.finally(() => this.pending.delete(p));
  }

  private trySubmit(batch: BatchRow, now: number): number | null {
    const integ = bulky(this.d.integrations.get(batch.integration_id));
    if (!integ || integ.problem !== null) {
      this.giveBack(batch, 'The integration can no longer send in bulk; its leads go one by one.');
      return null;
    }
    if (this.posting.has(integ.rateKey)) return null;
    const wait = this.importWait(integ.rateKey, integ.bulk, now);
    if (wait > now) return wait;
    this.posting.add(integ.rateKey);
    this.inFlight.add(batch.id);
    this.imports.get(integ.rateKey)?.push(now);
    this.track(
      this.submit(batch, integ).finally(() => {
        this.posting.delete(integ.rateKey);
        this.inFlight.delete(batch.id);
        if (!this.stopped) this.d.wake();
      }),
    );
    return null;
  }

  private leadsOf(batch: BatchRow, items: BatchItem[]): Array<{ item: BatchItem; lead: DispatchLead }> {
    const out: Array<{ item: BatchItem; lead: DispatchLead }> = [];
    const gone: Completion[] = [];
    for (const item of items) {
      const lead = this.d.leads.get(item.row.lead_id);
      if (lead) out.push({ item, lead });
      else {
        gone.push({
          leased: leasedOf(item.row),
          transition: { to: 'cancelled', spend: false },
          report: {
            ...baseReport({
              batch,
              row: item.row,
              key: '',
              calls: [],
              notes: [],
              now: this.d.clock.now(),
              statusCode: null,
              excerpt: null,
            }),
            outcome: 'cancelled',
            errorClass: null,
            message: 'The lead was deleted.',
          },
          batchId: batch.id,
        });
      }
    }
    if (gone.length > 0) this.commit(batch, 'recorded', gone);
    return out;
  }

  private async submit(batch: BatchRow, integ: Bulky): Promise<void> {
    const entries = this.leadsOf(batch, this.store.items(batch.id));
    if (entries.length === 0) {
      this.commit(batch, 'failed', []);
      return;
    }
    const { ctx, recorder } = bulkContext(this.d, integ, this.controller.signal);
    let result: BulkSubmitted;
    try {
      result = await integ.bulk.submit(
        ctx,
        entries.map((e) => e.lead),
      );
    } catch (err) {
      if (this.stopped) return;
      this.failAll(batch, integ, asConnectorError(err), recorder, batchNotes(batch));
      return;
    }
    if (this.stopped) return;
    const now = this.d.clock.now();
    if (result.queued) {
      this.store.submitted(batch.id, result.remoteId, now, now + pollDelay(0), recorder.calls);
      return;
    }
    this.refused(batch, integ, entries, result, recorder);
  }

  /** A 400 naming contacts: those fail with its reason, the rest go again in a new request without them. */
  private refused(
    batch: BatchRow,
    integ: Bulky,
    entries: Array<{ item: BatchItem; lead: DispatchLead }>,
    result: Extract<BulkSubmitted, { queued: false }>,
    recorder: AttemptRecorder,
  ): void {
    const now = this.d.clock.now();
    const reasons = new Map<number, string[]>();
    for (const r of result.refused) {
      if (r.index >= 0 && r.index < entries.length) reasons.set(r.index, [...(reasons.get(r.index) ?? []), r.reason]);
    }
    const label = importLabel(batch);
    if (reasons.size === 0) {
      this.failAll(
        batch,
        integ,
        new ConnectorError('permanent', `ActiveCampaign refused ${label}: ${result.message}`),
        recorder,
        [],
      );
      return;
    }
    const completions: Completion[] = [];
    const rest: string[] = [];
    entries.forEach(({ item, lead }, index) => {
      const why = reasons.get(index);
      if (!why) {
        rest.push(item.row.id);
        return;
      }
      const message = `The remote refused this lead in ${label}: ${why.join('; ')}. The other leads of the request were sent again without it.`;
      completions.push({
        leased: leasedOf(item.row),
        transition: { to: 'error', spend: true },
        report: {
          ...baseReport({
            batch,
            row: item.row,
            key: integ.bulk.key(lead),
            calls: recorder.calls,
            notes: batchNotes(batch),
            now,
            statusCode: 400,
            excerpt: recorder.last?.excerpt ?? null,
          }),
          outcome: 'failed',
          errorClass: 'permanent',
          message,
        },
        batchId: batch.id,
      });
    });
    const note = `${label} was refused because of ${reasons.size} other lead(s) (HTTP 400: ${result.message}); this lead went again in the next import without them.`;
    const { next } = this.commit(batch, 'refused', completions, {
      ids: rest,
      clientId: batch.client_id,
      integrationId: batch.integration_id,
      notes: [...batchNotes(batch), note],
    });
    if (next) this.drains.formed(integ.id, integ.bulk.maxBatch);
    this.drains.batchDone(integ.id);
  }

  /** The whole request failed (network, 5xx, 429, a refused key): each lead by the ordinary policy. */
  private failAll(
    batch: BatchRow,
    integ: Bulky,
    error: ConnectorError,
    recorder: AttemptRecorder,
    notes: readonly string[],
  ): void {
    const now = this.d.clock.now();
    const label = importLabel(batch);
    const uncertain =
      error.errorClass === 'transient' || error.errorClass === 'offline'
        ? ' ActiveCampaign may or may not have queued it; sending it again is harmless, because the import updates ' +
          'contacts by e-mail and adds tags and lists only once.'
        : '';
    const message = `${label} failed: ${recorder.redactor.text(error.message)}${uncertain}`;
    const completions = this.store.items(batch.id).map((item) => {
      const lead = this.d.leads.get(item.row.lead_id);
      return failureCompletion({
        batch,
        row: item.row,
        key: lead ? integ.bulk.key(lead) : '',
        calls: [...batchCalls(batch), ...recorder.calls],
        notes,
        now,
        statusCode: error.status ?? recorder.last?.status ?? null,
        excerpt: recorder.last?.excerpt ?? null,
        error,
        message,
        integ: this.d.integrations.get(integ.id) ?? integ,
        limits: this.d.limits,
      });
    });
    if (error.errorClass === 'offline') this.d.wentOffline();
    if (error.errorClass === 'rate_limited') {
      const wait = completions[0]?.transition.to === 'retrying' ? completions[0].transition.at - now : 1000;
      this.d.limiter.block(integ.rateKey, wait);
    }
    this.commit(batch, 'failed', completions);
    this.drains.batchDone(integ.id);
  }

  /** The leads of a batch that can no longer go in bulk return to the queue, to go one by one. */
  private giveBack(batch: BatchRow, message: string): void {
    const now = this.d.clock.now();
    const completions = this.store.items(batch.id).map((item) =>
      perContactCompletion({
        batch,
        row: item.row,
        key: '',
        calls: batchCalls(batch),
        notes: batchNotes(batch),
        now,
        statusCode: null,
        excerpt: null,
        message,
      }),
    );
    const steps = completions.map((c) => ({
      dispatchId: c.leased.row.id,
      steps: { ...parseSteps(c.leased.row.steps), bulk: { perContact: message, import: batch.number } },
    }));
    this.commit(batch, 'failed', completions, undefined, steps);
  }

  commit(
    batch: BatchRow,
    state: 'recorded' | 'failed' | 'refused' | 'done' | 'following',
    completions: Completion[],
    rest?: { ids: string[]; clientId: string; integrationId: string; notes: string[] },
    steps?: Array<{ dispatchId: string; steps: Record<string, unknown> }>,
    extra: { status?: string | null; failed?: number | null } = {},
  ): { next: BatchRow | null } {
    const now = this.d.clock.now();
    try {
      const { results, next } =
        state === 'recorded'
          ? { results: completions.length > 0 ? this.d.outbox.complete(completions, now) : [], next: null }
          : this.store.settle({ batchId: batch.id, state, now, completions, rest, steps, ...extra });
      results.forEach((done, i) => this.d.completions.report(done, completions[i]?.leased.row.id ?? ''));
      return { next };
    } catch (err) {
      // Left as it was: recovery asks the remote again after the next start.
      this.d.log.error('dispatch: recording a bulk request failed', { batchId: batch.id, error: String(err) });
      return { next: null };
    }
  }

  private pollDue(open: readonly BatchRow[], now: number): number | null {
    let next: number | null = null;
    const oldest = new Map<string, BatchRow>();
    for (const batch of open) {
      if (batch.state !== 'submitted') continue;
      const integ = this.d.integrations.get(batch.integration_id);
      const key = integ?.rateKey ?? batch.integration_id;
      const seen = oldest.get(key);
      if (!seen || (batch.submitted_at ?? 0) < (seen.submitted_at ?? 0)) oldest.set(key, batch);
    }
    for (const [key, batch] of oldest) {
      if (this.polling.has(key)) continue;
      const at = batch.next_poll_at ?? now;
      if (at > now) {
        next = next === null ? at : Math.min(next, at);
        continue;
      }
      this.poll(batch, key);
    }
    return next;
  }

  private poll(batch: BatchRow, key: string): void {
    const integ = bulky(this.d.integrations.get(batch.integration_id));
    if (!integ || batch.remote_id === null) return;
    this.polling.add(key);
    const { ctx, recorder } = bulkContext(this.d, integ, this.controller.signal);
    this.track(
      integ.bulk
        .status(ctx, batch.remote_id)
        .then(
          (status) => this.polled(batch, integ, status, recorder),
          (err: unknown) => this.pollFailed(batch, integ, asConnectorError(err), recorder),
        )
        .finally(() => {
          this.polling.delete(key);
          if (!this.stopped) this.d.wake();
        }),
    );
  }

  private polled(batch: BatchRow, integ: Bulky, status: BulkStatus, recorder: AttemptRecorder): void {
    if (this.stopped) return;
    const now = this.d.clock.now();
    if (!status.done) {
      if (now - (batch.submitted_at ?? now) > this.d.limits.bulkGiveUpMs) {
        const minutes = Math.round(this.d.limits.bulkGiveUpMs / MINUTE_MS);
        const error = new ConnectorError(
          'transient',
          `it had not finished after ${minutes} minutes (status "${status.status}")`,
        );
        this.failAll(batch, integ, error, recorder, batchNotes(batch));
        return;
      }
      this.store.pollLater(batch.id, status.status, now + pollDelay(batch.polls + 1));
      return;
    }
    const result = settleCompleted({
      batch,
      integ,
      status,
      items: this.store.items(batch.id),
      leads: this.d.leads,
      pollCall: recorder.calls.at(-1) ?? null,
      excerpt: recorder.last?.excerpt ?? null,
      now,
      limits: this.d.limits,
    });
    this.commit(
      batch,
      result.followUps.length > 0 ? 'following' : 'done',
      result.completions,
      undefined,
      result.steps,
      {
        status: status.status,
        failed: status.failedKeys.length,
      },
    );
    this.drains.batchDone(integ.id);
    if (result.followUps.length > 0) this.followUps.run(batch, integ, result.followUps, result.calls);
  }

  private pollFailed(batch: BatchRow, integ: Bulky, error: ConnectorError, recorder: AttemptRecorder): void {
    if (this.stopped) return;
    const now = this.d.clock.now();
    if (error.errorClass === 'auth') {
      this.failAll(batch, integ, error, recorder, batchNotes(batch));
      return;
    }
    if (error.errorClass === 'permanent') {
      // The remote does not know the request (any more): send it again, which adds no one twice.
      this.store.resubmit(
        batch.id,
        `ActiveCampaign did not know ${importLabel(batch)} when asked for its status (${error.message}); it was sent again.`,
      );
      return;
    }
    if (error.errorClass === 'rate_limited' && error.retryAfterMs !== undefined) {
      this.d.limiter.block(integ.rateKey, error.retryAfterMs);
    }
    this.store.pollLater(batch.id, null, now + Math.max(pollDelay(batch.polls + 1), error.retryAfterMs ?? 0));
  }

  /**
   * At start-up, before the runner's recovery: batches sent before the stop are asked for their
   * status, batches recorded but maybe not sent are sent again, and a batch the app kept stopping
   * during sends its leads one by one.
   */
  recover(): void {
    const now = this.d.clock.now();
    const { released, open } = this.store.recover(now);
    this.d.feed.push(released);
    for (const batch of open) {
      if (batch.interruptions + 1 >= this.d.limits.maxInterruptions && batch.state === 'recorded') {
        this.giveBack(
          batch,
          `The app stopped ${batch.interruptions + 1} times while ${importLabel(batch)} was being sent; its leads go one by one.`,
        );
      } else if (batch.state === 'submitted') {
        this.store.pollLater(batch.id, null, now);
      }
    }
    if (open.length > 0)
      this.d.log.warn('dispatch: resumed bulk requests interrupted by a stop', { count: open.length });
  }

  stop(): void {
    this.stopped = true;
    this.followUps.stop();
    this.controller.abort(new Error('stopping'));
  }
}
