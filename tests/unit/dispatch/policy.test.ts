import { describe, expect, it } from 'vitest';
import { decideFailure, delayAfter, type FailureFacts } from '../../../electron/core/dispatch/policy';
import { GUIDE_RETRY_SCHEDULE } from '../../../electron/core/integrations/connector';

const NOW = 1_000_000;
const facts = (over: Partial<FailureFacts>): FailureFacts => ({
  errorClass: 'transient',
  message: 'HTTP 502',
  attemptCount: 0,
  schedule: GUIDE_RETRY_SCHEDULE,
  now: NOW,
  retryAfterCapMs: 600_000,
  unadvisedWaitsMs: [5_000, 20_000, 60_000],
  unadvisedWaits: 0,
  isTest: false,
  integrationHeld: null,
  ...over,
});

describe('retry policy', () => {
  it('is the guide’s table: 1, 5, 15 and 30 minutes after each failure, 5 attempts in all', () => {
    expect([1, 2, 3, 4].map((n) => delayAfter(GUIDE_RETRY_SCHEDULE, n) / 60_000)).toEqual([1, 5, 15, 30]);
    expect(GUIDE_RETRY_SCHEDULE.maxAttempts).toBe(5);
  });

  it.each([
    [0, NOW + 60_000],
    [1, NOW + 300_000],
    [2, NOW + 900_000],
    [3, NOW + 1_800_000],
  ])('after %i spent attempts a transient failure waits until %i', (attemptCount, at) => {
    expect(decideFailure(facts({ attemptCount }))).toEqual({
      transition: { to: 'retrying', at, spend: true },
      outcome: 'failed',
    });
  });

  it('makes the fifth failed attempt final', () => {
    expect(decideFailure(facts({ attemptCount: 4 })).transition).toEqual({ to: 'error', spend: true });
  });

  it('waits as Retry-After says without spending, capped', () => {
    const wait = (retryAfterMs: number) =>
      decideFailure(facts({ errorClass: 'rate_limited', retryAfterMs, attemptCount: 2, unadvisedWaits: 2 })).transition;
    expect(wait(30_000)).toEqual({ to: 'retrying', at: NOW + 30_000, spend: false });
    expect(wait(24 * 3_600_000)).toEqual({ to: 'retrying', at: NOW + 600_000, spend: false });
  });

  it('without Retry-After waits longer each time in a row, then spends attempts on the guide’s schedule', () => {
    const unadvised = (unadvisedWaits: number, attemptCount = 0) =>
      decideFailure(facts({ errorClass: 'rate_limited', unadvisedWaits, attemptCount }));
    expect(unadvised(0)).toEqual({
      transition: { to: 'retrying', at: NOW + 5_000, spend: false, unadvised: true },
      outcome: 'rate_limited',
    });
    expect(unadvised(1).transition).toEqual({ to: 'retrying', at: NOW + 20_000, spend: false, unadvised: true });
    expect(unadvised(2).transition).toEqual({ to: 'retrying', at: NOW + 60_000, spend: false, unadvised: true });
    // The fourth in a row is a failed attempt: the schedule's wait, and the last one ends in error.
    expect(unadvised(3)).toEqual({ transition: { to: 'retrying', at: NOW + 60_000, spend: true }, outcome: 'failed' });
    expect(unadvised(3, 4)).toEqual({ transition: { to: 'error', spend: true }, outcome: 'failed' });
  });

  it('holds on auth and offline without spending; a test dispatch fails on auth instead', () => {
    expect(decideFailure(facts({ errorClass: 'auth', message: 'HTTP 403' })).transition).toEqual({
      to: 'held',
      reason: 'needs_attention',
      spend: false,
      needsAttention: 'HTTP 403',
    });
    expect(decideFailure(facts({ errorClass: 'offline' })).transition).toEqual({
      to: 'held',
      reason: 'offline',
      spend: false,
    });
    expect(decideFailure(facts({ errorClass: 'auth', isTest: true })).transition).toEqual({ to: 'error', spend: true });
  });

  it('gives up at once on a permanent failure', () => {
    expect(decideFailure(facts({ errorClass: 'permanent' })).transition).toEqual({ to: 'error', spend: true });
  });

  it('holds a retry whose integration was paused meanwhile, still counting the failed attempt', () => {
    expect(decideFailure(facts({ integrationHeld: 'paused' })).transition).toEqual({
      to: 'held',
      reason: 'paused',
      spend: true,
    });
  });
});
