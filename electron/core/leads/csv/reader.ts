import { pipeline } from 'node:stream';
import { parse, type CsvError, type Info } from 'csv-parse';
import { autoMapColumns, mappingWarnings, type ColumnMapping, type ColumnTarget } from './columns';
import { decodeBytes, decoderStream, detectEncoding, type CsvEncoding } from './encoding';
import { buildRow, isBlankRecord, LeadSchemaNeeded, loadLeadSchema, unreadableRow, type CsvRow } from './rows';
import { sniffSeparator, type CsvSeparator } from './sniff';
import { peekSource, type CsvSource } from './source';

export interface CsvReadOptions {
  /** Overrides detection (the user picked it in the preview). */
  encoding?: CsvEncoding;
  separator?: CsvSeparator;
  /** Targets by column index; overrides the guessed mapping. Missing indexes are ignored columns. */
  mapping?: readonly ColumnTarget[];
  /** How much of the start of the file detection looks at. */
  sampleBytes?: number;
}

export interface CsvStats {
  /** Data rows seen, blank ones included. */
  rows: number;
  ok: number;
  invalid: number;
  unreadable: number;
  blank: number;
}

export interface LeadsCsv {
  encoding: CsvEncoding;
  bom: boolean;
  separator: CsvSeparator;
  /** False when the separator was a guess among poor candidates: ask the user. */
  separatorConfident: boolean;
  headers: string[];
  mapping: ColumnMapping[];
  /** Codes about the mapping as a whole (`no_contact_column`...). */
  warnings: string[];
  /** Running counts; final once `rows()` has finished. */
  readonly stats: CsvStats;
  /** The data rows, once, in file order; blank rows are counted but not yielded. */
  rows(): AsyncGenerator<CsvRow>;
  /** Stops reading and closes the file; safe to call twice. */
  close(): void;
}

interface ParsedRecord {
  record: string[];
  info: Info;
}

interface SkippedRecord {
  /** The line where the parser gave up on the record. */
  line: number;
  code: string;
  message: string;
}

/**
 * No lead row comes near this; a larger record is a quote that never closes swallowing the rest
 * of the file, which must not all end up in memory.
 */
export const MAX_RECORD_CHARS = 256 * 1024;

const SKIP_MESSAGES: Readonly<Record<string, string>> = {
  CSV_QUOTE_NOT_CLOSED: 'A quote opened here is never closed; the rest of the file could not be read.',
  CSV_MAX_RECORD_SIZE:
    'The row is far too large (a quote opened here may never close); the rest of the file could not be read.',
  CSV_INVALID_CLOSING_QUOTE: 'A quoted value is followed by text before the next separator.',
};

function isParsedRecord(value: unknown): value is ParsedRecord {
  return typeof value === 'object' && value !== null && 'record' in value && Array.isArray(value.record);
}

function skippedFrom(error: CsvError | undefined, fallbackLine: number): SkippedRecord {
  const code = error?.code ?? 'CSV_UNREADABLE';
  const line = typeof error?.lines === 'number' ? error.lines : fallbackLine;
  return { line, code: code.toLowerCase(), message: SKIP_MESSAGES[code] ?? 'The row could not be read.' };
}

/**
 * csv-parse counts a CR and an LF as a line each inside a quoted value, so a cell with a Windows
 * line break (`\r\n`) adds one line too many to its count. Editors count it once.
 */
function crlfInside(record: readonly string[]): number {
  let n = 0;
  for (const cell of record) {
    for (let at = cell.indexOf('\r\n'); at !== -1; at = cell.indexOf('\r\n', at + 2)) n++;
  }
  return n;
}

function mappingFrom(headers: readonly string[], targets: readonly ColumnTarget[] | undefined): ColumnMapping[] {
  if (!targets) return autoMapColumns(headers);
  return headers.map((header, index) => ({ index, header, target: targets[index] ?? 'ignore' }));
}

/**
 * Opens a leads CSV: detects encoding and separator, reads the header, maps the columns, and
 * returns a one-pass row iterator. Memory stays flat whatever the file size: rows are parsed as
 * the caller pulls them, and nothing is kept once yielded.
 */
export async function openLeadsCsv(source: CsvSource, options: CsvReadOptions = {}): Promise<LeadsCsv> {
  const peeked = await peekSource(source, options.sampleBytes);
  const detected = detectEncoding(peeked.head, peeked.complete);
  const encoding = options.encoding ?? detected.encoding;
  const bom = detected.bom && detected.encoding === encoding;
  const sniffed = options.separator
    ? { separator: options.separator, confident: true }
    : sniffSeparator(decodeBytes(peeked.head, encoding), peeked.complete);

  const skipped: SkippedRecord[] = [];
  /** The file line the latest record ended on, as an editor numbers lines. */
  let lastLine = 0;
  /** How many lines csv-parse has counted twice so far (see `crlfInside`). */
  let overcount = 0;
  /** Where a record parsed with `info` ends, in editor lines. */
  const endOf = (parsed: ParsedRecord): number => {
    overcount += crlfInside(parsed.record);
    return parsed.info.lines - overcount;
  };
  const parser = parse({
    delimiter: sniffed.separator,
    relax_column_count: true,
    relax_quotes: true,
    skip_records_with_error: true,
    skip_empty_lines: false,
    max_record_size: MAX_RECORD_CHARS,
    info: true,
    on_skip: (error) => {
      skipped.push(skippedFrom(error, lastLine + 1 + overcount));
      return undefined;
    },
  });
  // Errors reach the caller through the parser's iterator, which pipeline destroys with them.
  pipeline(peeked.stream, decoderStream(encoding), parser, () => undefined);
  const iterator = parser[Symbol.asyncIterator]() as AsyncIterator<unknown>;
  const close = (): void => {
    parser.destroy();
    peeked.stream.destroy();
  };

  let row = 0;
  let headers: string[] = [];
  try {
    for (;;) {
      const next = await iterator.next();
      if (next.done || !isParsedRecord(next.value)) break;
      row++;
      lastLine = endOf(next.value);
      if (!isBlankRecord(next.value.record)) {
        headers = next.value.record.map((h) => h.trim());
        break;
      }
    }
  } catch (error) {
    close();
    throw error;
  }
  // Problems up to the header are the header's own, not data rows; later ones may be queued already.
  // (Skipped records carry csv-parse's own line count.)
  while ((skipped[0]?.line ?? Infinity) <= lastLine + overcount) skipped.shift();

  const mapping = mappingFrom(headers, options.mapping);
  const stats: CsvStats = { rows: 0, ok: 0, invalid: 0, unreadable: 0, blank: 0 };
  let started = false;

  function* flushSkipped(beforeLine: number): Generator<CsvRow> {
    while (skipped.length > 0 && (skipped[0]?.line ?? Infinity) < beforeLine) {
      const entry = skipped.shift();
      if (!entry) break;
      row++;
      stats.rows++;
      stats.unreadable++;
      yield unreadableRow({ row, line: lastLine + 1 }, entry.code, entry.message);
      lastLine = Math.max(lastLine, entry.line - overcount);
    }
  }

  async function* rows(): AsyncGenerator<CsvRow> {
    if (started) throw new Error('The rows of a CSV can be read only once.');
    started = true;
    try {
      if (headers.length === 0) return;
      for (;;) {
        const next = await iterator.next();
        if (next.done) break;
        if (!isParsedRecord(next.value)) continue;
        const { record, info } = next.value;
        yield* flushSkipped(info.lines);
        const line = lastLine + 1;
        lastLine = endOf(next.value);
        row++;
        stats.rows++;
        if (isBlankRecord(record)) {
          stats.blank++;
          continue;
        }
        let built: CsvRow;
        try {
          built = buildRow(record, { row, line }, mapping);
        } catch (error) {
          // The first row only the lead schema can explain loads it (rows.ts).
          if (!(error instanceof LeadSchemaNeeded)) throw error;
          await loadLeadSchema();
          built = buildRow(record, { row, line }, mapping);
        }
        stats[built.status]++;
        yield built;
      }
      yield* flushSkipped(Infinity);
    } finally {
      close();
    }
  }

  return {
    encoding,
    bom,
    separator: sniffed.separator,
    separatorConfident: sniffed.confident,
    headers,
    mapping,
    warnings: headers.length === 0 ? ['empty_file'] : mappingWarnings(mapping),
    stats,
    rows,
    close,
  };
}
