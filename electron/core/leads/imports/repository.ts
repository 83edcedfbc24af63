import type { ImportIssue, ImportView } from '#contract';
import {
  duplicatePolicies,
  importRowOutcomes,
  importStates,
  type DuplicatePolicy,
  type ImportRowOutcome,
  type ImportState,
} from '#contract/lead-imports';
import type { Sqlite } from '../../db/connection';

interface ImportSqlRow {
  id: string;
  client_id: string;
  file_name: string;
  state: string;
  duplicate_policy: string;
  rows: number;
  created: number;
  updated: number;
  duplicates: number;
  repeated: number;
  invalid: number;
  with_problems: number;
  qualified: number;
  message: string | null;
  started_at: number;
  finished_at: number | null;
  issues: number;
}

export interface ImportCounts {
  rows: number;
  created: number;
  updated: number;
  duplicates: number;
  repeated: number;
  invalid: number;
  withProblems: number;
  qualified: number;
}

/**
 * A report longer than this is cut: past it the user fixes the file, not the rows one by one. The
 * refused rows and the rows imported with problems each have this much room, so a file full of
 * short phones cannot push the refused rows out of the report.
 */
export const MAX_ISSUES_PER_IMPORT = 10_000;

const isState = (v: string): v is ImportState => (importStates as readonly string[]).includes(v);
const isPolicy = (v: string): v is DuplicatePolicy => (duplicatePolicies as readonly string[]).includes(v);
const isOutcome = (v: string): v is ImportRowOutcome => (importRowOutcomes as readonly string[]).includes(v);

const SELECT = `SELECT i.*, (SELECT count(*) FROM lead_import_issues x WHERE x.import_id = i.id) AS issues
  FROM lead_imports i`;

export function createImportsRepository(sqlite: Sqlite) {
  const insertIssue = sqlite.prepare(
    `INSERT INTO lead_import_issues (import_id, row, line, outcome, code, severity, field, "column", message)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );

  const setCounts = sqlite.prepare(
    `UPDATE lead_imports SET rows = ?, created = ?, updated = ?, duplicates = ?, repeated = ?, invalid = ?,
       with_problems = ?, qualified = ?
     WHERE id = ?`,
  );
  const byId = sqlite.prepare<[string], ImportSqlRow>(`${SELECT} WHERE i.id = ?`);

  function toView(row: ImportSqlRow, progress?: { bytesRead: number; totalBytes: number }): ImportView {
    return {
      id: row.id,
      clientId: row.client_id,
      fileName: row.file_name,
      state: isState(row.state) ? row.state : 'failed',
      duplicatePolicy: isPolicy(row.duplicate_policy) ? row.duplicate_policy : 'keep',
      rows: row.rows,
      created: row.created,
      updated: row.updated,
      duplicates: row.duplicates,
      repeated: row.repeated,
      invalid: row.invalid,
      withProblems: row.with_problems,
      qualified: row.qualified,
      issues: row.issues,
      message: row.message,
      startedAt: row.started_at,
      finishedAt: row.finished_at,
      bytesRead: progress?.bytesRead ?? 0,
      totalBytes: progress?.totalBytes ?? 0,
    };
  }

  return {
    toView,
    create(v: { id: string; clientId: string; fileName: string; policy: DuplicatePolicy; now: number }): void {
      sqlite
        .prepare(
          `INSERT INTO lead_imports (id, client_id, file_name, state, duplicate_policy, started_at)
           VALUES (?, ?, ?, 'running', ?, ?)`,
        )
        .run(v.id, v.clientId, v.fileName, v.policy, v.now);
    },
    get(id: string): ImportSqlRow | null {
      return byId.get(id) ?? null;
    },
    list(clientId: string, limit: number): ImportSqlRow[] {
      return sqlite
        .prepare<[string, number], ImportSqlRow>(`${SELECT} WHERE i.client_id = ? ORDER BY i.started_at DESC LIMIT ?`)
        .all(clientId, limit);
    },
    /** Counts are written with the batch they describe, in its transaction. */
    setCounts(id: string, c: ImportCounts): void {
      const args = [c.rows, c.created, c.updated, c.duplicates, c.repeated, c.invalid, c.withProblems, c.qualified];
      setCounts.run(...args, id);
    },
    addIssues(id: string, issues: readonly ImportIssue[]): void {
      for (const i of issues) {
        const { row, line, outcome, code, severity, message } = i;
        insertIssue.run(id, row, line, outcome, code, severity, i.field ?? null, i.column ?? null, message);
      }
    },
    finish(id: string, state: ImportState, message: string | null, now: number): void {
      sqlite
        .prepare(`UPDATE lead_imports SET state = ?, message = ?, finished_at = ? WHERE id = ?`)
        .run(state, message, now, id);
    },
    /** Imports the app stopped in the middle of; what they stored stays. */
    markInterrupted(now: number): number {
      return sqlite
        .prepare(
          `UPDATE lead_imports SET state = 'interrupted', finished_at = ?,
             message = 'The app stopped during the import; the rows before that point were imported.'
           WHERE state = 'running'`,
        )
        .run(now).changes;
    },
    issues(id: string, after: number, limit: number): ImportIssue[] {
      return sqlite
        .prepare<
          [string, number, number],
          Omit<ImportIssue, 'outcome'> & { outcome: string; field: string | null; column: string | null }
        >(
          `SELECT row, line, outcome, code, severity, field, "column", message FROM lead_import_issues
           WHERE import_id = ? AND row > ? ORDER BY row, id LIMIT ?`,
        )
        .all(id, after, limit)
        .map((i) => {
          const out: ImportIssue = {
            row: i.row,
            line: i.line,
            outcome: isOutcome(i.outcome) ? i.outcome : 'imported',
            code: i.code,
            severity: i.severity,
            message: i.message,
          };
          if (i.field) out.field = i.field;
          if (i.column) out.column = i.column;
          return out;
        });
    },
  };
}

export type ImportsRepository = ReturnType<typeof createImportsRepository>;
