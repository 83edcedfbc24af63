import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ClientReport } from '#contract';
import type { ReportQuery } from '#contract/report';
import { DB_FILE } from '../../../electron/core/db/data-dir';
import { createReportQueries } from '../../../electron/core/report/queries';
import type { Log } from '../../../electron/core/ports';
import { createReportReader, type ReportWorkerOptions } from '../../../electron/core/report/reader';
import { call } from '../support/core-harness';
import { activeIntegration, createLead, ingest, LEADS, openReportEnv, type ReportEnv } from './support';

const march = (day: number) => Date.UTC(2026, 2, day, 15, 0);
const input = (client: string): ReportQuery => ({
  clientId: client,
  period: { kind: 'month', month: '2026-03' },
  timeZone: 'America/Sao_Paulo',
});

describe('a large client report, built in the report worker', () => {
  let env: ReportEnv;
  const warnings: string[] = [];
  const log: Log = {
    debug: () => undefined,
    info: () => undefined,
    warn: (message) => void warnings.push(message),
    error: () => undefined,
    redactValue: () => undefined,
  };
  const readerWith = (options: ReportWorkerOptions, file = join(env.dataDir, DB_FILE)) =>
    createReportReader(env.core.forTests.sqlite, createReportQueries(env.core.forTests.sqlite), {
      file,
      nativeBinding: undefined,
      log,
      options,
    });

  beforeEach(async () => {
    warnings.length = 0;
    env = openReportEnv(march(2));
    activeIntegration(env, 'CRM');
    await createLead(env, { ...LEADS.high, source: 'facebook' });
    env.time.time = march(9);
    await ingest(env, 'csv', [LEADS.medium, LEADS.low, LEADS.badCnpj, LEADS.disposable]);
    env.time.time = march(20);
    await ingest(env, 'api', [LEADS.badPhone]);
    await env.time.flush();
  });
  afterEach(() => env.close());

  it('says exactly what the main thread says, from its own connection', async () => {
    const inline = await call<ClientReport>(env.core, 'report:get', input(env.client));
    expect(inline.received.total).toBe(6);
    const reader = readerWith({ minLeads: 1 });
    try {
      expect(reader.usesWorker).toBe(true);
      expect(await reader.build(input(env.client), env.time.now())).toEqual(inline);
      // Kept for the next report, which sees what was stored since.
      await createLead(env, { ...LEADS.medium, email: 'carla2@souza.com.br' });
      const again = await reader.build(input(env.client), env.time.now());
      expect(again.received.total).toBe(7);
      expect(reader.usesWorker).toBe(true);
    } finally {
      await reader.stop();
    }
    expect(warnings).toEqual([]);
  });

  it('is built on the main thread when the worker cannot open the database, and says so once', async () => {
    const inline = await call<ClientReport>(env.core, 'report:get', input(env.client));
    const reader = readerWith({ minLeads: 1 }, join(env.dataDir, 'missing.db'));
    try {
      expect(await reader.build(input(env.client), env.time.now())).toEqual(inline);
      expect(await reader.build(input(env.client), env.time.now())).toEqual(inline);
      expect(reader.usesWorker).toBe(false);
    } finally {
      await reader.stop();
    }
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/report worker could not open the database/);
  });

  it('builds on the main thread what the worker was building when it stopped, and says so once', async () => {
    const inline = await call<ClientReport>(env.core, 'report:get', input(env.client));
    // A worker that opens and then dies on the first report it is asked for.
    const script = join(env.dataDir, 'dying-worker.mjs');
    writeFileSync(
      script,
      "import { parentPort } from 'node:worker_threads';\n" +
        "parentPort.postMessage({ type: 'ready' });\n" +
        "parentPort.on('message', () => process.exit(3));\n",
    );
    const reader = readerWith({ minLeads: 1, script });
    try {
      expect(await reader.build(input(env.client), env.time.now())).toEqual(inline);
      expect(reader.usesWorker).toBe(false);
      expect(await reader.build(input(env.client), env.time.now())).toEqual(inline);
    } finally {
      await reader.stop();
    }
    expect(warnings).toEqual(['report: the report worker stopped; reports are built inline']);
  });

  it('leaves a small report on the main thread', () => {
    const reader = readerWith({ minLeads: 1000, script: join(env.dataDir, 'no-such-worker.js') });
    expect(reader.usesWorker).toBe(false);
    return reader.stop();
  });
});
