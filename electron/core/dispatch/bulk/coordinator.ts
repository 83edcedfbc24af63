import type { Sqlite } from '../../db/connection';
import type { BulkSender, BulkSubmitted } from '../../integrations/connector';
import type { Log } from '../../ports';
import { asConnectorError } from '../attempt';
import type { ChangeFeed } from '../change-feed';
import type { CompletionWriter } from '../completions';
import type { IntegrationResolver, ResolvedIntegration } from '../integrations';
import type { LeadReader } from '../leads';
import type { EngineLimits } from '../limits';
import type { OutboxRepository } from '../outbox';
import { bulkContext, type BulkContextDeps } from './context';
import { DrainTracker } from './drains';
import { FollowUps, type FollowUpDeps } from './follow-ups';
import { pollDelay, Poller } from './poller';
import { requestLabel } from './reports';
import { bulky, Settler, type Bulky } from './settle';
import { createBatchStore, type BatchRow, type BatchStore } from './store';

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

const MINUTE_MS = 60_000;
/** After a refused check (a mapped field gone…), how long the integration's leads go one by one. */
const UNAVAILABLE_MS = 10 * MINUTE_MS;
/** After a check that could not run (the network, a 5xx), how soon it may run again. */
const PREPARE_RETRY_MS = 30_000;
/** A passed check holds this long here (the connector may keep its own answer longer). */
const PREPARED_MS = MINUTE_MS;
/** During a bulk backlog, how often the runner looks for its leads that go one by one (a test lead…). */
const OTHERS_RECHECK_MS = 1000;

/**
 * Sends backlogs in bulk: when an integration whose connector offers it (ActiveCampaign's import)
 * has enough qualified leads due, they go in requests of up to the connector's maximum instead of
 * one by one. Each request is recorded with its leads before it is sent and its remote id stored
 * as soon as the remote answers; the poller then asks for its status and the settler ends every
 * lead. One request goes out per account at a time, within the remote's own limit on such
 * requests, and every call waits for the account's limiter, which the per-contact path and the
 * wizard share.
 */
export class BulkCoordinator {
  readonly store: BatchStore;
  readonly drains = new DrainTracker();
  private readonly followUps: FollowUps;
  private readonly settler: Settler;
  private readonly poller: Poller;
  private readonly posting = new Set<string>();
  private readonly inFlight = new Set<string>();
  private readonly preparedUntil = new Map<string, number>();
  private readonly preparing = new Set<string>();
  private readonly unavailable = new Map<string, { until: number; reason: string }>();
  private readonly sentAt = new Map<string, number[]>();
  /** Due leads that could go in bulk, counted up to the threshold, per integration, for the tick under way. */
  private readonly counted = new Map<string, number>();
  /** Integrations found with nothing to send one by one during a bulk backlog, and when. */
  private readonly noOthersAt = new Map<string, number>();
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
    this.settler = new Settler({ ...d, store: this.store, drains: this.drains, followUps: this.followUps });
    this.poller = new Poller({
      context: d,
      store: this.store,
      integrations: d.integrations,
      settler: this.settler,
      limiter: d.limiter,
      limits: d.limits,
      clock: d.clock,
      signal: this.controller.signal,
      track: (p) => this.track(p),
      stopped: () => this.stopped,
      wake: () => d.wake(),
    });
  }

  /** Calls running, follow-ups running and batches not settled yet (tests wait for none). */
  get busy(): number {
    return this.pending.size + this.followUps.running + this.store.countOpen();
  }

  /** Calls to the remote running now; quitting waits for them so that their answers get recorded. */
  get requests(): number {
    return this.pending.size;
  }

  /**
   * Why an integration's backlog goes one by one now, or null: its settings (`setting`: what the
   * connector says its bulk request cannot do) or a check before sending that failed (`check`).
   */
  unavailableReason(integ: ResolvedIntegration, now: number): { code: 'setting' | 'check'; message: string } | null {
    const bulk = integ.connector?.bulk;
    if (!this.d.limits.bulk || !bulk || integ.problem !== null) return null;
    const off = this.unavailable.get(integ.id);
    if (off && off.until > now) return { code: 'check', message: off.reason };
    const unsupported = bulk.unsupported(integ.config);
    return unsupported === null ? null : { code: 'setting', message: unsupported };
  }

  minBatch(bulk: BulkSender<unknown>): number {
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
   * due dispatches (test leads, leads sent back to the per-contact path) one by one; null lets the
   * runner pick as usual.
   */
  perContactDue(integrationId: string, now: number, limit: number): string[] | null {
    const integ = this.candidate(this.d.integrations.get(integrationId), now);
    if (!integ) return null;
    const min = this.minBatch(integ.bulk);
    if (this.eligible(integrationId, now, min) < min) return null;
    // Looking for the few leads that go one by one walks the whole backlog: at most once a second.
    if (now - (this.noOthersAt.get(integrationId) ?? -Infinity) < OTHERS_RECHECK_MS) return [];
    const others = this.store.othersDue(integrationId, now, limit);
    if (others.length === 0) this.noOthersAt.set(integrationId, now);
    else this.noOthersAt.delete(integrationId);
    return others;
  }

  /** One scheduler tick: sends recorded batches, forms new ones, asks for statuses; answers when to look again. */
  tick(now: number): number | null {
    this.counted.clear();
    if (this.stopped || !this.d.limits.bulk || this.d.offline()) return null;
    let next: number | null = null;
    const later = (at: number | null): void => {
      if (at !== null && (next === null || at < next)) next = at;
    };
    const open = this.store.open();
    for (const batch of open) {
      if (batch.state === 'recorded' && !this.inFlight.has(batch.id)) later(this.trySubmit(batch, now));
    }
    for (const id of this.d.outbox.integrationIds()) later(this.form(id, now, open));
    later(this.poller.tick(open, now));
    return next;
  }

  private form(integrationId: string, now: number, open: readonly BatchRow[]): number | null {
    const integ = this.candidate(this.d.integrations.get(integrationId), now);
    if (!integ) return null;
    const { bulk } = integ;
    const min = this.minBatch(bulk);
    const mine = open.filter((b) => b.integration_id === integrationId);
    if (this.eligible(integrationId, now, min) < min) {
      if (mine.length === 0) this.drains.ended(integrationId);
      return null;
    }
    if (this.posting.has(integ.rateKey) || mine.some((b) => b.state === 'recorded')) return null;
    if (mine.length >= this.d.limits.bulkMaxOpen) return null;
    const wait = this.requestWait(integ.rateKey, bulk, now);
    if (wait > now) return wait;
    if ((this.preparedUntil.get(integrationId) ?? 0) <= now) {
      this.prepare(integ);
      return null;
    }
    const chosen: string[] = [];
    const keys = new Set<string>();
    for (const r of this.store.eligibleDue(integrationId, now, bulk.maxBatch * 2)) {
      if (chosen.length >= bulk.maxBatch) break;
      const lead = this.d.leads.get(r.lead_id);
      // One entry per contact: a second dispatch for the same e-mail waits for the next request.
      if (!lead || keys.has(bulk.key(lead))) continue;
      keys.add(bulk.key(lead));
      chosen.push(r.id);
    }
    if (chosen.length < min) return null;
    const recorded = this.store.record({ clientId: integ.clientId, integrationId, ids: chosen, now });
    if (!recorded) return null;
    this.counted.delete(integrationId);
    this.d.feed.push(recorded.leased.map((l) => l.row));
    this.drains.formed(integrationId, bulk.maxBatch);
    return this.trySubmit(recorded.batch, now);
  }

  /** The coordinator and then the runner ask in the same tick: counted once per integration and tick. */
  private eligible(integrationId: string, now: number, min: number): number {
    let n = this.counted.get(integrationId);
    if (n === undefined) {
      n = this.store.eligibleCount(integrationId, now, min);
      this.counted.set(integrationId, n);
    }
    return n;
  }

  /** The remote's limit on bulk requests per minute (AC: 100): when the next may go (now, or later). */
  private requestWait(rateKey: string, bulk: BulkSender<unknown>, now: number): number {
    const times = (this.sentAt.get(rateKey) ?? []).filter((t) => t > now - MINUTE_MS);
    this.sentAt.set(rateKey, times);
    return times.length < bulk.perMinute ? now : (times[0] ?? now) + MINUTE_MS;
  }

  private prepare(integ: Bulky): void {
    if (this.preparing.has(integ.id)) return;
    this.preparing.add(integ.id);
    const { ctx } = bulkContext(this.d, integ, this.controller.signal);
    const done = integ.bulk
      .prepare(ctx)
      .then(() => this.preparedUntil.set(integ.id, this.d.clock.now() + PREPARED_MS))
      .catch((err: unknown) => {
        if (this.stopped) return;
        const error = asConnectorError(err);
        const refused = error.errorClass === 'permanent' || error.errorClass === 'auth';
        const until = this.d.clock.now() + (refused ? UNAVAILABLE_MS : PREPARE_RETRY_MS);
        this.unavailable.set(integ.id, { until, reason: error.message });
        this.d.log.warn('dispatch: bulk sending unavailable', { integrationId: integ.id, reason: error.message });
      })
      .finally(() => {
        this.preparing.delete(integ.id);
        if (!this.stopped) this.d.wake();
      });
    this.track(done);
  }

  private track(p: Promise<unknown>): void {
    this.pending.add(p);
    void p.finally(() => this.pending.delete(p));
  }

  private trySubmit(batch: BatchRow, now: number): number | null {
    const integ = bulky(this.d.integrations.get(batch.integration_id));
    if (!integ || integ.problem !== null) {
      this.settler.giveBack(batch, 'The integration can no longer send in bulk; its leads go one by one.');
      return null;
    }
    if (this.posting.has(integ.rateKey)) return null;
    const wait = this.requestWait(integ.rateKey, integ.bulk, now);
    if (wait > now) return wait;
    this.posting.add(integ.rateKey);
    this.inFlight.add(batch.id);
    this.sentAt.get(integ.rateKey)?.push(now);
    this.track(
      this.submit(batch, integ).finally(() => {
        this.posting.delete(integ.rateKey);
        this.inFlight.delete(batch.id);
        if (!this.stopped) this.d.wake();
      }),
    );
    return null;
  }

  private async submit(batch: BatchRow, integ: Bulky): Promise<void> {
    const entries = this.settler.leadsOf(batch);
    if (entries.length === 0) {
      this.settler.commit(batch, 'failed', []);
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
      if (!this.stopped) this.settler.failAll(batch, integ, asConnectorError(err), recorder);
      return;
    }
    // Stopped meanwhile: the batch stays recorded and goes again after the next start.
    if (this.stopped) return;
    const now = this.d.clock.now();
    if (result.queued) this.store.submitted(batch.id, result.remoteId, now, now + pollDelay(0), recorder.calls);
    else this.settler.refused(batch, integ, entries, result, recorder);
  }

  /**
   * At start-up, before the runner's recovery: batches sent before the stop are asked for their
   * status, batches recorded but maybe not sent go again, and a batch the app kept stopping
   * during sends its leads one by one.
   */
  recover(): void {
    const now = this.d.clock.now();
    const { released, open } = this.store.recover(now);
    this.d.feed.push(released);
    for (const batch of open) {
      if (batch.state === 'recorded' && batch.interruptions >= this.d.limits.maxInterruptions) {
        const words = bulky(this.d.integrations.get(batch.integration_id))?.bulk.words.request ?? 'request';
        this.settler.giveBack(
          batch,
          `The app stopped ${batch.interruptions} times while ${requestLabel(batch, words)} was being sent; its leads go one by one.`,
        );
      } else if (batch.state === 'submitted') {
        this.store.pollLater(batch.id, null, now);
      }
    }
    if (open.length > 0) this.d.log.warn('dispatch: resumed bulk requests cut by a stop', { count: open.length });
  }

  stop(): void {
    this.stopped = true;
    this.followUps.stop();
    this.controller.abort(new Error('stopping'));
  }
}
