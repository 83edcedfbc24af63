import type { HeldReason, RecordedCall } from '#contract';
import type { ErrorClass, RetrySchedule } from '../integrations/connector';

/** How an attempt ends, as the outbox records it: the dispatch's next state and the attempt row. */
export type Transition =
  | { to: 'sent'; remoteId: string | null }
  /** `unadvised`: a rate-limit wait the remote gave no time for; counted in a row (see decideFailure). */
  | { to: 'retrying'; at: number; spend: boolean; unadvised?: true }
  | { to: 'error'; spend: boolean }
  /** `needsAttention` carries the reason the integration now needs attention (it pauses it). */
  | { to: 'held'; reason: HeldReason; spend: boolean; needsAttention?: string }
  | { to: 'cancelled'; spend: boolean };

export type AttemptOutcome = 'sent' | 'failed' | 'rate_limited' | 'held' | 'cancelled';

export interface AttemptReport {
  outcome: AttemptOutcome;
  durationMs: number;
  errorClass: ErrorClass | null;
  statusCode: number | null;
  message: string | null;
  calls: RecordedCall[];
  responseHeaders: Record<string, string>;
  responseExcerpt: string | null;
  notes: string[];
}

export interface FailureFacts {
  errorClass: ErrorClass;
  message: string;
  retryAfterMs?: number;
  /** Attempts already spent before this one. */
  attemptCount: number;
  schedule: RetrySchedule;
  now: number;
  /** The longest a Retry-After may push a dispatch back. */
  retryAfterCapMs: number;
  /**
   * Without a Retry-After, how long a rate-limited dispatch waits: the n-th such answer in a row waits
   * the n-th delay; once they are used up, the next one counts as a failed attempt.
   */
  unadvisedWaitsMs: readonly number[];
  /** Unadvised rate-limit waits this dispatch has had in a row before this attempt. */
  unadvisedWaits: number;
  isTest: boolean;
  /** The integration was paused (or needs attention) while this attempt ran. */
  integrationHeld: HeldReason | null;
}

/** The delay before attempt `n + 1` once `n` attempts have failed (the guide: 1, 5, 15, 30 minutes). */
export function delayAfter(schedule: RetrySchedule, failed: number): number {
  const { delaysMs } = schedule;
  return delaysMs[Math.min(failed, delaysMs.length) - 1] ?? 0;
}

/**
 * What a classified failure does to a dispatch. Pure, so the schedule and every error class can
 * be checked to the millisecond without a database:
 * - transient: spends an attempt and waits as the schedule says; the last one makes it `error`
 * - rate_limited: waits as Retry-After says (capped), spending nothing. Without a Retry-After it may as
 *   well be an outage (an edge's error page): it waits longer each time, still spending nothing, and
 *   after a few in a row it is handled as transient, so an outage ends in `error` like any other
 * - auth: the integration needs attention and the dispatch is held, spending nothing; a test
 *   dispatch fails at once instead, because someone is waiting for its verdict
 * - permanent: `error` at once
 * - offline: held until the network returns, spending nothing
 */
export function decideFailure(f: FailureFacts): { transition: Transition; outcome: AttemptOutcome } {
  switch (f.errorClass) {
    case 'rate_limited': {
      if (f.integrationHeld && !f.isTest) {
        return { transition: { to: 'held', reason: f.integrationHeld, spend: false }, outcome: 'rate_limited' };
      }
      if (f.retryAfterMs !== undefined) {
        const wait = Math.min(Math.max(0, f.retryAfterMs), f.retryAfterCapMs);
        return { transition: { to: 'retrying', at: f.now + wait, spend: false }, outcome: 'rate_limited' };
      }
      const wait = f.unadvisedWaitsMs[f.unadvisedWaits];
      if (wait === undefined) return decideFailure({ ...f, errorClass: 'transient' });
      return {
        transition: { to: 'retrying', at: f.now + wait, spend: false, unadvised: true },
        outcome: 'rate_limited',
      };
    }
    case 'transient': {
      const spent = f.attemptCount + 1;
      if (spent >= f.schedule.maxAttempts) return { transition: { to: 'error', spend: true }, outcome: 'failed' };
      if (f.integrationHeld && !f.isTest) {
        return { transition: { to: 'held', reason: f.integrationHeld, spend: true }, outcome: 'failed' };
      }
      return {
        transition: { to: 'retrying', at: f.now + delayAfter(f.schedule, spent), spend: true },
        outcome: 'failed',
      };
    }
    case 'auth':
      if (f.isTest) return { transition: { to: 'error', spend: true }, outcome: 'failed' };
      return {
        transition: { to: 'held', reason: 'needs_attention', spend: false, needsAttention: f.message },
        outcome: 'held',
      };
    case 'permanent':
      return { transition: { to: 'error', spend: true }, outcome: 'failed' };
    case 'offline':
      return { transition: { to: 'held', reason: 'offline', spend: false }, outcome: 'held' };
  }
}
