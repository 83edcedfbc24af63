/**
 * The report worker: builds a large client report on a connection of its own, so that the dozen
 * aggregations over a month of a busy client's leads (over half a second with 100,000 of them) do
 * not hold the main thread, where the dispatch engine and the window wait (docs/architecture.md,
 * "The database"). It only reads.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { openWorkerConnection } from '../db/worker-connection';
import { AppError } from '../errors';
import { buildReport } from './build';
import { createReportQueries } from './queries';
import type { ReportAnswer, ReportRequest, ReportWorkerData, ReportWorkerHello } from './worker-protocol';

function run(port: NonNullable<typeof parentPort>, data: ReportWorkerData): void {
  const db = openWorkerConnection(port, data, (opened) => {
    opened.pragma('query_only = ON');
    opened.pragma('busy_timeout = 5000');
  });
  if (!db) return;
  const queries = createReportQueries(db);
  // One read transaction per report: every section counts the same snapshot of the database.
  const build = db.transaction((request: ReportRequest) => buildReport(queries, request.query, request.now));
  port.on('message', (request: ReportRequest) => {
    let answer: ReportAnswer;
    try {
      answer = { id: request.id, ok: true, report: build(request) };
    } catch (err) {
      answer =
        err instanceof AppError
          ? { id: request.id, ok: false, code: err.code, message: err.message }
          : { id: request.id, ok: false, code: 'internal', message: err instanceof Error ? err.message : String(err) };
    }
    port.postMessage(answer);
  });
  port.postMessage({ type: 'ready' } satisfies ReportWorkerHello);
}

if (parentPort) run(parentPort, workerData as ReportWorkerData);
