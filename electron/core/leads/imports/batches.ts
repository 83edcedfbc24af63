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

/** A stretch of the file, prepared: what the main thread stores in one transaction. */
export interface PreparedBatch {
  rows: PreparedRow[];
  refused: RefusedRow[];
  /** Of the file, read so far. */
  bytesRead: number;
  /** Reading, validating and scoring this batch. */
  times: StageTimes;
}

export interface OpenedBatches {
  mapping: ColumnMapping[];
  batches(): AsyncGenerator<PreparedBatch>;
  close(): void;
}

/**
 * Reads an uploaded CSV and prepares its leads (validated, scored, serialised) a batch of
 * `rows` leads at a time. The same code runs in the import's worker thread and, for a small file
 * or where no worker can start, on the main thread.
 */
export async function readBatches(
  path: string,
  read: ReadRequest,
  ctx: PrepareContext,
  rows: number,
): Promise<OpenedBatches> {
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

  async function* batches(): AsyncGenerator<PreparedBatch> {
    let inputs: LeadInput[] = [];
    let positions: Array<Omit<PreparedRow, 'lead'>> = [];
    let refused: RefusedRow[] = [];
    let times = noStageTimes();
    let reading = stageClock(times);
    const take = (): PreparedBatch => {
      reading.lap('parse');
      const leads = prepareLeads(inputs, ctx, times);
      const batch: PreparedBatch = {
        rows: positions.map((p, i) => ({ ...p, lead: leads[i] as PreparedLead })),
        refused,
        bytesRead,
        times,
      };
      inputs = [];
      positions = [];
      refused = [];
      times = noStageTimes();
      return batch;
    };
    for await (const row of csv.rows()) {
      if (row.status !== 'ok' || !row.lead) refused.push({ row: row.row, line: row.line, issues: row.issues });
      else {
        inputs.push(row.lead);
        positions.push({ row: row.row, line: row.line, issues: row.issues });
      }
      if (inputs.length >= rows || refused.length >= rows) {
        yield take();
        reading = stageClock(times);
      }
    }
    if (inputs.length > 0 || refused.length > 0) yield take();
  }

  return { mapping: csv.mapping, batches, close: () => csv.close() };
}
