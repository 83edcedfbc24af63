import type Database from 'better-sqlite3';
import { LEADS_COUNT_CAP, LEADS_SCAN_COUNT_CAP, type LeadsListQuery } from '#contract';
import type { Sqlite } from '../db/connection';
import { createSearchMode, ftsPhrase, likePattern, type SearchMode } from '../db/text-search';
import { decodeCursor, encodeCursor } from '../lib/cursor';
import type { ScoreReason } from '../scoring/score';
import type { LeadColumns } from './row';
import type { LeadValidation, NormalizedLead } from './validation';
import { PHONE_DIGITS_SQL } from './search-index';
import { toLeadRow, type LeadSqlRow } from './views';

/** A lead ready to be written: validated, and scored when the client had an active profile. */
export interface LeadRecord {
  id: string;
  clientId: string;
  lead: NormalizedLead;
  validation: LeadValidation;
  emailKind: string;
  score: number | null;
  scoreRange: string | null;
  qualified: boolean;
  reasons: ScoreReason[] | null;
  /** Bad data that kept it from qualifying; null when none, or when it was not scored. */
  blockedBy: readonly string[] | null;
  origin: string;
  importId: string | null;
  receivedAt: number;
}

export interface StoredLead extends LeadSqlRow, LeadColumns {
  email_key: string;
  validation: string | null;
  reasons: string | null;
  blocked_by: string | null;
  import_id: string | null;
  is_test: number;
}

const COLUMNS = `id, client_id, full_name, email, email_key, phone, phone_e164, company, cnpj, job_title, city, state,
  source, utm, custom, received_at, validation, score, score_range, qualified, reasons, is_test, created_at, updated_at,
  origin, import_id, email_kind, issue_count, blocked_by`;

/** `["invalidPhone"]`, or null when nothing blocked the lead (most leads: no JSON to store). */
function blockedJson(blockedBy: readonly string[] | null | undefined): string | null {
  return blockedBy && blockedBy.length > 0 ? JSON.stringify(blockedBy) : null;
}

/**
 * A lead ready to be written with its JSON columns already written: an import serialises them
 * where it validates, off the main thread.
 */
export interface SerializedLeadRecord extends Omit<LeadRecord, 'validation' | 'reasons'> {
  validationJson: string;
  issueCount: number;
  /** Null when the lead was not scored. */
  reasonsJson: string | null;
}

/** A record (or part of one) with its validation and reasons written as JSON. */
export function serializeRecord<R extends Pick<LeadRecord, 'validation' | 'reasons'>>(
  r: R,
): Omit<R, 'validation' | 'reasons'> & Pick<SerializedLeadRecord, 'validationJson' | 'issueCount' | 'reasonsJson'> {
  const { validation, reasons, ...rest } = r;
  return {
    ...rest,
    validationJson: JSON.stringify(validation),
    issueCount: validation.issues.length,
    reasonsJson: reasons === null ? null : JSON.stringify(reasons),
  };
}

function params(r: SerializedLeadRecord, now: number): unknown[] {
  const l = r.lead;
  return [
    r.id, r.clientId, l.fullName, l.email, l.emailKey, l.phone, l.phoneE164, l.company, l.cnpj, l.jobTitle, l.city,
    l.state, l.source, JSON.stringify(l.utm), JSON.stringify(l.custom), r.receivedAt, r.validationJson, r.score,
    r.scoreRange, r.qualified ? 1 : 0, r.reasonsJson, 0, now, now, r.origin, r.importId, r.emailKind, r.issueCount,
    blockedJson(r.blockedBy),
  ]; // prettier-ignore
}

/**
 * The digits of a search that reads as a phone number (`(27) 96725-5745`, `+55 27…`, `27967255745`),
 * or null: such a search also finds the phone however the lead's was written.
 */
export function phoneSearchDigits(search: string): string | null {
  if (!/^[\d\s().+\-/]+$/.test(search)) return null;
  const digits = search.replace(/\D/g, '');
  return digits.length >= 3 ? digits : null;
}

/** The search as text anywhere in the row, or, for a phone, as digits in the indexed phone digits. */
export function leadSearchMatch(search: string): string {
  const digits = phoneSearchDigits(search);
  return digits === null ? ftsPhrase(search) : `${ftsPhrase(search)} OR phone_digits : ${ftsPhrase(digits)}`;
}

/** Rows per INSERT statement: 29 parameters each, well within SQLite's 32,766. */
const INSERT_ROWS = 50;

type Statement = Database.Statement<unknown[]>;

/** Leads in SQL: prepared once, because an import writes a hundred thousand of them. */
export function createLeadStore(sqlite: Sqlite) {
  const row = `(${COLUMNS.split(',')
    .map(() => '?')
    .join(', ')})`;
  // One statement per many rows: each statement of a transaction copies the pages it changes
  // aside first (to undo just that statement), and row-by-row inserts copied the same pages
  // for every row. Prepared once per row count.
  const inserts = new Map<number, Statement>();
  const insertOf = (rows: number): Statement => {
    let statement = inserts.get(rows);
    if (!statement) {
      statement = sqlite.prepare<unknown[]>(
        `INSERT INTO leads (${COLUMNS}) VALUES ${Array(rows).fill(row).join(', ')}`,
      );
      inserts.set(rows, statement);
    }
    return statement;
  };
  const update = sqlite.prepare(
    `UPDATE leads SET full_name = ?, email = ?, email_key = ?, phone = ?, phone_e164 = ?, company = ?, cnpj = ?,
       job_title = ?, city = ?, state = ?, source = ?, utm = ?, custom = ?, validation = ?, score = ?, score_range = ?,
       qualified = ?, reasons = ?, blocked_by = ?, email_kind = ?, issue_count = ?, import_id = coalesce(?, import_id),
       updated_at = ?
     WHERE id = ?`,
  );
  const byIdentity = sqlite.prepare<[string, string], { id: string }>(
    `SELECT id FROM leads WHERE client_id = ? AND identity_key = ? AND is_test = 0 ORDER BY received_at DESC LIMIT 1`,
  );
  const byId = sqlite.prepare<[string], StoredLead>(`SELECT * FROM leads WHERE id = ?`);
  const unscored = sqlite.prepare<[string, number], StoredLead>(
    `SELECT * FROM leads WHERE client_id = ? AND score IS NULL AND is_test = 0 ORDER BY received_at LIMIT ?`,
  );
  const setScore = sqlite.prepare(
    `UPDATE leads SET score = ?, score_range = ?, qualified = ?, reasons = ?, blocked_by = ?, updated_at = ? WHERE id = ?`,
  );
  const recent = sqlite.prepare<[string, number], StoredLead>(
    `SELECT * FROM leads WHERE client_id = ? AND is_test = 0 ORDER BY received_at DESC, id DESC LIMIT ?`,
  );
  const ranges = sqlite.prepare<[string], { name: string | null; count: number }>(
    `SELECT score_range AS name, count(*) AS count FROM leads WHERE client_id = ? AND is_test = 0 GROUP BY score_range`,
  );
  const remove = sqlite.prepare(`DELETE FROM leads WHERE id = ?`);

  const searchMode = createSearchMode(sqlite, 'lead_search', leadSearchMatch);

  function filterWhere(q: LeadsListQuery, mode: SearchMode): { where: string[]; args: unknown[] } {
    const where = ['client_id = ?', 'is_test = 0'];
    const args: unknown[] = [q.clientId];
    const inList = (column: string, values: readonly unknown[]): void => {
      where.push(`${column} IN (${values.map(() => '?').join(', ')})`);
      args.push(...values);
    };
    if (mode === 'index' && q.search) {
      where.push('rowid IN (SELECT rowid FROM lead_search WHERE lead_search MATCH ?)');
      args.push(leadSearchMatch(q.search));
    } else if (mode === 'scan' && q.search) {
      const p = likePattern(q.search);
      const digits = phoneSearchDigits(q.search);
      const byDigits =
        digits === null ? '' : ` OR ${PHONE_DIGITS_SQL} LIKE ? ESCAPE '\\' OR phone_e164 LIKE ? ESCAPE '\\'`;
      where.push(`(full_name LIKE ? ESCAPE '\\' OR email LIKE ? ESCAPE '\\' OR company LIKE ? ESCAPE '\\'
        OR phone LIKE ? ESCAPE '\\'${byDigits})`);
      args.push(p, p, p, p);
      if (digits !== null) args.push(likePattern(digits), likePattern(digits));
    }
    if (q.ranges?.length) inList('score_range', q.ranges);
    if (q.qualified !== undefined) where.push(q.qualified ? 'qualified = 1' : 'qualified = 0');
    if (q.emailKinds?.length) inList('email_kind', q.emailKinds);
    if (q.withIssues !== undefined) where.push(q.withIssues ? 'issue_count > 0' : 'issue_count = 0');
    if (q.origins?.length) inList('origin', q.origins);
    if (q.importId) {
      where.push('import_id = ?');
      args.push(q.importId);
    }
    if (q.from !== undefined) {
      where.push('received_at >= ?');
      args.push(q.from);
    }
    if (q.to !== undefined) {
      where.push('received_at <= ?');
      args.push(q.to);
    }
    return { where, args };
  }

  /** How many leads match; with `cap`, counting stops past it (a page only needs "10,000+"). */
  function count(q: LeadsListQuery, cap?: number, mode = searchMode(q.search)): number {
    const { where, args } = filterWhere(q, mode);
    const matching = `SELECT 1 FROM leads WHERE ${where.join(' AND ')}${cap === undefined ? '' : ` LIMIT ${cap + 1}`}`;
    return sqlite.prepare<unknown[], { n: number }>(`SELECT count(*) AS n FROM (${matching})`).get(...args)?.n ?? 0;
  }

  function page<R extends { received_at: number; id: string }>(
    q: LeadsListQuery,
    columns: string,
    mode = searchMode(q.search),
  ): { rows: R[]; nextCursor: string | null } {
    const c = q.cursor ? decodeCursor(q.cursor) : null;
    // With a time range too (an export always has one), SQLite may seek from the range's upper bound
    // rather than the cursor's, and walk every lead above the cursor again on each page: the range
    // ends at the cursor instead.
    const { where, args } = filterWhere(c && q.to !== undefined ? { ...q, to: Math.min(q.to, c.t) } : q, mode);
    if (c) {
      // The bound on received_at alone lets SQLite seek the index; the OR only breaks ties.
      where.push('received_at <= ? AND (received_at < ? OR id < ?)');
      args.push(c.t, c.t, c.id);
    }
    const rows = sqlite
      .prepare<unknown[], R>(
        `SELECT ${columns} FROM leads WHERE ${where.join(' AND ')} ORDER BY received_at DESC, id DESC LIMIT ?`,
      )
      .all(...args, q.limit + 1);
    const kept = rows.slice(0, q.limit);
    const last = kept[kept.length - 1];
    const nextCursor = rows.length > q.limit && last ? encodeCursor({ t: last.received_at, id: last.id }) : null;
    return { rows: kept, nextCursor };
  }

  const ROW_COLUMNS = `id, client_id, full_name, email, phone, company, score, score_range, qualified, email_kind,
    issue_count, origin, received_at`;

  function list(q: LeadsListQuery): {
    rows: ReturnType<typeof toLeadRow>[];
    nextCursor: string | null;
    total: number | null;
    totalCapped: boolean;
  } {
    const mode = searchMode(q.search);
    const found = page<LeadSqlRow>(q, ROW_COLUMNS, mode);
    // Counted with the first page only, and only so far: past the cap the page says "more than".
    // A common term is matched row by row, so its count stops sooner.
    const cap = mode === 'scan' ? LEADS_SCAN_COUNT_CAP : LEADS_COUNT_CAP;
    const total = q.cursor === undefined ? count(q, cap, mode) : null;
    return {
      rows: found.rows.map(toLeadRow),
      nextCursor: found.nextCursor,
      total: total === null ? null : Math.min(total, cap),
      totalCapped: total !== null && total > cap,
    };
  }

  return {
    insert(record: SerializedLeadRecord, now: number): void {
      insertOf(1).run(...params(record, now));
    },
    /** Many leads, INSERT_ROWS to a statement. */
    insertMany(records: readonly SerializedLeadRecord[], now: number): void {
      for (let at = 0; at < records.length; at += INSERT_ROWS) {
        const chunk = records.slice(at, at + INSERT_ROWS);
        insertOf(chunk.length).run(...chunk.flatMap((r) => params(r, now)));
      }
    },
    update(id: string, record: LeadRecord, now: number): void {
      const l = record.lead;
      update.run(
        l.fullName, l.email, l.emailKey, l.phone, l.phoneE164, l.company, l.cnpj, l.jobTitle, l.city, l.state, l.source,
        JSON.stringify(l.utm), JSON.stringify(l.custom), JSON.stringify(record.validation), record.score,
        record.scoreRange, record.qualified ? 1 : 0, record.reasons === null ? null : JSON.stringify(record.reasons),
        blockedJson(record.blockedBy), record.emailKind, record.validation.issues.length, record.importId, now, id,
      ); // prettier-ignore
    },
    /** The client's latest real lead with this identity (`leadIdentity()`), if any. */
    findByIdentity(clientId: string, identity: string | null): string | null {
      if (identity === null) return null;
      return byIdentity.get(clientId, identity)?.id ?? null;
    },
    get(id: string): StoredLead | null {
      return byId.get(id) ?? null;
    },
    unscored(clientId: string, limit: number): StoredLead[] {
      return unscored.all(clientId, limit);
    },
    setScore(
      id: string,
      score: { score: number; range: string; qualified: boolean; reasons: ScoreReason[]; blockedBy: readonly string[] },
      now: number,
    ) {
      const { range, qualified, reasons, blockedBy } = score;
      setScore.run(score.score, range, qualified ? 1 : 0, JSON.stringify(reasons), blockedJson(blockedBy), now, id);
    },
    recent(clientId: string, limit: number): StoredLead[] {
      return recent.all(clientId, limit);
    },
    ranges(clientId: string): Array<{ name: string | null; count: number }> {
      return ranges.all(clientId);
    },
    delete(id: string): void {
      remove.run(id);
    },
    list,
    /** Exactly how many leads match (an export's progress); the list itself counts only so far. */
    count: (q: LeadsListQuery) => count(q),
    /**
     * Pages of whole rows, without the count, for an export to walk. The search runs one way for
     * the whole walk, so leads arriving meanwhile cannot switch it between index and scan.
     */
    pagesOf(
      q: LeadsListQuery,
    ): (cursor: string | undefined, limit: number) => { rows: StoredLead[]; nextCursor: string | null } {
      const mode = searchMode(q.search);
      return (cursor, limit) => page<StoredLead>({ ...q, cursor, limit }, '*', mode);
    },
  };
}

export type LeadStore = ReturnType<typeof createLeadStore>;
