import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import type { AcEmulator } from '../../../emulators/activecampaign';
import { tempDir } from '../../support/core-harness';
import { openDispatchCore, seedClient, seedIntegration, seedLead } from '../../support/dispatch-core';
import { typicalConfig } from './support';

const CHILD = resolve(__dirname, 'crash-child.ts');
const ROOT = resolve(__dirname, '../../../..');

function start(env: NodeJS.ProcessEnv) {
  const child = spawn(process.execPath, ['--import', 'tsx', CHILD], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (c: string) => lines.push(...c.split('\n').filter(Boolean)));
  child.stderr.setEncoding('utf8').on('data', (c: string) => (stderr += c));
  return {
    child,
    async waitFor(line: string, ms: number): Promise<void> {
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

export interface BulkCrashResult {
  leads: number;
  kills: number[];
  /** Import requests AC received, and contacts it received more than once across them. */
  imports: number;
  repeatedContacts: number;
  /** Batches the app found open at a restart (recorded, sent, or finishing). */
  resumedBatches: number;
  states: Record<string, number>;
  sentAttempts: number;
  contacts: number;
  contactsComplete: number;
  openBatches: number;
  seconds: number;
}

/**
 * `leads` queued for one ActiveCampaign integration, then a worker process that drains them is
 * killed with SIGKILL `kills` times at random moments, and a last one runs to the end. Answers
 * what the database and the emulator hold afterwards.
 */
export async function runBulkCrash(ac: AcEmulator, leads: number, kills: number): Promise<BulkCrashResult> {
  const tmp = tempDir('zbl-bulk-crash-');
  const key = randomBytes(32);
  const t0 = Date.now();
  try {
    const seed = openDispatchCore(tmp.dir, { clock: { now: () => Date.now() }, connectors: [], key });
    const client = seedClient(seed);
    const credentialId = seed.forTests.vault.put({ clientId: client, purpose: 'ac', secret: ac.apiToken });
    const integrationId = seedIntegration(seed, client, {
      type: 'activecampaign',
      config: typicalConfig(ac),
      credentialId,
    });
    const ids: string[] = [];
    seed.forTests.sqlite.transaction(() => {
      for (let i = 0; i < leads; i++) {
        ids.push(
          seedLead(seed, client, {
            fullName: `Lead Number ${i}`,
            email: `crash${i}@empresa${i % 7}.com.br`,
            company: `Empresa ${i % 7}`,
            scoreRange: i % 2 ? 'high' : 'medium',
          }),
        );
      }
    })();
    // No connector in this core: the dispatches are queued, nothing is sent.
    seed.forTests.sqlite
      .prepare(
        `INSERT INTO dispatches (id, client_id, lead_id, integration_id, state, attempt_count, next_attempt_at, is_test,
           created_at, updated_at)
         SELECT lower(hex(randomblob(16))), client_id, id, ?, 'pending', 0, 1, 0, 1, 1 FROM leads WHERE client_id = ?`,
      )
      .run(integrationId, client);
    seed.close();

    const env = { ...process.env, ZBL_DATA_DIR: tmp.dir, ZBL_KEY: key.toString('hex') };
    const moments: number[] = [];
    for (let k = 0; k < kills; k++) {
      const worker = start(env);
      await worker.waitFor('READY', 20_000);
      const wait = 150 + Math.floor(Math.random() * 900);
      moments.push(wait);
      await new Promise((r) => setTimeout(r, wait));
      worker.child.kill('SIGKILL');
      await exited(worker.child);
    }
    const last = start(env);
    await last.waitFor('DONE', 120_000);
    await exited(last.child);

    const check = openDispatchCore(tmp.dir, { clock: { now: () => Date.now() }, connectors: [], key });
    try {
      check.forTests.engine.stop();
      const q = <T>(sql: string) => check.forTests.sqlite.prepare<[], T>(sql);
      const stateRows = q<{ state: string; n: number }>(
        'SELECT state, count(*) AS n FROM dispatches GROUP BY state',
      ).all();
      const posts = ac.log.entries({ method: 'POST', path: '/import/bulk_import' }).filter((e) => e.status === 200);
      const seen = new Map<string, number>();
      for (const p of posts) {
        for (const c of (p.body as { contacts: Array<{ email: string }> }).contacts) {
          seen.set(c.email, (seen.get(c.email) ?? 0) + 1);
        }
      }
      const snapshot = ac.state.snapshot();
      return {
        leads,
        kills: moments,
        imports: posts.length,
        repeatedContacts: [...seen.values()].filter((n) => n > 1).length,
        resumedBatches: q<{ n: number }>('SELECT count(*) AS n FROM dispatch_batches WHERE interruptions > 0').get()!.n,
        states: Object.fromEntries(stateRows.map((r) => [r.state, r.n])),
        sentAttempts: q<{ n: number }>("SELECT count(*) AS n FROM dispatch_attempts WHERE outcome = 'sent'").get()!.n,
        contacts: snapshot.contacts.length,
        contactsComplete: snapshot.contacts.filter((c) => c.tags.length === 3 && c.lists.length === 1).length,
        openBatches: q<{ n: number }>(
          "SELECT count(*) AS n FROM dispatch_batches WHERE state IN ('recorded','submitted','following')",
        ).get()!.n,
        seconds: (Date.now() - t0) / 1000,
      };
    } finally {
      check.close();
    }
  } finally {
    tmp.cleanup();
  }
}
