import type { HeldReason, RecordedCall } from '../../contract';
import type { ErrorClass, RetrySchedule } from '../integrations/connector';

/** How an attempt ends, as the outbox records it: the dispatch's next state and the attempt row. */
export type Transition =
  | { to: 'sent'; remoteId: string | null }
  | { to: 'retrying'; at: number; spend: boolean }
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
  /** Without a Retry-After, how long a rate-limited dispatch waits. */
  rateLimitWaitMs: number;
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
 * - rate_limited: waits as Retry-After says (capped), spending nothing
 * - auth: the integration needs attention and the dispatch is held, spending nothing; a test
 *   dispatch fails at once instead, because someone is waiting for its verdict
 * - permanent: `error` at once
 * - offline: held until the network returns, spending nothing
 */
export function decideFailure(f: FailureFacts): { transition: Transition; outcome: AttemptOutcome } {
  switch (f.errorClass) {
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
    case 'rate_limited': {
      if (f.integrationHeld && !f.isTest) {
        return { transition: { to: 'held', reason: f.integrationHeld, spend: false }, outcome: 'rate_limited' };
      }
      const wait = Math.min(Math.max(0, f.retryAfterMs ?? f.rateLimitWaitMs), f.retryAfterCapMs);
      return { transition: { to: 'retrying', at: f.now + wait, spend: false }, outcome: 'rate_limited' };
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
