import { Worker } from 'node:worker_threads';
import type { ClientReport, ReportQuery } from '#contract/report';
import type { Sqlite } from '../db/connection';
import { AppError } from '../errors';
import { findWorkerScript } from '../lib/worker-script';
import type { Log } from '../ports';
import { buildReport, scopeOf } from './build';
import type { ReportQueries } from './queries';
import type { ReportAnswer, ReportRequest, ReportWorkerData, ReportWorkerHello } from './worker-protocol';

export interface ReportWorkerOptions {
  /** The worker's script; found beside the core when not given (the built app, or the sources under tsx). */
  script?: string;
  /** Reports over fewer leads than this are built on the main thread: they take a few milliseconds. */
  minLeads?: number;
}

/** About 20 ms of aggregation on the main thread; above it, the hop to the worker pays for itself. */
const DEFAULT_MIN_LEADS = 10_000;

interface Pending {
  request: ReportRequest;
  resolve(report: ClientReport): void;
  reject(error: Error): void;
}

/**
 * Builds client reports: a small one at once on the main thread, a large one in the report worker
 * (`report-worker.ts`, started on first use and kept for the next), which reads its own snapshot.
 * When the worker cannot start or stops, reports are built on the main thread as before.
 */
export function createReportReader(
  sqlite: Sqlite,
  queries: ReportQueries,
  o: { file: string; nativeBinding: string | undefined; log: Log; options: ReportWorkerOptions | false | undefined },
) {
  const script =
    o.options === false ? null : findWorkerScript(o.options?.script, __dirname, 'report-worker.ts', 'report-worker');
  const minLeads = o.options === false ? Infinity : (o.options?.minLeads ?? DEFAULT_MIN_LEADS);
  // Counted up to the threshold only: whether a report is large must not cost a walk over all its leads.
  const leadsIn = sqlite.prepare<[{ clientId: string; from: number; to: number; upTo: number }], { n: number }>(
    `SELECT count(*) AS n FROM (SELECT 1 FROM leads
     WHERE client_id = @clientId AND received_at >= @from AND received_at < @to AND is_test = 0 LIMIT @upTo)`,
  );
  let worker: Promise<Worker | null> | null = null;
  let broken = false;
  let nextId = 0;
  const pending = new Map<number, Pending>();

  /** What the worker was building when it stopped is built here instead: nobody waits for an answer that never comes. */
  const buildPendingInline = (): void => {
    const left = [...pending.values()];
    pending.clear();
    for (const p of left) {
      try {
        p.resolve(buildReport(queries, p.request.query, p.request.now));
      } catch (err) {
        p.reject(err instanceof Error ? err : new Error(String(err)));
      }
    }
  };

  function start(file: string, execArgv: string[] | undefined): Promise<Worker | null> {
    const data: ReportWorkerData = { file: o.file, nativeBinding: o.nativeBinding };
    const w = new Worker(file, {
      workerData: data,
      ...(execArgv ? { execArgv } : {}),
      resourceLimits: { maxOldGenerationSizeMb: 64, maxYoungGenerationSizeMb: 16 },
    });
    w.unref();
    return new Promise((resolve) => {
      w.on('message', (m: ReportWorkerHello | ReportAnswer) => {
        if ('type' in m) {
          if (m.type === 'ready') {
            o.log.info('report: large reports are built in a worker thread');
            return resolve(w);
          }
          o.log.warn('report: the report worker could not open the database; reports are built inline', {
            why: m.message,
          });
          broken = true;
          return resolve(null);
        }
        const p = pending.get(m.id);
        if (!p) return;
        pending.delete(m.id);
        if (m.ok) p.resolve(m.report);
        else p.reject(new AppError(m.code, m.message));
      });
      const gone = (why: string): void => {
        if (!broken) o.log.warn('report: the report worker stopped; reports are built inline', { why });
        broken = true;
        worker = null;
        buildPendingInline();
        resolve(null);
      };
      w.on('error', (err: Error) => gone(err.message));
      w.on('exit', (code) => gone(`exit code ${code}`));
    });
  }

  async function inWorker(query: ReportQuery, now: number): Promise<ClientReport | null> {
    if (!script || broken) return null;
    worker ??= start(script.file, script.execArgv);
    const w = await worker;
    if (!w) return null;
    const id = ++nextId;
    const request: ReportRequest = { id, query, now };
    return new Promise<ClientReport>((resolve, reject) => {
      pending.set(id, { request, resolve, reject });
      w.postMessage(request);
    });
  }

  return {
    async build(query: ReportQuery, now: number): Promise<ClientReport> {
      const { scope } = scopeOf(query);
      const large = minLeads !== Infinity && (leadsIn.get({ ...scope, upTo: minLeads })?.n ?? 0) >= minLeads;
      return (large ? await inWorker(query, now) : null) ?? buildReport(queries, query, now);
    },

    /** Whether the next large report would be built in the worker (tests and diagnostics). */
    get usesWorker(): boolean {
      return script !== null && !broken && minLeads !== Infinity;
    },

    async stop(): Promise<void> {
      const w = worker ? await worker : null;
      worker = null;
      broken = true;
      if (w) await w.terminate();
    },
  };
}

export type ReportReader = ReturnType<typeof createReportReader>;
