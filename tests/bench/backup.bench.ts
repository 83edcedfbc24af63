import { randomBytes } from 'node:crypto';
import { statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { z } from 'zod';
import type { BackupInfo } from '#contract';
import type { Core } from '../../electron/core';
import { PAGES_PER_STEP } from '../../electron/core/backup/copy';
import { DB_FILE } from '../../electron/core/db/data-dir';
import type { Connector } from '../../electron/core/integrations/connector';
import { call, tempDir } from '../unit/support/core-harness';
import { openDispatchCore, seedClient, seedIntegration, seedLead } from '../unit/support/dispatch-core';
import { generateLogs } from './logs-data';
import { fmt, line, realClock } from './support';

const ATTEMPTS = 1_000_000;
/** Leads queued every tick while measuring: a steady import being dispatched as it arrives. */
const LEADS_PER_TICK = 20;
const TICK_MS = 25;

/** When the engine last handed a lead to the connector, and the longest wait between two. */
const sends = { last: 0, longestGapMs: 0 };

const noop: Connector<unknown> = {
  type: 'webhook',
  configSchema: z.unknown(),
  rateLimitKey: () => 'noop',
  rateLimit: { perSecond: 1e9, burst: 1e9 },
  retrySchedule: { delaysMs: [], maxAttempts: 1 },
  send: () => {
    const now = performance.now();
    if (sends.last > 0) sends.longestGapMs = Math.max(sends.longestGapMs, now - sends.last);
    sends.last = now;
    return Promise.resolve({});
  },
};

interface LoopFigures {
  seconds: number;
  sent: number;
  /** The longest the event loop was held (what dispatching, and every page's call, waited at worst). */
  maxMs: number;
  p99Ms: number;
  /** The longest wait between two leads handed to the CRM while more kept arriving. */
  longestGapMs: number;
}

/**
 * Runs `work` while leads keep arriving and being sent by the real engine (a connector that does
 * nothing, so only the app's own work is measured), and says how the loop fared meanwhile.
 */
async function underLoad<T>(core: Core, clientId: string, work: () => Promise<T>): Promise<[T, LoopFigures]> {
  const histogram = monitorEventLoopDelay({ resolution: 5 });
  const sentBefore = sentCount(core);
  const feeding = setInterval(() => {
    const ids = core.forTests.sqlite.transaction(() =>
      Array.from({ length: LEADS_PER_TICK }, () => seedLead(core, clientId)),
    )();
    core.forTests.engine.enqueueLeads(ids);
  }, TICK_MS);
  histogram.enable();
  const t0 = performance.now();
  sends.last = 0;
  sends.longestGapMs = 0;
  try {
    const value = await work();
    const seconds = (performance.now() - t0) / 1000;
    return [
      value,
      {
        seconds,
        sent: sentCount(core) - sentBefore,
        maxMs: histogram.max / 1e6,
        p99Ms: histogram.percentile(99) / 1e6,
        longestGapMs: sends.longestGapMs,
      },
    ];
  } finally {
    histogram.disable();
    clearInterval(feeding);
  }
}

function sentCount(core: Core): number {
  return core.forTests.sqlite
    .prepare<[], { n: number }>("SELECT count(*) AS n FROM dispatches WHERE state = 'sent'")
    .get()!.n;
}

const mb = (bytes: number) => `${fmt(bytes / 1024 / 1024, 0)} MB`;

/**
 * "Back up now" on a year of a busy agency (1,000,000 attempts in a real SQLite file in WAL mode)
 * while leads are imported and sent: how long the copy takes, and the longest pause of the
 * dispatch loop meanwhile, against the same load without a backup.
 */
export async function runBackupBench(): Promise<void> {
  console.log(`Backup (${ATTEMPTS.toLocaleString('en-US')} attempts, SQLite's online backup API)`);
  const tmp = tempDir('zbl-bench-');
  // No automatic backup or pruning of logs while measuring: only "Back up now" copies the file.
  writeFileSync(join(tmp.dir, 'preferences.json'), JSON.stringify({ logs: { retentionDays: 3650 } }));
  const core = openDispatchCore(tmp.dir, {
    clock: realClock,
    connectors: [noop],
    key: randomBytes(32),
    checkpoints: {},
  });
  // Only "Back up now" copies the file while measuring, not the daily schedule.
  core.forTests.backup.stop();
  try {
    const cacheSize: unknown = core.forTests.sqlite.pragma('cache_size', { simple: true });
    core.forTests.sqlite.pragma('cache_size = -262144');
    const data = generateLogs(core, { attempts: ATTEMPTS, now: Date.now(), days: 365 });
    core.forTests.sqlite.pragma(`cache_size = ${Number(cacheSize)}`);
    core.forTests.sqlite.pragma('wal_checkpoint(TRUNCATE)');
    const size = statSync(join(tmp.dir, DB_FILE)).size;
    line(
      'generated',
      `${data.attempts.toLocaleString('en-US')} attempts, ${data.dispatches.toLocaleString('en-US')} dispatches in ${fmt(data.seconds)} s, ${mb(size)}`,
    );

    const client = seedClient(core, 'Importing now');
    seedIntegration(core, client, { name: 'Receiving now' });

    // The load runs a moment first (the first queries after loading a year of data warm the cache), then
    // as long again without a backup: what the loop looks like anyway.
    await underLoad(core, client, () => new Promise((r) => setTimeout(r, 2000)));
    const [, quiet] = await underLoad(core, client, () => new Promise((r) => setTimeout(r, 3000)));
    const [backup, during] = await underLoad(core, client, () => call<BackupInfo>(core, 'backup:create', {}));

    const pages = Math.ceil(size / 4096);
    line(
      'back up now',
      `${fmt(during.seconds)} s for ${mb(backup.size)} (${fmt(backup.size / 1024 / 1024 / during.seconds, 0)} MB/s), ${Math.ceil(pages / PAGES_PER_STEP)} steps of ${PAGES_PER_STEP} pages`,
    );
    line(
      '  longest event-loop pause during / without',
      `${fmt(during.maxMs)} ms / ${fmt(quiet.maxMs)} ms (p99 ${fmt(during.p99Ms)} / ${fmt(quiet.p99Ms)} ms)`,
    );
    line(
      '  longest wait between two sends during / without',
      `${fmt(during.longestGapMs)} ms / ${fmt(quiet.longestGapMs)} ms`,
    );
    line(
      '  dispatches sent during the backup',
      `${during.sent.toLocaleString('en-US')} (${fmt(during.sent / during.seconds, 0)}/s; ${fmt(quiet.sent / quiet.seconds, 0)}/s without)`,
    );
  } finally {
    core.close();
    tmp.cleanup();
  }
}

if (process.argv[1]?.endsWith('backup.bench.ts')) {
  runBackupBench().catch((err: unknown) => {
    console.error(err);
    process.exit(1);
  });
}
