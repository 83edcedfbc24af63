import { describe, expect, it } from 'vitest';
import { limitFacts } from '../../../src/pages/logs/limit-headers';

describe('rate-limit headers as facts', () => {
  it('pairs what is left with the budget (ActiveCampaign’s RateLimit-* fields)', () => {
    expect(
      limitFacts({
        'ratelimit-limit': '5',
        'ratelimit-remaining': '1',
        'ratelimit-reset': '1',
        'content-type': 'application/json',
      }),
    ).toEqual([
      { kind: 'remaining', n: 1, of: 5, source: 'ratelimit-remaining: 1, ratelimit-limit: 5' },
      { kind: 'resetIn', seconds: 1, source: 'ratelimit-reset: 1' },
    ]);
  });

  it('reads Retry-After as seconds or as an HTTP date', () => {
    expect(limitFacts({ 'retry-after': '60' })).toEqual([
      { kind: 'retryAfter', seconds: 60, source: 'retry-after: 60' },
    ]);
    expect(limitFacts({ 'Retry-After': 'Wed, 21 Oct 2015 07:28:00 GMT' })).toEqual([
      { kind: 'retryAt', at: Date.UTC(2015, 9, 21, 7, 28), source: 'retry-after: Wed, 21 Oct 2015 07:28:00 GMT' },
    ]);
  });

  it('reads HubSpot’s window, per-second and daily budgets', () => {
    const facts = limitFacts({
      'x-hubspot-ratelimit-max': '100',
      'x-hubspot-ratelimit-remaining': '0',
      'x-hubspot-ratelimit-interval-milliseconds': '10000',
      'x-hubspot-ratelimit-secondly': '10',
      'x-hubspot-ratelimit-secondly-remaining': '9',
      'x-hubspot-ratelimit-daily': '250000',
      'x-hubspot-ratelimit-daily-remaining': '249000',
    });
    expect(facts.map((f) => f.kind)).toEqual(['remaining', 'dailyRemaining', 'secondlyRemaining', 'window']);
    expect(facts).toContainEqual(expect.objectContaining({ kind: 'window', seconds: 10 }));
    expect(facts).toContainEqual(expect.objectContaining({ kind: 'dailyRemaining', n: 249000, of: 250000 }));
  });

  it('takes a reset far in the future as a Unix time, and a count from a list-valued limit', () => {
    expect(limitFacts({ 'x-ratelimit-reset': '1767225600', 'x-ratelimit-limit': '10, 10;w=1' })).toEqual([
      { kind: 'limit', n: 10, source: 'x-ratelimit-limit: 10, 10;w=1' },
      { kind: 'resetAt', at: 1767225600 * 1000, source: 'x-ratelimit-reset: 1767225600' },
    ]);
  });

  it('keeps other limit headers under their own name, and ignores the rest', () => {
    expect(limitFacts({ 'ratelimit-policy': '5;w=1', 'x-request-id': 'abc', 'ratelimit-remaining': 'n/a' })).toEqual([
      { kind: 'other', name: 'ratelimit-policy', value: '5;w=1', source: 'ratelimit-policy: 5;w=1' },
      { kind: 'other', name: 'ratelimit-remaining', value: 'n/a', source: 'ratelimit-remaining: n/a' },
    ]);
  });
});
