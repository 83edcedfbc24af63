import type { Sqlite } from '../db/connection';

/**
 * A typed phone's digits in SQL: the separators people type removed, as migration
 * 0010_lead_search_phone_digits and 0018_lead_search_contentless index them.
 */
export const PHONE_DIGITS_SQL = `replace(replace(replace(replace(replace(replace(replace(coalesce(phone, ''), ' ', ''),
  '(', ''), ')', ''), '-', ''), '.', ''), '+', ''), '/', '')`;

/**
 * Indexing for bulk writers (imports): the leads and dispatches a transaction inserts go into the
 * trigram search indexes in one statement each, instead of one trigger run per row. FTS5 writes
 * its pending terms out at every statement of a transaction, so row-by-row indexing made a
 * segment per row (and merged them over and over). Migration 0016_bulk_search_index lets the
 * insert triggers stand aside while `search_index_deferred` holds a row; the row is added and
 * removed inside the writer's own transaction, so no other writer ever sees it, and a failed batch
 * rolls it back with everything else. Must be called inside a transaction.
 */
export function createBulkSearchIndex(sqlite: Sqlite) {
  const defer = sqlite.prepare('INSERT INTO search_index_deferred (id) VALUES (1)');
  const resume = sqlite.prepare('DELETE FROM search_index_deferred');
  const lastLead = sqlite.prepare<[], { n: number | null }>('SELECT max(rowid) AS n FROM leads');
  const lastDispatch = sqlite.prepare<[], { n: number | null }>('SELECT max(rowid) AS n FROM dispatches');
  // The same columns as the triggers of migrations 0005_log_search and 0018_lead_search_contentless:
  // the E.164 digits, and the typed ones too when they are not part of those.
  const indexLeads = sqlite.prepare<[number]>(
    `INSERT INTO lead_search (rowid, full_name, email, company, phone_digits)
     SELECT rowid, full_name, email, company, CASE WHEN t = '' OR instr(e, t) > 0 THEN e ELSE trim(t || ' ' || e) END
     FROM (SELECT rowid, full_name, email, company, ${PHONE_DIGITS_SQL} AS t, substr(coalesce(phone_e164, ''), 2) AS e
       FROM leads WHERE rowid > ?)`,
  );
  const indexDispatches = sqlite.prepare<[number]>(
    `INSERT INTO dispatch_search (rowid, lead_name, lead_email, last_error)
     SELECT d.rowid, l.full_name, l.email, d.last_error FROM dispatches d JOIN leads l ON l.id = d.lead_id
     WHERE d.rowid > ?`,
  );

  return {
    /**
     * Runs `write` with the insert triggers standing aside, then indexes every lead and dispatch it
     * inserted (rowids past the largest before it: SQLite gives a new row the next one, and nobody
     * else writes during the transaction). `indexed` is told when indexing starts, for timings.
     */
    run<T>(write: () => T, indexing?: () => void): T {
      const leadsBefore = lastLead.get()?.n ?? 0;
      const dispatchesBefore = lastDispatch.get()?.n ?? 0;
      defer.run();
      let result: T;
      try {
        result = write();
      } finally {
        resume.run();
      }
      indexing?.();
      indexLeads.run(leadsBefore);
      indexDispatches.run(dispatchesBefore);
      // FTS5 writes its new terms out (and merges segments) at the next savepoint or the commit:
      // here, so that the time shows as indexing.
      sqlite.exec('SAVEPOINT search_index_flush; RELEASE search_index_flush');
      return result;
    },
  };
}

export type BulkSearchIndex = ReturnType<typeof createBulkSearchIndex>;
