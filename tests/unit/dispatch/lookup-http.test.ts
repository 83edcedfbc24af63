import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core';
import { tempDir } from '../support/core-harness';
import { openDispatchCore } from '../support/dispatch-core';
import { FakeTime } from '../support/fake-time';
import { scriptedConnector } from './fixtures/connectors';

describe('lookup HttpClient', () => {
  let tmp: ReturnType<typeof tempDir>;
  let core: Core;
  let time: FakeTime;
  const sentAt: number[] = [];
  beforeEach(() => {
    tmp = tempDir();
    time = new FakeTime();
    sentAt.length = 0;
    const connector = scriptedConnector(time, () => ({}), { rateLimit: { perSecond: 2, burst: 1 }, key: 'acct-1' });
    core = openDispatchCore(tmp.dir, {
      clock: time,
      timers: time,
      connectors: [connector],
      fetch: () => {
        sentAt.push(time.now());
        return Promise.resolve(Response.json({ ok: true }));
      },
    });
  });
  afterEach(() => {
    core.close();
    tmp.cleanup();
  });

  it('waits for the same per-account limiter as the dispatches', async () => {
    const http = core.forTests.engine.lookupHttp({ type: 'webhook', rateLimitKey: 'acct-1' });
    const t0 = time.now();
    const done = Promise.all([1, 2, 3].map(() => http.request({ method: 'GET', url: 'https://x.example/lists' })));
    await time.advance(2000);
    await done;
    // Two a second, evenly: the third also waits for the first to leave the window (1 s + 25 ms margin).
    expect(sentAt.map((t) => t - t0)).toEqual([0, 500, 1025]);
    expect(core.forTests.engine.limiter.stats('webhook:acct-1').granted).toBe(3);
  });
});
