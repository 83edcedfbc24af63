import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import type { Connector } from '../../electron/core/integrations/connector';
import { z } from 'zod';
import { tempDir } from '../unit/support/core-harness';
import { openDispatchCore, seedClient, seedIntegration, seedLead } from '../unit/support/dispatch-core';

const noop: Connector<unknown> = {
  type: 'webhook',
  configSchema: z.unknown(),
  rateLimitKey: () => 'noop',
  rateLimit: { perSecond: 1e9, burst: 1e9 },
  retrySchedule: { delaysMs: [], maxAttempts: 1 },
  send: () => Promise.resolve({}),
};

export interface TransitionsResult {
  dispatches: number;
  transitions: number;
  seconds: number;
  perSecond: number;
  enqueuePerSecond: number;
  /** Lease and completion alone (two transitions per dispatch), the scheduler's own speed. */
  runPerSecond: number;
}

/**
 * Dispatch state transitions per second with a connector that does nothing: enqueue (→ pending),
 * lease (→ sending, attempt opened) and complete (→ sent, attempt closed), each its own
 * transaction on a real SQLite file. Counts the three dispatch transitions per lead.
 */
export async function benchTransitions(leads = 5_000, integrations = 4): Promise<TransitionsResult> {
  const tmp = tempDir('zbl-bench-');
  const core = openDispatchCore(tmp.dir, {
    clock: { now: () => Date.now() },
    connectors: [noop],
    key: randomBytes(32),
  });
  try {
    const client = seedClient(core);
    for (let i = 0; i < integrations; i++) seedIntegration(core, client, { name: `noop ${i}` });
    const ids: string[] = [];
    const insert = core.forTests.sqlite.transaction(() => {
      for (let i = 0; i < leads; i++) ids.push(seedLead(core, client));
    });
    insert();
    core.forTests.engine.stop(); // measure enqueue alone first
    // As an import would: leads enqueued in batches (each batch one transaction).
    const t0 = performance.now();
    for (let i = 0; i < ids.length; i += 500) core.forTests.engine.enqueueLeads(ids.slice(i, i + 500));
    const enqueueMs = performance.now() - t0;
    core.close();

    // A fresh core on the same file: its scheduler finds the whole backlog due.
    const runner = openDispatchCore(tmp.dir, {
      clock: { now: () => Date.now() },
      connectors: [noop],
      key: randomBytes(32),
    });
    const t1 = performance.now();
    await runner.forTests.engine.settled();
    const runMs = performance.now() - t1;
    const sent = runner.forTests.sqlite.prepare("SELECT count(*) AS n FROM dispatches WHERE state = 'sent'").get() as {
      n: number;
    };
    runner.close();
    const dispatches = leads * integrations;
    if (sent.n !== dispatches) throw new Error(`only ${sent.n} of ${dispatches} dispatches were sent`);
    const transitions = dispatches * 3;
    const seconds = (enqueueMs + runMs) / 1000;
    return {
      dispatches,
      transitions,
      seconds,
      perSecond: transitions / seconds,
      enqueuePerSecond: dispatches / (enqueueMs / 1000),
      runPerSecond: (dispatches * 2) / (runMs / 1000),
    };
  } finally {
    tmp.cleanup();
  }
}
