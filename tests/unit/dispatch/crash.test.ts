import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Connector } from '../../../electron/core/integrations/connector';
import { startAcEmulator, type AcEmulator } from '../../emulators/activecampaign';
import { tempDir } from '../support/core-harness';
import { openDispatchCore, seedClient, seedIntegration, seedLead } from '../support/dispatch-core';
import { acLiteConnector } from './fixtures/connectors';

const LEADS = 2000;
const KILLS = 10;
const MAX_IN_FLIGHT = 32;
const CHILD = resolve(__dirname, 'crash-child.ts');
const ROOT = resolve(__dirname, '../../..');
const realClock = { now: () => Date.now() };

function start(env: NodeJS.ProcessEnv): {
  child: ChildProcess;
  lines: string[];
  waitFor(line: string, ms: number): Promise<void>;
} {
  const child = spawn(process.execPath, ['--import', 'tsx', CHILD], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => lines.push(...chunk.split('\n').filter(Boolean)));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  return {
    child,
    lines,
    async waitFor(line, ms) {
      const deadline = Date.now() + ms;
      while (!lines.includes(line)) {
        if (child.exitCode !== null || Date.now() > deadline) {
          throw new Error(`worker never printed ${line} (exit ${child.exitCode}): ${stderr.slice(-2000)}`);
        }
        await new Promise((r) => setTimeout(r, 10));
      }
    },
  };
}

function exited(child: ChildProcess): Promise<void> {
  return child.exitCode !== null || child.signalCode !== null
    ? Promise.resolve()
    : new Promise((r) => child.once('exit', () => r()));
}

describe('crash safety', () => {
  let ac: AcEmulator;
  let tmp: ReturnType<typeof tempDir>;
  beforeAll(async () => {
    ac = await startAcEmulator({ ratePerSecond: 0, logLimit: 100_000, seed: { tags: ['qualified-lead'] } });
    tmp = tempDir();
  });
  afterAll(async () => {
    await ac.close();
    tmp.cleanup();
  });

  it(`loses nothing when a worker sending ${LEADS} leads is killed ${KILLS} times`, async () => {
    const key = randomBytes(32);
    const connectors = [acLiteConnector() as Connector<unknown>];
    const seed = openDispatchCore(tmp.dir, { clock: realClock, connectors, key });
    const client = seedClient(seed);
    const credentialId = seed.forTests.vault.put({ clientId: client, purpose: 'ac', secret: ac.apiToken });
    const tagId = ac.state.findTagByName('qualified-lead')!.id;
    seedIntegration(seed, client, { type: 'activecampaign', config: { apiUrl: ac.apiUrl, tagId }, credentialId });
    for (let i = 0; i < LEADS; i++)
      seed.forTests.engine.enqueueLead(seedLead(seed, client, { email: `lead${i}@acme.com.br` }));
    seed.close(); // in the same turn: nothing sent yet

    const env = {
      ...process.env,
      ZBL_DATA_DIR: tmp.dir,
      ZBL_KEY: key.toString('hex'),
      ZBL_MAX_IN_FLIGHT: String(MAX_IN_FLIGHT),
    };
    const moments: number[] = [];
    for (let k = 0; k < KILLS; k++) {
      const worker = start(env);
      await worker.waitFor('READY', 60_000);
      const wait = 100 + Math.floor(Math.random() * 600);
      moments.push(wait);
      await new Promise((r) => setTimeout(r, wait));
      worker.child.kill('SIGKILL');
      await exited(worker.child);
    }
    const sentBeforeLastRun = ac.log.count({ path: '/contact/sync' });
    const last = start(env);
    await last.waitFor('DONE', 90_000);
    await exited(last.child);

    const check = openDispatchCore(tmp.dir, { clock: realClock, connectors, key });
    try {
      const states = check.forTests.sqlite.prepare('SELECT state, count(*) AS n FROM dispatches GROUP BY state').all();
      expect(states).toEqual([{ state: 'sent', n: LEADS }]);
      const { n: interrupted } = check.forTests.sqlite
        .prepare("SELECT count(*) AS n FROM dispatch_attempts WHERE outcome = 'interrupted'")
        .get() as { n: number };
      const { n: leftRunning } = check.forTests.sqlite
        .prepare('SELECT count(*) AS n FROM dispatches WHERE attempt_started_at IS NOT NULL')
        .get() as { n: number };
      expect(leftRunning).toBe(0);

      // Every lead reached the remote, tagged.
      expect(ac.state.contacts.size).toBe(LEADS);
      expect(ac.state.snapshot().contacts.every((c) => c.tags.includes('qualified-lead'))).toBe(true);

      // Repeats only where an attempt was cut short, and never more than what was in flight.
      const syncs = ac.log.count({ path: '/contact/sync' });
      const tags = ac.log.count({ path: '/contactTags' });
      const repeats = syncs - LEADS + (tags - LEADS);
      expect(repeats).toBeGreaterThanOrEqual(0);
      expect(repeats).toBeLessThanOrEqual(interrupted);
      expect(interrupted).toBeLessThanOrEqual(KILLS * MAX_IN_FLIGHT);
      // The kills did land mid-work: work was cut short and the last run still had some left.
      expect(interrupted).toBeGreaterThan(0);
      expect(sentBeforeLastRun).toBeLessThan(LEADS);
      console.log(
        `crash test: kills after ${moments.join(', ')} ms; ${interrupted} interrupted attempts, ` +
          `${repeats} repeated requests, ${sentBeforeLastRun} syncs before the last run`,
      );
    } finally {
      check.close();
    }
  }, 300_000); // Generous: each worker compiles the core with tsx, slow on a busy machine; correctness is what is checked.
});
