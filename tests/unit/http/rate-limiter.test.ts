import { describe, expect, it } from 'vitest';
import { createRateLimiter, type Permit } from '../../../electron/core/http/rate-limiter';
import type { RateLimitPolicy } from '../../../electron/core/integrations/connector';
import { FakeTime } from '../support/fake-time';

const AC: RateLimitPolicy = { perSecond: 5, burst: 5 };

function setup(o: { maxConcurrent?: number; margin?: number } = {}) {
  const time = new FakeTime(0);
  const limiter = createRateLimiter({
    clock: time,
    timers: time,
    maxConcurrent: o.maxConcurrent ?? 100,
    windowMarginMs: o.margin ?? 0,
    maxBlockMs: 60_000,
  });
  return { time, limiter };
}

/** Acquires `n` permits for `key`, releasing each at once (as a fast remote would), and answers the grant times. */
function drive(
  limiter: ReturnType<typeof setup>['limiter'],
  time: FakeTime,
  key: string,
  n: number,
  policy: RateLimitPolicy = AC,
  answer: (i: number) => { status: number; headers: Record<string, string> } = () => ({ status: 200, headers: {} }),
): number[] {
  const grants: number[] = [];
  for (let i = 0; i < n; i++) {
    void limiter.acquire(key, policy).then((p: Permit) => {
      grants.push(time.now());
      p.release(answer(grants.length - 1));
    });
  }
  return grants;
}

function maxInWindow(times: number[], windowMs: number): number {
  let best = 0;
  for (let i = 0; i < times.length; i++) {
    const inWindow = times.filter((t) => t > times[i]! - windowMs && t <= times[i]!).length;
    best = Math.max(best, inWindow);
  }
  return best;
}

describe('rate limiter', () => {
  it('pauses an account longer after each 503 in a row without Retry-After, and forgets once it answers', async () => {
    const { time, limiter } = setup();
    const unavailable = { status: 503, headers: {} };
    const answers = [unavailable, unavailable, unavailable, unavailable, { status: 200, headers: {} }, unavailable];
    const grants = drive(limiter, time, 'a', answers.length, AC, (i) => answers[i]!);
    await time.advance(60_000);
    // 2, 4, 8 and 16 s after each 503; after the 200 the next 503 pauses 2 s again.
    expect(grants).toEqual([0, 2_000, 6_000, 14_000, 30_000, 30_000]);
    expect(limiter.stats('a').blockedUntil).toBe(32_000);
  });

  it('spaces requests evenly at burst 1', async () => {
    const { time, limiter } = setup();
    const grants = drive(limiter, time, 'a', 6, { perSecond: 5, burst: 1 });
    await time.advance(5000);
    expect(grants).toEqual([0, 200, 400, 600, 800, 1000]);
  });

  it('never lets more than the limit into any one-second window, margin included', async () => {
    const { time, limiter } = setup({ margin: 50 });
    const grants = drive(limiter, time, 'a', 40);
    await time.advance(20_000);
    expect(grants).toHaveLength(40);
    expect(maxInWindow(grants, 1050)).toBe(5);
    // Busy: 40 requests in about 8 windows of 1.05 s.
    expect(grants.at(-1)!).toBeLessThanOrEqual(8 * 1050);
  });

  it('sends the first request of an account alone, then bursts as the remote allows', async () => {
    const { time, limiter } = setup();
    const grants: number[] = [];
    let first: Permit | undefined;
    for (let i = 0; i < 5; i++) {
      void limiter.acquire('a', AC).then((p) => {
        grants.push(time.now());
        if (!first) first = p;
        else p.release({ status: 200, headers: {} });
      });
    }
    await time.advance(100);
    expect(grants).toEqual([0]);
    first!.release({ status: 200, headers: { 'RateLimit-Limit': '5', 'RateLimit-Remaining': '4' } });
    await time.flush();
    expect(grants).toEqual([100, 100, 100, 100].reduce((acc, t) => [...acc, t], [0]));
  });

  it('counts a request in the window from its answer, since the remote may have seen it that late', async () => {
    const { time, limiter } = setup();
    const grants: number[] = [];
    for (let i = 0; i < 6; i++) {
      void limiter.acquire('a', AC).then((p) => {
        grants.push(time.now());
        time.after(300, () => p.release({ status: 200, headers: {} }));
      });
    }
    await time.advance(5000);
    // The first answer (at 300) lets four more go; the sixth waits a full window after their answers.
    expect(grants).toEqual([0, 300, 300, 300, 300, 1300]);
  });

  it('counts requests it did not send when RateLimit-Remaining is lower than its own view', async () => {
    const { time, limiter } = setup();
    // Someone else uses the account too: every answer says nothing is left in the window.
    const grants = drive(limiter, time, 'a', 4, AC, () => ({ status: 200, headers: { 'ratelimit-remaining': '0' } }));
    await time.advance(5000);
    // Without that feedback the other three would follow the first at once.
    expect(grants).toEqual([0, 1000, 1000, 1000]);
  });

  it('adopts a lower RateLimit-Limit from the remote', async () => {
    const { time, limiter } = setup();
    const grants = drive(limiter, time, 'a', 6, { perSecond: 10, burst: 10 }, () => ({
      status: 200,
      headers: { 'ratelimit-limit': '2' },
    }));
    await time.advance(5000);
    expect(maxInWindow(grants, 1000)).toBe(2);
  });

  it('blocks the whole account for Retry-After after a 429, capped', async () => {
    const { time, limiter } = setup();
    const refusedFirst = (i: number): { status: number; headers: Record<string, string> } =>
      i === 0 ? { status: 429, headers: { 'Retry-After': '3' } } : { status: 200, headers: {} };
    const grants = drive(limiter, time, 'a', 3, AC, refusedFirst);
    await time.advance(10_000);
    expect(grants).toEqual([0, 3000, 3000]);
    limiter.block('a', 10 * 3_600_000);
    expect(limiter.stats('a').blockedUntil).toBe(time.now() + 60_000);
  });

  it('bounds requests in flight across accounts and serves accounts in turn', async () => {
    const { time, limiter } = setup({ maxConcurrent: 2 });
    const held: Array<{ key: string; permit: Permit }> = [];
    const order: string[] = [];
    const policy = { perSecond: 100, burst: 100 };
    for (const key of ['a', 'a', 'a', 'a', 'b', 'c']) {
      void limiter.acquire(key, policy).then((permit) => {
        order.push(key);
        held.push({ key, permit });
      });
    }
    await time.flush();
    expect(held).toHaveLength(2);
    while (held.length > 0) {
      held.shift()!.permit.release({ status: 200, headers: {} });
      await time.advance(10);
      expect(held.length).toBeLessThanOrEqual(2);
    }
    expect(order).toHaveLength(6);
    // b and c do not wait behind all of a's requests.
    expect(order.indexOf('c')).toBeLessThan(4);
    expect(order.indexOf('b')).toBeLessThan(4);
  });

  it('gives up a wait when its signal aborts', async () => {
    const { time, limiter } = setup();
    const blocker = await limiter.acquire('a', AC); // the first answer is awaited before more go
    const controller = new AbortController();
    const waiting = limiter.acquire('a', AC, controller.signal);
    expect(limiter.stats('a').queued).toBe(1);
    controller.abort(new Error('stop'));
    await expect(waiting).rejects.toThrow('stop');
    expect(limiter.stats('a').queued).toBe(0);
    blocker.release();
    await time.flush();
  });
});
