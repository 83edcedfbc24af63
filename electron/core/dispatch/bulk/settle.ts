import type { AttemptRecorder } from '../../http/record';
import type { RateLimiter } from '../../http/rate-limiter';
import {
  ConnectorError,
  type BulkSender,
  type BulkStatus,
  type BulkSubmitted,
  type DispatchLead,
} from '../../integrations/connector';
import type { Clock, Log } from '../../ports';
import type { CompletionWriter } from '../completions';
import type { IntegrationResolver, ResolvedIntegration } from '../integrations';
import type { LeadReader } from '../leads';
import type { EngineLimits } from '../limits';
import type { Completion } from '../outbox';
import { parseSteps } from '../rows';
import type { DrainTracker } from './drains';
import type { FollowUps } from './follow-ups';
import { settleCompleted } from './outcomes';
import { baseReport, failureCompletion, leasedOf, perContactCompletion, requestLabel } from './reports';
import { batchNotes, type BatchEnd, type BatchItem, type BatchRow, type BatchStore } from './store';

export type Bulky = ResolvedIntegration & { bulk: BulkSender<unknown> };

/** The integration with its connector's bulk sender at hand, when it has one. */
export function bulky(integ: ResolvedIntegration | null): Bulky | null {
  const bulk = integ?.connector?.bulk;
  return integ && bulk ? { ...integ, bulk } : null;
}

export interface SettlerDeps {
  store: BatchStore;
  leads: LeadReader;
  integrations: IntegrationResolver;
  limits: EngineLimits;
  limiter: RateLimiter;
  drains: DrainTracker;
  completions: Pick<CompletionWriter, 'report'>;
  followUps: FollowUps;
  clock: Clock;
  log: Log;
  wentOffline(): void;
}

type Steps = Array<{ dispatchId: string; steps: Record<string, unknown> }>;
type Rest = { ids: string[]; clientId: string; integrationId: string; notes: string[] };

/**
 * How a bulk request ends for its leads, each case one transaction over the batch and all its
 * dispatches: refused by index, failed as a whole, finished (with failures by e-mail and steps left
 * for the per-contact path), or given back to go one by one.
 */
export class Settler {
  constructor(private readonly d: SettlerDeps) {}

  commit(
    batch: BatchRow,
    state: BatchEnd | 'recorded',
    completions: Completion[],
    more: { rest?: Rest; steps?: Steps; status?: string | null; failed?: number | null } = {},
  ): { next: BatchRow | null } {
    const now = this.d.clock.now();
    try {
      const { results, next } =
        state === 'recorded'
          ? { results: this.d.store.completeOnly(completions, now), next: null }
          : this.d.store.settle({ batchId: batch.id, state, now, completions, ...more });
      results.forEach((done, i) => this.d.completions.report(done, completions[i]?.leased.row.id ?? ''));
      return { next };
    } catch (err) {
      // Left as it was: after the next start, recovery asks the remote again.
      this.d.log.error('dispatch: recording a bulk request failed', { batchId: batch.id, error: String(err) });
      return { next: null };
    }
  }

  /** The batch's leads with their lead records; a lead deleted meanwhile ends cancelled. */
  leadsOf(batch: BatchRow): Array<{ item: BatchItem; lead: DispatchLead }> {
    const out: Array<{ item: BatchItem; lead: DispatchLead }> = [];
    const gone: Completion[] = [];
    const now = this.d.clock.now();
    for (const item of this.d.store.items(batch.id)) {
      const lead = this.d.leads.get(item.row.lead_id);
      if (lead) {
        out.push({ item, lead });
        continue;
      }
      const base = baseReport({
        batch,
        row: item.row,
        key: '',
        calls: [],
        notes: [],
        now,
        statusCode: null,
        excerpt: null,
      });
      gone.push({
        leased: leasedOf(item.row),
        transition: { to: 'cancelled', spend: false },
        report: { ...base, outcome: 'cancelled', errorClass: null, message: 'The lead was deleted.' },
        batchId: batch.id,
      });
    }
    if (gone.length > 0) this.commit(batch, 'recorded', gone);
    return out;
  }

  /** A 400 naming leads: those fail with its reason, the rest go again in a new request without them. */
  refused(
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
    const { request, remote } = integ.bulk.words;
    const label = requestLabel(batch, request);
    if (reasons.size === 0) {
      const error = new ConnectorError('permanent', `${remote} refused it without naming a lead: ${result.message}`);
      this.failAll(batch, integ, error, recorder);
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
      const report = baseReport({
        batch,
        row: item.row,
        key: integ.bulk.key(lead),
        calls: recorder.calls,
        notes: batchNotes(batch),
        now,
        statusCode: 400,
        excerpt: recorder.last?.excerpt ?? null,
      });
      completions.push({
        leased: leasedOf(item.row),
        transition: { to: 'error', spend: true },
        report: {
          ...report,
          outcome: 'failed',
          errorClass: 'permanent',
          message: `${remote} refused this lead in ${label}: ${why.join('; ')}. The other leads of the request were sent again without it.`,
        },
        batchId: batch.id,
      });
    });
    const note =
      `${label} was refused because of ${reasons.size} other lead(s) (HTTP 400: ${result.message}); ` +
      `this lead went again in the next ${request} without them.`;
    const { next } = this.commit(batch, 'refused', completions, {
      rest: {
        ids: rest,
        clientId: batch.client_id,
        integrationId: batch.integration_id,
        notes: [...batchNotes(batch), note],
      },
    });
    this.d.drains.batchDone(integ.id);
    if (next) this.d.drains.formed(integ.id, integ.bulk.maxBatch);
  }

  /** The whole request failed (network, 5xx, 429, a refused key): each lead by the ordinary policy. */
  failAll(batch: BatchRow, integ: Bulky, error: ConnectorError, recorder: AttemptRecorder): void {
    const now = this.d.clock.now();
    const { request, remote } = integ.bulk.words;
    const uncertain =
      error.errorClass === 'transient' || error.errorClass === 'offline'
        ? ` ${remote} may or may not have queued it; sending it again is harmless, as it adds no one twice.`
        : '';
    const message = `${requestLabel(batch, request)} failed: ${recorder.redactor.text(error.message)}${uncertain}`;
    const current = this.d.integrations.get(integ.id) ?? integ;
    const completions = this.d.store.items(batch.id).map((item) => {
      const lead = this.d.leads.get(item.row.lead_id);
      return failureCompletion({
        batch,
        row: item.row,
        key: lead ? integ.bulk.key(lead) : '',
        calls: [...this.d.store.calls(batch.id), ...recorder.calls],
        notes: batchNotes(batch),
        now,
        statusCode: error.status ?? recorder.last?.status ?? null,
        excerpt: recorder.last?.excerpt ?? null,
        error,
        message,
        integ: current,
        limits: this.d.limits,
      });
    });
    if (error.errorClass === 'offline') this.d.wentOffline();
    if (error.errorClass === 'rate_limited') {
      const first = completions[0]?.transition;
      this.d.limiter.block(integ.rateKey, first?.to === 'retrying' ? first.at - now : 1000);
    }
    this.commit(batch, 'failed', completions);
    this.d.drains.batchDone(integ.id);
  }

  /** The remote finished the request: every lead settled, follow-ups started. */
  completed(
    batch: BatchRow,
    integ: Bulky,
    status: Extract<BulkStatus, { done: true }>,
    recorder: AttemptRecorder,
  ): void {
    const result = settleCompleted({
      batch,
      integ,
      sent: this.d.store.calls(batch.id),
      status,
      items: this.d.store.items(batch.id),
      leads: this.d.leads,
      pollCall: recorder.calls.at(-1) ?? null,
      excerpt: recorder.last?.excerpt ?? null,
      now: this.d.clock.now(),
      limits: this.d.limits,
    });
    const following = result.followUps.length > 0;
    this.commit(batch, following ? 'following' : 'done', result.completions, {
      steps: result.steps,
      status: status.status,
      failed: status.failedKeys.length,
    });
    this.d.drains.batchDone(integ.id);
    if (following) this.d.followUps.run(batch, integ, result.followUps, result.calls);
  }

  /** The leads of a batch that can no longer go in bulk return to the queue, to go one by one. */
  giveBack(batch: BatchRow, message: string): void {
    const now = this.d.clock.now();
    const completions = this.d.store.items(batch.id).map((item) =>
      perContactCompletion({
        batch,
        row: item.row,
        key: '',
        calls: this.d.store.calls(batch.id),
        notes: batchNotes(batch),
        now,
        statusCode: null,
        excerpt: null,
        message,
      }),
    );
    const steps = completions.map((c) => ({
      dispatchId: c.leased.row.id,
      steps: { ...parseSteps(c.leased.row.steps), bulk: { perContact: message, batch: batch.number } },
    }));
    this.commit(batch, 'failed', completions, { steps });
  }
}
