import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import type { ImportTimings } from '../../electron/core/leads/imports/runner';
import { IMPORT_STAGES } from '../../electron/core/leads/stages';
import { openLeadsCsv } from '../../electron/core/leads/csv';
import { cnpjCheckDigits, validateLead } from '../../electron/core/leads/validation';
import type { ImportPreview, ImportView } from '#contract';
import { DEFAULT_SCORING_PROFILE, scoreLead } from '../../electron/core/scoring';
import { call } from '../unit/support/core-harness';
import { seedClient, seedIntegration } from '../unit/support/dispatch-core';
import { benchHostImport } from './host-import';
import { benchLeadsList } from './leads-list.bench';
import { benchRescore } from './rescore.bench';
import { benchCore, fmt, line, machineLoad } from './support';

const ROWS = 100_000;

const FIRST = ['MARIA', 'João', 'ana', 'José', 'Francisca', 'Antônio', 'Luíza', 'Carlos', 'Patrícia', 'asdf'];
const LAST = ['da Silva', 'Souza', 'DOS SANTOS', 'Oliveira', 'Pereira', 'Lima', 'Conceição', 'Ferreira'];
const TITLES = [
  'Diretora Comercial',
  'Analista de Marketing',
  'Sócio-fundador',
  'Gerente de Compras',
  '',
  'Estagiário',
];
const UFS = ['SP', 'RJ', 'MG', 'Bahia', 'pr', 'São Paulo', 'XX'];

/** A realistic mix: mostly corporate and free e-mails, some disposable and broken values. */
function row(i: number): string {
  const pick = <T>(list: readonly T[]): T => list[i % list.length] as T;
  const name = `${pick(FIRST)} ${LAST[(i >> 3) % LAST.length] ?? ''}`;
  const kind = i % 20;
  const email =
    kind < 12
      ? `contato${i}@empresa${i % 800}.com.br`
      : kind < 17
        ? `pessoa${i}@${pick(['gmail.com', 'hotmail.com', 'yahoo.com.br', 'gmial.com'])}`
        : kind < 18
          ? `x${i}@mailinator.com`
          : kind < 19
            ? `quebrado${i}@empresa`
            : '';
  const phone =
    i % 9 === 0
      ? `(11) 8${String(i).padStart(3, '0').slice(-3)}-${String(i % 10_000).padStart(4, '0')}`
      : `(${11 + (i % 80)}) 9${String(10_000_000 + (i % 90_000_000)).slice(-8)}`;
  const base = String(100_000_000_000 + i).slice(-12);
  const cnpj = i % 3 === 0 ? `${base}${cnpjCheckDigits(base)}` : i % 3 === 1 ? '' : `${base}00`;
  const company = i % 5 === 0 ? '' : `"Empresa ${i}; Ltda"`;
  return `${name};${email};${phone};${company};${cnpj};${pick(TITLES)};Cidade ${i % 300};${pick(UFS)};google;cpc\r\n`;
}

async function writeCsv(path: string): Promise<void> {
  const out = createWriteStream(path);
  out.write('\uFEFFNome completo;E-mail;Celular;Empresa;CNPJ;Cargo;Cidade;UF;utm_source;utm_medium\r\n');
  for (let i = 0; i < ROWS; i++) if (!out.write(row(i))) await once(out, 'drain');
  out.end();
  await once(out, 'finish');
}

interface PassResult {
  seconds: number;
  rows: number;
  qualified: number;
  peakHeapMb: number;
}

async function pass(path: string, full: boolean): Promise<PassResult> {
  const started = performance.now();
  const baseline = process.memoryUsage().heapUsed;
  let peak = baseline;
  let rows = 0;
  let qualified = 0;
  const csv = await openLeadsCsv(path);
  for await (const r of csv.rows()) {
    rows++;
    if (full && r.lead) {
      const validated = validateLead(r.lead);
      if (scoreLead(validated, DEFAULT_SCORING_PROFILE).qualified) qualified++;
    }
    if (rows % 5_000 === 0) peak = Math.max(peak, process.memoryUsage().heapUsed);
  }
  const seconds = (performance.now() - started) / 1000;
  return { seconds, rows, qualified, peakHeapMb: (peak - baseline) / 1024 / 1024 };
}

function report(label: string, r: PassResult): void {
  const rate = Math.round(r.rows / r.seconds).toLocaleString('en-US');
  const heap = r.peakHeapMb.toFixed(1);
  // Sampled without forcing GC, so it includes garbage; what is retained stays flat (see the unit test).
  console.log(`  ${label}: ${r.seconds.toFixed(2)} s, ${rate} rows/s, heap in use peaked at +${heap} MB`);
}

const mb = (bytes: number): string => `${fmt(bytes / 1024 / 1024, 0)} MB`;

const WORKER_STAGES: readonly string[] = ['parse', 'validate', 'score'];

/**
 * Where the import's time went, step by step: wall time, the CPU time of the step's thread (what
 * other programs on a busy machine do not inflate), its share of all the steps' CPU, and its
 * longest stretch without yielding. With a worker, its steps ran beside the main thread's.
 */
function reportStages(timings: ImportTimings): void {
  const cpuTotal = IMPORT_STAGES.reduce((sum, stage) => sum + timings.stages[stage].cpuMs, 0);
  const cols = (...v: string[]) =>
    `  ${(v[0] ?? '').padEnd(10)}${v
      .slice(1)
      .map((x) => x.padStart(11))
      .join('')}`;
  console.log(cols('step', 'time', 'CPU', 'CPU share', 'longest', 'its CPU', 'thread'));
  for (const stage of IMPORT_STAGES) {
    const { ms, cpuMs, longest, longestCpu } = timings.stages[stage];
    const where = WORKER_STAGES.includes(stage) && timings.thread === 'worker' ? 'worker' : 'main';
    const share = cpuTotal > 0 ? (100 * cpuMs) / cpuTotal : 0;
    const s = (v: number) => `${fmt(v / 1000)} s`;
    const m = (v: number) => `${fmt(v, 0)} ms`;
    console.log(cols(stage, s(ms), s(cpuMs), `${fmt(share, 0)}%`, m(longest), m(longestCpu), where));
  }
  console.log('  (longest: the longest stretch of the step without yielding, in time and in CPU time)');
}

/**
 * The whole import as the app runs it: upload over the contract, then stream → validate → score →
 * store in batches, with the qualified leads queued for a (paused) integration in the same
 * transactions. Real SQLite file in WAL mode. The event loop is watched meanwhile: what the
 * dispatch engine and the window would wait.
 */
async function stored(path: string): Promise<void> {
  const bench = benchCore([]);
  try {
    const { core } = bench;
    const clientId = seedClient(core);
    seedIntegration(core, clientId, { status: 'paused' });
    const bytes = await readFile(path);
    const { uploadId, chunkBytes } = await call<{ uploadId: string; chunkBytes: number }>(core, 'uploads:begin', {
      name: 'leads.csv',
      size: bytes.length,
    });
    for (let offset = 0; offset < bytes.length; offset += chunkBytes) {
      const data = bytes.subarray(offset, offset + chunkBytes).toString('base64');
      await call(core, 'uploads:append', { uploadId, offset, data });
    }
    const preview = await call<ImportPreview>(core, 'leads:importPreview', { clientId, uploadId });
    const rssBefore = process.memoryUsage().rss;
    let rssPeak = rssBefore;
    const sampler = setInterval(() => (rssPeak = Math.max(rssPeak, process.memoryUsage().rss)), 20);
    const loop = monitorEventLoopDelay({ resolution: 1 });
    loop.enable();
    const cpu0 = process.cpuUsage();
    const mainCpu0 = process.threadCpuUsage();
    const started = performance.now();
    const run = await call<ImportView>(core, 'leads:importStart', {
      clientId,
      uploadId,
      fileName: 'leads.csv',
      encoding: preview.encoding,
      separator: preview.separator,
      mapping: preview.mapping.map((m) => m.target),
      duplicatePolicy: 'keep',
    });
    await core.forTests.imports.settled(run.id);
    const seconds = (performance.now() - started) / 1000;
    const cpu = process.cpuUsage(cpu0);
    const mainCpu = process.threadCpuUsage(mainCpu0);
    loop.disable();
    clearInterval(sampler);
    const done = await call<ImportView>(core, 'leads:importGet', { id: run.id });
    const queued = core.forTests.sqlite.prepare('SELECT count(*) AS n FROM dispatches').get() as { n: number };
    const timings = core.forTests.imports.timings(run.id);
    const rate = Math.round(done.rows / seconds).toLocaleString('en-US');
    console.log(
      `  the whole import, stored through the contract (validated in the ${timings?.thread ?? '?'} thread); ` +
        machineLoad(),
    );
    line('total', `${fmt(seconds)} s, ${rate} rows/s`);
    line(
      '  CPU: all threads, main thread',
      `${fmt((cpu.user + cpu.system) / 1e6)} s, ${fmt((mainCpu.user + mainCpu.system) / 1e6)} s`,
    );
    line('resident memory before → peak', `${mb(rssBefore)} → ${mb(rssPeak)}`);
    line('event loop delay meanwhile: p99, max', `${fmt(loop.percentile(99) / 1e6)} ms, ${fmt(loop.max / 1e6)} ms`);
    if (timings) {
      const t = timings.transactions;
      line(
        'transactions: count; longest, its CPU',
        `${t.count.toLocaleString('en-US')}; ${fmt(t.longestMs)} ms, ${fmt(t.longestCpuMs)} ms`,
      );
    }
    console.log(
      `  stored ${done.created.toLocaleString('en-US')}, invalid ${done.invalid.toLocaleString('en-US')}, ` +
        `qualified ${done.qualified.toLocaleString('en-US')} (${queued.n.toLocaleString('en-US')} dispatches queued)`,
    );
    if (timings) reportStages(timings);
    await benchLeadsList(core, clientId);
    await benchRescore(core, clientId);
  } finally {
    bench.done();
  }
}

/** 100,000 generated rows: streamed through parse → validate → score, then the full import with storage. */
export async function runLeadsCsvBench(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'zbl-bench-leads-'));
  const path = join(dir, 'leads-100k.csv');
  try {
    await writeCsv(path);
    const mb = (statSync(path).size / 1024 / 1024).toFixed(1);
    console.log(`Leads CSV import: ${ROWS.toLocaleString('en-US')} rows, ${mb} MB`);
    report('parse + map', await pass(path, false));
    const full = await pass(path, true);
    report('parse + map + validate + score', full);
    console.log(
      `  qualified with the default profile: ${full.qualified.toLocaleString('en-US')} of ${full.rows.toLocaleString('en-US')}`,
    );
    // In a process of its own, so its memory is the import's and the core's, not the passes' above.
    const child = spawn(process.execPath, ['--import', 'tsx', __filename, '--stored', path], { stdio: 'inherit' });
    const [code] = (await once(child, 'exit')) as [number | null];
    if (code !== 0) throw new Error(`The import benchmark stopped with exit code ${code}.`);
    await benchHostImport(path);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1]?.endsWith('leads-csv.bench.ts')) {
  const at = process.argv.indexOf('--stored');
  const path = at > 0 ? process.argv[at + 1] : undefined;
  (path ? stored(path) : runLeadsCsvBench()).catch((err: unknown) => {
    console.error(err);
    process.exit(1);
  });
}
