import type { HeldReason } from '#contract';
import type { NetworkStatus } from '../http/network';
import type { RateLimiter } from '../http/rate-limiter';
import type { Clock, Log, Timers } from '../ports';
import { runAttempt, type AttemptDeps, type AttemptResult } from './attempt';
import type { ChangeFeed } from './change-feed';
import type { IntegrationResolver, ResolvedIntegration } from './integrations';
import type { LeadReader } from './leads';
import { CompletionWriter } from './completions';
import { perAccountInFlight, type EngineLimits } from './limits';
import type { Leased, OutboxRepository } from './outbox';
import { decideFailure, type AttemptReport, type Transition } from './policy';

export interface RunnerDeps {
  outbox: OutboxRepository;
  integrations: IntegrationResolver;
  leads: LeadReader;
  attempt: AttemptDeps;
  limiter: RateLimiter;
  network: NetworkStatus;
  clock: Clock;
  timers: Timers;
  log: Log;
  feed: ChangeFeed;
  limits: EngineLimits;
  onIntegrationStatus(change: { integrationId: string; clientId: string; status: string; reason: string }): void;
  wake(): void;
  /** Which due dispatches of an integration to send one by one, when not all of them (see BulkCoordinator). */
  perContactDue?(integrationId: string, now: number, limit: number): string[] | null;
}

interface InFlight {
  controller: AbortController;
  key: string;
  deadlineHit: boolean;
  leaseUntil: number;
  /** Given up after its lease ended: whatever it reports later is ignored. */
  reclaimed: boolean;
  release(): void;
}

/** How often the runner looks for expired leases, and how long past its lease an attempt may still end. */
const RECLAIM_EVERY_MS = 30_000;
const LEASE_GRACE_MS = 60_000;

type Verdict = { transition: Transition; report: AttemptReport };

/** The report of an attempt that ended before reaching the connector. */
function plainReport(outcome: AttemptReport['outcome'], message: string): AttemptReport {
  return {
    outcome,
    durationMs: 0,
    errorClass: null,
    statusCode: null,
    message,
    calls: [],
    responseHeaders: {},
    responseExcerpt: null,
    notes: [],
  };
}

/** Leases due work within each account's share, runs it, and records each outcome in one transaction. */
export class Runner {
  private readonly inFlight = new Map<string, InFlight>();
  private readonly perKey = new Map<string, number>();
  private readonly cancelRequested = new Set<string>();
  private readonly completions: CompletionWriter;
  private rotation = 0;
  private lastReclaim = -Infinity;
  private stopped = false;
  offline = false;

  constructor(private readonly d: RunnerDeps) {
    this.completions = new CompletionWriter({ ...d, afterFlush: () => d.wake() });
  }

  /** Attempts running, or finished and waiting for their commit. */
  get busy(): number {
    return this.inFlight.size;
  }

  /** One scheduler tick: answers when the next piece of work becomes due (null: none, or only capacity). */
  tick(): number | null {
    const { outbox, clock, limits } = this.d;
    const now = clock.now();
    if (now - this.lastReclaim >= RECLAIM_EVERY_MS) this.reclaimExpired(now);
    if (this.offline) {
      if (!this.d.network.isOnline()) return now + limits.offlinePollMs;
      this.backOnline(now);
    }
    const next = outbox.nextDueAt();
    if (next === null || next > now) return next;
    this.leaseDue(now);
    const after = outbox.nextDueAt();
    // Still due but no room: a finishing attempt wakes the loop.
    return after !== null && after <= now ? null : after;
  }

  private leaseDue(now: number): void {
    const { outbox, integrations, limits } = this.d;
    let spare = limits.maxInFlight - this.inFlight.size;
    if (spare <= 0) return;
    const ids = outbox.integrationIds();
    const start = ids.length > 0 ? this.rotation++ % ids.length : 0;
    const picked: string[] = [];
    const byDispatch = new Map<string, ResolvedIntegration | null>();
    const taken = new Map<string, number>();
    for (let i = 0; i < ids.length && spare > 0; i++) {
      const id = ids[(start + i) % ids.length] as string;
      const integ = integrations.get(id);
      const key = integ?.rateKey ?? `integration:${id}`;
      const cap = perAccountInFlight(integ?.policy.perSecond ?? 1, limits.maxInFlight);
      const room = Math.min(spare, cap - (this.perKey.get(key) ?? 0) - (taken.get(key) ?? 0));
      if (room <= 0) continue;
      const due = this.d.perContactDue?.(id, now, room) ?? outbox.dueFor(id, now, room);
      for (const d of due) byDispatch.set(d, integ);
      picked.push(...due);
      taken.set(key, (taken.get(key) ?? 0) + due.length);
      spare -= due.length;
    }
    if (picked.length === 0) return;
    const leased = outbox.lease(picked, now, now + limits.attemptTimeoutMs);
    this.d.feed.push(leased.map((l) => l.row));
    for (const l of leased) this.start(l, byDispatch.get(l.row.id) ?? null);
  }

  private start(leased: Leased, integ: ResolvedIntegration | null): void {
    const key = integ?.rateKey ?? `integration:${leased.row.integration_id}`;
    const flight: InFlight = {
      controller: new AbortController(),
      key,
      deadlineHit: false,
      leaseUntil: leased.row.lease_expires_at ?? this.d.clock.now() + this.d.limits.attemptTimeoutMs,
      reclaimed: false,
      release: () => undefined,
    };
    this.inFlight.set(leased.row.id, flight);
    this.perKey.set(key, (this.perKey.get(key) ?? 0) + 1);
    const cancelDeadline = this.d.timers.after(this.d.limits.attemptTimeoutMs, () => {
      flight.deadlineHit = true;
      flight.controller.abort(new Error('attempt deadline'));
    });
    // The room is given back only once the outcome is committed: until then the dispatch is still
    // `sending` in the database, and a crash would send it again, so it must count as in flight.
    let released = false;
    const release = (): void => {
      if (released) return;
      released = true;
      cancelDeadline();
      // A reclaimed dispatch may be running again under a new flight by now.
      if (this.inFlight.get(leased.row.id) === flight) this.inFlight.delete(leased.row.id);
      this.perKey.set(key, (this.perKey.get(key) ?? 1) - 1);
      if (!flight.reclaimed) this.cancelRequested.delete(leased.row.id);
    };
    flight.release = release;
    this.execute(leased, integ, flight, release).catch((err: unknown) => {
      // Left in `sending`: the next start-up records it as interrupted and tries again.
      this.d.log.error('dispatch: running an attempt failed', { dispatchId: leased.row.id, error: String(err) });
      release();
    });
  }

  /** Stops an attempt in flight; it ends as cancelled unless the remote already took the lead. */
  requestCancel(dispatchId: string): boolean {
    const flight = this.inFlight.get(dispatchId);
    if (!flight) return false;
    this.cancelRequested.add(dispatchId);
    flight.controller.abort(new Error('cancelled'));
    return true;
  }

  private preflight(leased: Leased, integ: ResolvedIntegration | null): Verdict | null {
    const isTest = leased.row.is_test === 1;
    if (!integ || integ.deleted) {
      return {
        transition: { to: 'cancelled', spend: false },
        report: plainReport('cancelled', 'The integration was deleted.'),
      };
    }
    if (!isTest && (integ.status === 'paused' || integ.status === 'draft' || integ.status === 'needs_attention')) {
      const reason: HeldReason = integ.status === 'needs_attention' ? 'needs_attention' : 'paused';
      return {
        transition: { to: 'held', reason, spend: false },
        report: plainReport('held', `The integration is ${integ.status}.`),
      };
    }
    if (integ.problem !== null || !integ.connector) {
      const message = integ.problem ?? 'No connector.';
      if (isTest) return { transition: { to: 'error', spend: true }, report: plainReport('failed', message) };
      return {
        transition: { to: 'held', reason: 'needs_attention', spend: false, needsAttention: message },
        report: plainReport('held', message),
      };
    }
    return null;
  }

  private async execute(
    leased: Leased,
    integ: ResolvedIntegration | null,
    flight: InFlight,
    release: () => void,
  ): Promise<void> {
    const startedAt = this.d.clock.now();
    let verdict = this.preflight(leased, integ);
    if (!verdict && integ?.connector) {
      const lead = this.d.leads.get(leased.row.lead_id);
      if (!lead) {
        verdict = {
          transition: { to: 'cancelled', spend: false },
          report: plainReport('cancelled', 'The lead was deleted.'),
        };
      } else {
        const result = await runAttempt(this.d.attempt, {
          dispatchId: leased.row.id,
          number: leased.number,
          steps: leased.row.steps,
          lead,
          integration: { ...integ, connector: integ.connector },
          signal: flight.controller.signal,
        });
        // Stopped meanwhile: the next start finds it in `sending` and records the interruption.
        if (!this.stopped) verdict = this.judge(leased, integ, result, flight, startedAt);
      }
    }
    if (this.stopped || !verdict || flight.reclaimed) release();
    else this.completions.add({ leased, ...verdict }, release);
  }

  private judge(
    leased: Leased,
    integ: ResolvedIntegration,
    result: AttemptResult,
    flight: InFlight,
    startedAt: number,
  ): Verdict {
    const now = this.d.clock.now();
    const { recorder } = result;
    const base = {
      durationMs: now - startedAt,
      calls: recorder.calls,
      responseHeaders: recorder.last?.headers ?? {},
      responseExcerpt: recorder.last?.excerpt ?? null,
      notes: recorder.allNotes(),
    };
    if (result.ok) {
      return {
        transition: { to: 'sent', remoteId: result.remoteId },
        report: {
          ...base,
          outcome: 'sent',
          errorClass: null,
          statusCode: recorder.last?.status ?? null,
          message: null,
        },
      };
    }
    const { error } = result;
    const message = flight.deadlineHit
      ? `The attempt took longer than ${Math.round(this.d.limits.attemptTimeoutMs / 1000)} s and was stopped.`
      : recorder.redactor.text(error.message);
    const statusCode = error.status ?? recorder.last?.status ?? null;
    if (this.cancelRequested.has(leased.row.id)) {
      return {
        transition: { to: 'cancelled', spend: false },
        report: { ...base, outcome: 'cancelled', errorClass: null, statusCode, message: 'Cancelled while sending.' },
      };
    }
    const current = this.d.integrations.get(integ.id);
    const held =
      current?.status === 'paused' ? 'paused' : current?.status === 'needs_attention' ? 'needs_attention' : null;
    const decided = decideFailure({
      errorClass: error.errorClass,
      message,
      retryAfterMs: error.retryAfterMs,
      attemptCount: leased.row.attempt_count,
      schedule: integ.schedule,
      now,
      retryAfterCapMs: this.d.limits.retryAfterCapMs,
      unadvisedWaitsMs: this.d.limits.unadvisedWaitsMs,
      unadvisedWaits: leased.row.unadvised_waits,
      isTest: leased.row.is_test === 1,
      integrationHeld: held,
    });
    const { transition } = decided;
    if (error.errorClass === 'rate_limited' && transition.to === 'retrying' && !transition.spend) {
      // Everyone sending to this account backs off, not only this dispatch.
      this.d.limiter.block(integ.rateKey, transition.at - now);
    }
    if (error.errorClass === 'offline') this.offline = true;
    return {
      transition: decided.transition,
      report: { ...base, outcome: decided.outcome, errorClass: error.errorClass, statusCode, message },
    };
  }

  private backOnline(now: number): void {
    this.offline = false;
    const released = this.d.outbox.release({ reasons: ['offline'] }, now);
    if (released.length > 0) this.d.log.info('dispatch: network is back', { released: released.length });
    this.d.feed.push(released);
  }

  /**
   * While running, what `recover` does at start-up for leases that ended: an attempt of ours that
   * ignored its deadline's abort is let go (its room given back), and every `sending` dispatch whose
   * lease ended without an attempt running here (another worker died) is interrupted and queued again.
   */
  private reclaimExpired(now: number): void {
    this.lastReclaim = now;
    const before = now - LEASE_GRACE_MS;
    for (const flight of this.inFlight.values()) {
      if (flight.leaseUntil > before || flight.reclaimed) continue;
      flight.reclaimed = true;
      flight.controller.abort(new Error('lease expired'));
      flight.release();
    }
    const reclaimed = this.d.outbox.reclaimExpired(before, [...this.inFlight.keys()], this.d.limits.maxInterruptions);
    if (reclaimed.length === 0) return;
    this.d.log.warn('dispatch: reclaimed attempts whose lease ended', { count: reclaimed.length });
    this.d.feed.push(reclaimed);
  }

  /** At start-up: crash leftovers back in the queue; offline holds released when there is network. */
  recover(): void {
    const now = this.d.clock.now();
    const recovered = this.d.outbox.recover(now, this.d.limits.maxInterruptions);
    if (recovered.length > 0)
      this.d.log.warn('dispatch: resumed attempts interrupted by a stop', { count: recovered.length });
    this.d.feed.push(recovered);
    if (this.d.outbox.countHeld('offline') > 0) {
      if (this.d.network.isOnline()) this.backOnline(now);
      else this.offline = true;
    }
  }

  stop(): void {
    // Outcomes already known are worth keeping: recording them now saves sending those leads again.
    this.completions.flush();
    this.stopped = true;
    for (const flight of this.inFlight.values()) flight.controller.abort(new Error('stopping'));
  }
}
