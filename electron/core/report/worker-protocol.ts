import type { ClientReport, ReportQuery } from '#contract/report';
import type { ErrorCode } from '#contract';
import type { WorkerDatabase } from '../db/worker-connection';

/** What the report worker opens: the app's database file, with the same native module as the core. */
export type ReportWorkerData = WorkerDatabase;

export interface ReportRequest {
  id: number;
  query: ReportQuery;
  now: number;
}

export type ReportAnswer =
  { id: number; ok: true; report: ClientReport } | { id: number; ok: false; code: ErrorCode; message: string };

/** The worker's first word: its connection is open, or why it is not. */
export type ReportWorkerHello = { type: 'ready' } | { type: 'failed'; message: string };
