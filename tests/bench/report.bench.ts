import type { ClientReport, LeadInput } from '#contract';
import { call } from '../unit/support/core-harness';
import { seedClient, seedIntegration } from '../unit/support/dispatch-core';
import { watchExports } from '../unit/logs/export-support';
import { benchCore, fmt, line, percentile, watchEventLoop } from './support';

const LEADS = 100_000;
const BATCH = 1_000;
const MINUTE = 60_000;
const FIRST = ['Maria', 'João', 'Ana', 'José', 'Francisca', 'Antônio', 'Luíza', 'Carlos'];
const LAST = ['da Silva', 'Souza', 'dos Santos', 'Oliveira', 'Pereira', 'Lima'];

/** A mix like a busy month's: corporate and free e-mails, some disposable, broken phones and CNPJs. */
function lead(i: number): LeadInput {
  const kind = i % 20;
  const email =
    kind < 12
      ? `contato${i}@empresa${i % 800}.com.br`
      : kind < 17
        ? `pessoa${i}@gmail.com`
        : kind < 18
          ? `x${i}@mailinator.com`
          : `quebrado${i}@empresa`;
  const phone = i % 9 === 0 ? '(11) 1234' : `(${11 + (i % 80)}) 9${String(10_000_000 + (i % 90_000_000)).slice(-8)}`;
  return {
    fullName: `${FIRST[i % FIRST.length]} ${LAST[(i >> 2) % LAST.length]}`,
    email,
    phone,
    company: i % 5 === 0 ? undefined : `Empresa ${i}`,
    cnpj: i % 7 === 0 ? '11.222.333/0001-82' : undefined,
    jobTitle: i % 3 === 0 ? 'Diretora' : 'Analista',
    source: ['facebook', 'google', 'linkedin', 'site', 'evento'][i % 5],
    utm: {},
    custom: {},
  };
}

/** Wall time, and the process's CPU time (what a busy machine's wall time overstates). */
async function timed<T>(runs: number, work: () => Promise<T>): Promise<{ p50: number; cpu: number; last: T }> {
  const times: number[] = [];
  const cpu: number[] = [];
  let last: T | undefined;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    last = await work();
    const used = process.cpuUsage(c0);
    times.push(performance.now() - t0);
    cpu.push((used.user + used.system) / 1000);
  }
  times.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  return { p50: percentile(times, 50), cpu: percentile(cpu, 50), last: last as T };
}

/**
 * The client report over a month of 100,000 leads (another client's 100,000 arriving beside them),
 * two integrations each: most sent, some in error, some still held.
 */
export async function runReportBench(): Promise<void> {
  console.log(`Client report: ${LEADS.toLocaleString('en-US')} leads in one month, two integrations`);
  const bench = benchCore([]);
  try {
    const { core } = bench;
    const db = core.forTests.sqlite;
    const month = Date.UTC(2026, 2, 1, 3);
    const clients = [seedClient(core, 'Busy'), seedClient(core, 'Neighbour')];
    for (const clientId of clients) {
      seedIntegration(core, clientId, { name: 'CRM', status: 'paused' });
      seedIntegration(core, clientId, { name: 'Webhook', status: 'paused' });
    }
    // The two clients' leads arrive interleaved, as they would over a month.
    const t0 = performance.now();
    for (let start = 0; start < LEADS; start += BATCH) {
      for (const clientId of clients) {
        const inputs = Array.from({ length: BATCH }, (_, k) => lead(start + k));
        const origin = start % 3 === 0 ? 'csv' : 'api';
        await core.forTests.ingest.ingest(clientId, inputs, { origin, duplicates: 'keep' });
      }
    }
    line('  stored (validated, scored, queued)', `${fmt((performance.now() - t0) / 1000)} s`);
    // Spread over the month in arrival order, then settle the held dispatches as a month of sending would.
    db.prepare(`UPDATE leads SET received_at = ? + rowid * 12000`).run(month);
    db.prepare(
      `UPDATE dispatches SET
         created_at = (SELECT received_at FROM leads WHERE id = lead_id),
         state = CASE WHEN rowid % 20 = 0 THEN 'error' WHEN rowid % 20 = 1 THEN 'held' ELSE 'sent' END,
         finished_at = CASE WHEN rowid % 20 = 1 THEN NULL
           ELSE (SELECT received_at FROM leads WHERE id = lead_id) + (rowid % 97) * ${MINUTE} / 10 END,
         last_error = CASE WHEN rowid % 20 = 0 THEN 'HTTP 422: invalid e-mail' END, last_status = 422`,
    ).run();
    const counts = db.prepare(`SELECT count(*) AS n FROM dispatches`).get() as { n: number };
    line('  dispatches', counts.n.toLocaleString('en-US'));

    const input = { clientId: clients[0], period: { kind: 'month', month: '2026-03' }, timeZone: 'America/Sao_Paulo' };
    const get = await timed(5, () => call<ClientReport>(core, 'report:get', input));
    // The loop's delay is seen only when its timer runs: a pause after each report lets it.
    const loop = watchEventLoop();
    for (let i = 0; i < 3; i++) {
      await call<ClientReport>(core, 'report:get', input);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const delay = loop.stop();
    line(
      '  report:get, p50 of 5: wall / CPU',
      `${fmt(get.p50, 0)} ms / ${fmt(get.cpu, 0)} ms (built in the report worker)`,
    );
    line('    event loop meanwhile: longest delay', `${fmt(delay.max, 0)} ms`);
    line(
      '    received / qualified / open errors',
      `${get.last.received.total} / ${get.last.qualified.total} / ${get.last.openErrors.total}`,
    );
    const watch = watchExports(core);
    const exportStart = performance.now();
    const started = await call<{ id: string }>(core, 'report:export', input);
    const done = await watch.finished(started.id);
    watch.stop();
    line('  report:export (CSV written)', `${fmt(performance.now() - exportStart, 0)} ms (${done.kind})`);
  } finally {
    bench.done();
  }
}
