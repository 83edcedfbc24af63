import type { HomeOverview } from '#contract';
import type { Core } from '../../../electron/core';
import { ConnectorError } from '../../../electron/core/integrations/connector';
import { call, tempDir } from '../support/core-harness';
import { openDispatchCore, seedClient } from '../support/dispatch-core';
import { FakeTime } from '../support/fake-time';
import { scriptedConnector } from '../dispatch/fixtures/connectors';

export const MIN = 60_000;
export const HOUR = 60 * MIN;
export const DAY = 24 * HOUR;

export interface HomeEnv {
  core: Core;
  time: FakeTime;
  /** Lead names the CRM refuses for good (an error). */
  refuse: Set<string>;
  /** While set, the CRM refuses the key of every call (HTTP 401). */
  keyRefused: { value: boolean };
  /** How many leads the CRM took. */
  sent: () => number;
  close(): Promise<void>;
}

/** A real core with fake time and a webhook connector scripted by the test. */
export function openHomeEnv(start: number): HomeEnv {
  const tmp = tempDir();
  const time = new FakeTime(start);
  const refuse = new Set<string>();
  const keyRefused = { value: false };
  let sent = 0;
  const connector = scriptedConnector(time, (ctx) => {
    if (keyRefused.value) throw new ConnectorError('auth', 'HTTP 401: the API key was refused');
    if (refuse.has(ctx.lead.fullName)) throw new ConnectorError('permanent', 'HTTP 422: contact refused');
    sent++;
    return { remoteId: `r-${ctx.dispatchId}` };
  });
  const core = openDispatchCore(tmp.dir, { clock: time, timers: time, connectors: [connector] });
  return {
    core,
    time,
    refuse,
    keyRefused,
    sent: () => sent,
    async close() {
      await core.forTests.stop();
      core.close();
      tmp.cleanup();
    },
  };
}

export function overview(env: HomeEnv, timeZone = 'America/Sao_Paulo'): Promise<HomeOverview> {
  return call<HomeOverview>(env.core, 'home:overview', { timeZone });
}

export { seedClient };
