import { createReadStream } from 'node:fs';
import { pipeline, Transform } from 'node:stream';
import type { LeadInput } from '#contract/lead-input';
import {
  openLeadsCsv,
  type ColumnMapping,
  type ColumnTarget,
  type CsvEncoding,
  type CsvRow,
  type CsvRowIssue,
  type CsvSeparator,
} from '../csv';
import { prepareLeads, type PrepareContext, type PreparedLead } from '../prepare';
import { noStageTimes, stageClock, type StageTimes } from '../stages';

/** How the user asked for the file to be read. */
export interface ReadRequest {
  encoding: CsvEncoding;
  separator: CsvSeparator;
  mapping: readonly ColumnTarget[];
}

/** A row that became a lead, ready to store, with where it came from. */
export interface PreparedRow {
  row: number;
  line: number;
  /** What reading the row found (a missing value, an undecodable character). */
  issues: CsvRowIssue[];
  lead: PreparedLead;
}

/** A row that could not become a lead: its problems are the report's. */
export type RefusedRow = Pick<CsvRow, 'row' | 'line' | 'issues'>;

/**
 * A stretch of the file, prepared: what the main thread stores in one transaction. Its rows are
 * `PreparedRow`s, or in the import's worker the same rows already in the form that crosses threads.
 */
export interface PreparedBatch<R = PreparedRow> {
  rows: R[];
  refused: RefusedRow[];
  /** Of the file, read so far. */
  bytesRead: number;
  /** Reading, validating and scoring this batch. */
  times: StageTimes;
}

export interface OpenedBatches<R = PreparedRow> {
  mapping: ColumnMapping[];
  batches(): AsyncGenerator<PreparedBatch<R>>;
  close(): void;
}

/**
 * Rows are prepared this many at a time as they are read, not a whole batch at once: each row's
 * intermediate objects (the parsed input, the validation) then die young. Kept for a whole batch,
 * they outlived the young generation's collections and were copied into the old one, and the
 * worker paused about half a second longer to collect garbage over a 100,000-row import.
 */
const PREPARE_ROWS = 50;

/**
 * Reads an uploaded CSV and prepares its leads (validated, scored, serialised) a batch of
 * `rows` leads at a time. The same code runs in the import's worker thread and, for a small file
 * or where no worker can start, on the main thread.
 */
export function readBatches(
  path: string,
  read: ReadRequest,
  ctx: PrepareContext,
  rows: number,
): Promise<OpenedBatches<PreparedRow>>;
/** `shape`: what each row becomes as soon as it is prepared (the worker's wire form). */
export function readBatches<R>(
  path: string,
  read: ReadRequest,
  ctx: PrepareContext,
  rows: number,
  shape: (row: PreparedRow) => R,
): Promise<OpenedBatches<R>>;
export async function readBatches<R>(
  path: string,
  read: ReadRequest,
  ctx: PrepareContext,
  rows: number,
  shape?: (row: PreparedRow) => R,
): Promise<OpenedBatches<R | PreparedRow>> {
  let bytesRead = 0;
  const counter = new Transform({
    transform(chunk: Buffer, _enc, done) {
      bytesRead += chunk.length;
      done(null, chunk);
    },
  });
  // pipeline, not pipe: a read error (the file gone, a disk failing) ends the counter with it, so the
  // import fails with that error instead of the error going unheard and ending the process.
  pipeline(createReadStream(path), counter, () => undefined);
  let csv: Awaited<ReturnType<typeof openLeadsCsv>>;
  try {
    csv = await openLeadsCsv(counter, read);
  } catch (error) {
    counter.destroy();
    throw error;
  }

  async function* batches(): AsyncGenerator<PreparedBatch<R | PreparedRow>> {
    let inputs: LeadInput[] = [];
    let positions: Array<Omit<PreparedRow, 'lead'>> = [];
    let prepared: Array<R | PreparedRow> = [];
    let refused: RefusedRow[] = [];
    let times = noStageTimes();
    let reading = stageClock(times);
    const prepare = (): void => {
      reading.lap('parse');
      const leads = prepareLeads(inputs, ctx, times);
      for (let i = 0; i < leads.length; i++) {
        const row: PreparedRow = { ...(positions[i] as Omit<PreparedRow, 'lead'>), lead: leads[i] as PreparedLead };
        prepared.push(shape ? shape(row) : row);
      }
      inputs = [];
      positions = [];
      reading = stageClock(times);
    };
    const take = (): PreparedBatch<R | PreparedRow> => {
      prepare();
      const batch = { rows: prepared, refused, bytesRead, times };
      prepared = [];
      refused = [];
      times = noStageTimes();
      reading = stageClock(times);
      return batch;
    };
    for await (const row of csv.rows()) {
      if (row.status !== 'ok' || !row.lead) refused.push({ row: row.row, line: row.line, issues: row.issues });
      else {
        inputs.push(row.lead);
        positions.push({ row: row.row, line: row.line, issues: row.issues });
        if (inputs.length >= PREPARE_ROWS || prepared.length + inputs.length >= rows) prepare();
      }
      if (prepared.length >= rows || refused.length >= rows) yield take();
    }
    if (inputs.length > 0 || prepared.length > 0 || refused.length > 0) yield take();
  }

  return { mapping: csv.mapping, batches, close: () => csv.close() };
}
