import type { ImportIssue } from '#contract';
import type { ColumnMapping, CsvRowIssue } from '../csv';
import type { IngestOutcome } from '../ingest';
import type { ValidationIssue } from '../validation';
import type { RefusedRow } from './batches';
import { MAX_ISSUES_PER_IMPORT, type ImportCounts } from './repository';

/** Where a stored row came from, kept until its batch is written. */
export interface RowPosition {
  row: number;
  line: number;
  /** What reading the row found (a missing value, an undecodable character). */
  issues: readonly CsvRowIssue[];
}

/**
 * A missing optional value is not something to fix in the file: a WhatsApp lead has no e-mail by
 * nature. The Leads page still shows them on the lead.
 */
const ABSENCE = new Set(['name_missing', 'email_missing', 'phone_missing']);

/**
 * An import's counts and report, kept as its batches are stored. Counts are of leads where the
 * summary speaks of leads: a lead merged from three rows of the file is one new lead and two
 * repeated rows, and is counted once among the qualified, as it ends up.
 */
export function createImportTally(mapping: readonly ColumnMapping[]) {
  const counts: ImportCounts = {
    rows: 0,
    created: 0,
    updated: 0,
    duplicates: 0,
    repeated: 0,
    invalid: 0,
    withProblems: 0,
    qualified: 0,
  };
  /** Identities of the rows read so far: a later row with one of them repeats a lead of the file. */
  const seen = new Set<string>();
  /** The import's leads that are qualified as the latest row about them left them. */
  const qualified = new Set<string>();
  const room = { refused: MAX_ISSUES_PER_IMPORT, stored: MAX_ISSUES_PER_IMPORT };
  let truncated = false;

  function cap(kind: keyof typeof room, issues: ImportIssue[]): ImportIssue[] {
    if (issues.length > room[kind]) truncated = true;
    const kept = issues.slice(0, Math.max(0, room[kind]));
    room[kind] -= kept.length;
    return kept;
  }

  function columnOf(field: string): string | undefined {
    const found = mapping.find(
      (m) => m.target === field || (field === 'fullName' && (m.target === 'firstName' || m.target === 'lastName')),
    );
    return found?.header;
  }

  function fromValidation(i: ValidationIssue, position: RowPosition): ImportIssue {
    const out: ImportIssue = {
      row: position.row,
      line: position.line,
      outcome: 'imported',
      code: i.code,
      severity: i.severity,
      field: i.field,
      message: i.message,
    };
    const column = columnOf(i.field);
    if (column !== undefined) out.column = column;
    return out;
  }

  return {
    counts,
    /** Some problems were left out of the report. */
    get truncated(): boolean {
      return truncated;
    },

    /** A row that could not become a lead: counted, and its problems for the report. */
    refused(row: RefusedRow): ImportIssue[] {
      counts.rows++;
      counts.invalid++;
      return cap(
        'refused',
        row.issues.map((i) => ({ ...i, row: row.row, line: row.line, outcome: 'refused' })),
      );
    },

    /** A row handed to ingest; counted as read now, and by its outcome once stored. */
    read(): void {
      counts.rows++;
    },

    /** A stored row's outcome: the counts it changes, and its problems for the report. */
    stored(o: IngestOutcome, position: RowPosition): ImportIssue[] {
      const repeat = o.identity !== null && seen.has(o.identity);
      if (o.identity !== null) seen.add(o.identity);
      if (repeat) counts.repeated++;
      // A repeat kept as its own lead (policy `keep`) is a new lead too; one merged or skipped is not.
      if (o.kind === 'created') counts.created++;
      else if (!repeat && o.kind === 'updated') counts.updated++;
      else if (!repeat) counts.duplicates++;

      if (o.kind !== 'duplicate') {
        if (o.qualified) qualified.add(o.leadId);
        // A lead just created is not in the set yet: most rows of a large import need no lookup.
        else if (o.kind === 'updated') qualified.delete(o.leadId);
        counts.qualified = qualified.size;
      }

      // Most rows have nothing to report: nothing to build for them.
      if (position.issues.length === 0 && (o.kind === 'duplicate' || o.issues.every((i) => ABSENCE.has(i.code)))) {
        return [];
      }
      if (room.stored <= 0) {
        // The report is full (and this row has something for it): the counts go on, without
        // building what the report would not keep.
        truncated = true;
        if (o.kind !== 'duplicate') counts.withProblems++;
        return [];
      }
      const outcome = o.kind === 'duplicate' ? 'skipped' : 'imported';
      const read = position.issues.map((i): ImportIssue => ({ ...i, row: position.row, line: position.line, outcome }));
      // Reading already said some of what validation says again (removed control characters): once is enough.
      const saidOnRead = new Set(position.issues.map((i) => `${i.field ?? ''}:${i.code}`));
      // A skipped row changed nothing: what validation says of it is not worth fixing.
      const found =
        o.kind === 'duplicate'
          ? []
          : o.issues.filter((i) => !ABSENCE.has(i.code) && !saidOnRead.has(`${i.field}:${i.code}`));
      if (o.kind !== 'duplicate' && (found.length > 0 || read.length > 0)) counts.withProblems++;
      return cap('stored', [...read, ...found.map((i) => fromValidation(i, position))]);
    },
  };
}

export type ImportTally = ReturnType<typeof createImportTally>;
