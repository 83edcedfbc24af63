import { dispatchErrorClasses, dispatchStates, heldReasons } from '#contract/dispatch';
import { integrationTypes } from '#contract/integration-common';
import { troubleshootingHint, type LogLead, type LogRow, type LogsFilter, type LogsListQuery } from '#contract/logs';
import type { Sqlite } from '../db/connection';
import { createSearchMode, ftsPhrase, likePattern } from '../db/text-search';
import { AppError } from '../errors';
import { formatCnpj } from '../leads/validation/cnpj';
import { decodeCursor, encodeCursor } from '../lib/cursor';

interface LogSqlRow {
  id: string;
  created_at: number;
  updated_at: number;
  client_id: string;
  client_name: string;
  integration_id: string;
  integration_name: string;
  integration_type: string;
  lead_id: string;
  lead_name: string;
  lead_email: string;
  state: string;
  attempt_count: number;
  next_attempt_at: number | null;
  held_reason: string | null;
  skip_reason: string | null;
  last_error_class: string | null;
  last_status: number | null;
  last_error: string | null;
  is_test: number;
  resend_of: string | null;
}

interface LeadSqlRow {
  id: string;
  client_id: string;
  full_name: string;
  email: string;
  phone: string | null;
  company: string | null;
  cnpj: string | null;
  job_title: string | null;
  city: string | null;
  state: string | null;
  source: string | null;
  score: number | null;
  score_range: string | null;
  qualified: number;
  received_at: number;
  is_test: number;
}

interface GroupSqlRow {
  state: string;
  held_reason: string | null;
  superseded: number;
  n: number;
}

export interface LogQueries {
  list(query: LogsListQuery): { rows: LogRow[]; nextCursor: string | null };
  lead(id: string): LogLead;
  /** The statement and parameters `list` would run; for EXPLAIN QUERY PLAN in tests. */
  listSql(query: LogsListQuery): { sql: string; params: Record<string, unknown> };
  /**
   * How many dispatches the filter matches, ignoring its text search: exact without one, an upper
   * bound with one (a search has to read every row, so it is left to the pass that writes them).
   */
  countWithoutSearch(filter: LogsFilter): number;
  /**
   * The dispatches the filter matches (its search included), grouped by what decides a bulk
   * action's verdict: state, held reason and whether a newer dispatch of the pair exists.
   */
  bulkCounts(filter: LogsFilter): BulkCountRow[];
}

export interface BulkCountRow {
  state: string;
  heldReason: string | null;
  superseded: boolean;
  n: number;
}

function member<T extends string>(values: readonly T[], value: string | null): T | null {
  return value !== null && (values as readonly string[]).includes(value) ? (value as T) : null;
}

const SELECT = `SELECT d.id, d.created_at, d.updated_at, d.client_id,
    (SELECT c.name FROM clients c WHERE c.id = d.client_id) AS client_name, d.integration_id,
    i.name AS integration_name, i.type AS integration_type, d.lead_id, l.full_name AS lead_name,
    l.email AS lead_email, d.state, d.attempt_count, d.next_attempt_at, d.held_reason, d.skip_reason,
    d.last_error_class, d.last_status, d.last_error, d.is_test, d.resend_of
  FROM dispatches d
  CROSS JOIN leads l ON l.id = d.lead_id
  CROSS JOIN integrations i ON i.id = d.integration_id`;

/**
 * CROSS JOIN is SQLite's way of fixing the join order: the outbox drives the loop in index order and
 * each row looks its lead, integration and client up by primary key (the client through a scalar
 * subquery: with a client filter and a three-row table, the planner otherwise prefers scanning it). Left to itself, the planner may
 * start from a small table (integrations) and then sort every matching dispatch.
 *
 * Keyset pagination over (created_at DESC, id DESC): the creation time never changes, so a
 * dispatch moving from retrying to sent while the user scrolls stays where it was. Each scope
 * (all, one client, one integration) has an index in exactly that order, so SQLite walks it and
 * stops after `limit + 1` matching rows instead of sorting the whole outbox.
 */
export function createLogQueries(sqlite: Sqlite, maxAttemptsFor: (type: string) => number): LogQueries {
  const leadStmt = sqlite.prepare<[string], LeadSqlRow>(
    `SELECT id, client_id, full_name, email, phone, company, cnpj, job_title, city, state, source, score,
       score_range, qualified, received_at, is_test FROM leads WHERE id = ?`,
  );
  const statements = new Map<string, ReturnType<typeof sqlite.prepare<[Record<string, unknown>], LogSqlRow>>>();

  const searchMode = createSearchMode(sqlite, 'dispatch_search');

  function filterWhere(query: LogsFilter, params: Record<string, unknown>, mode = searchMode(query.search)): string[] {
    const where: string[] = [];
    if (query.clientId !== undefined) {
      where.push('d.client_id = @clientId');
      params.clientId = query.clientId;
    }
    if (query.integrationId !== undefined) {
      where.push('d.integration_id = @integrationId');
      params.integrationId = query.integrationId;
    }
    if (query.leadId !== undefined) {
      where.push('d.lead_id = @leadId');
      params.leadId = query.leadId;
    }
    if (query.states !== undefined && query.states.length > 0) {
      const states = [...new Set(query.states)];
      // The unary + keeps SQLite from seeking the outbox's (state, …) indexes, which would then sort.
      where.push(`+d.state IN (${states.map((_, i) => `@state${i}`).join(', ')})`);
      states.forEach((s, i) => (params[`state${i}`] = s));
    }
    if (query.from !== undefined) {
      where.push('d.created_at >= @from');
      params.from = query.from;
    }
    if (query.to !== undefined) {
      where.push('d.created_at <= @to');
      params.to = query.to;
    }
    if (!query.includeTests) where.push('d.is_test = 0');
    if (mode === 'index' && query.search !== undefined) {
      where.push('d.rowid IN (SELECT rowid FROM dispatch_search WHERE dispatch_search MATCH @match)');
      params.match = ftsPhrase(query.search);
    } else if (mode === 'scan' && query.search !== undefined) {
      where.push(
        `(l.email LIKE @search ESCAPE '\\' OR l.full_name LIKE @search ESCAPE '\\' OR d.last_error LIKE @search ESCAPE '\\')`,
      );
      params.search = likePattern(query.search);
    }
    return where;
  }

  function listSql(query: LogsListQuery): { sql: string; params: Record<string, unknown> } {
    const params: Record<string, unknown> = { limit: query.limit + 1 };
    const where = filterWhere(query, params);
    if (query.cursor !== undefined) {
      const cursor = decodeCursor(query.cursor);
      where.push('(d.created_at, d.id) < (@cursorT, @cursorId)');
      params.cursorT = cursor.t;
      params.cursorId = cursor.id;
      // With a time range too (an export always has one), SQLite seeks the index from one of the two
      // upper bounds: from the range's, it walked every row above the cursor again on each page, and
      // an export's later pages cost more and more. The range's bound is the cursor's now.
      if (query.to !== undefined) params.to = Math.min(query.to, cursor.t);
    }
    const sql = `${SELECT} ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''}
      ORDER BY d.created_at DESC, d.id DESC LIMIT @limit`;
    return { sql, params };
  }

  function toRow(r: LogSqlRow): LogRow {
    const integrationType = member(integrationTypes, r.integration_type) ?? 'webhook';
    const lastErrorClass = member(dispatchErrorClasses, r.last_error_class);
    return {
      id: r.id,
      createdAt: r.created_at,
      updatedAt: r.updated_at,
      clientId: r.client_id,
      clientName: r.client_name,
      integrationId: r.integration_id,
      integrationName: r.integration_name,
      integrationType,
      leadId: r.lead_id,
      leadName: r.lead_name,
      leadEmail: r.lead_email,
      state: member(dispatchStates, r.state) ?? 'error',
      attemptCount: r.attempt_count,
      maxAttempts: maxAttemptsFor(r.integration_type),
      nextAttemptAt: r.next_attempt_at,
      heldReason: member(heldReasons, r.held_reason),
      skipReason: r.skip_reason,
      lastErrorClass,
      lastStatus: r.last_status,
      lastError: r.last_error,
      // Only failures get advice: a sent dispatch may still carry the error its retry overcame.
      hint:
        r.state === 'sent' || r.state === 'skipped' || r.state === 'cancelled'
          ? null
          : troubleshootingHint({
              integrationType: r.integration_type,
              errorClass: lastErrorClass,
              status: r.last_status,
              message: r.last_error,
            }),
      isTest: r.is_test === 1,
      resendOf: r.resend_of,
    };
  }

  const counts = new Map<string, ReturnType<typeof sqlite.prepare<[Record<string, unknown>], { n: number }>>>();
  function countWithoutSearch(filter: LogsFilter): number {
    const params: Record<string, unknown> = {};
    const where = filterWhere({ ...filter, search: undefined }, params, 'none');
    const sql = `SELECT count(*) AS n FROM dispatches d ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''}`;
    let stmt = counts.get(sql);
    if (!stmt) {
      stmt = sqlite.prepare<[Record<string, unknown>], { n: number }>(sql);
      if (counts.size < 256) counts.set(sql, stmt);
    }
    return stmt.get(params)?.n ?? 0;
  }

  const grouped = new Map<string, ReturnType<typeof sqlite.prepare<[Record<string, unknown>], GroupSqlRow>>>();
  function bulkCounts(filter: LogsFilter): BulkCountRow[] {
    const params: Record<string, unknown> = {};
    const mode = searchMode(filter.search);
    const where = filterWhere(filter, params, mode);
    // Only a failed dispatch's successors matter (to a resend), so only those look them up; the leads
    // are joined only for a text search the index does not serve (LIKE on name and e-mail).
    const sql = `SELECT d.state, d.held_reason,
        CASE WHEN d.state = 'error' THEN EXISTS (SELECT 1 FROM dispatches n WHERE n.lead_id = d.lead_id
          AND n.integration_id = d.integration_id AND n.rowid > d.rowid) ELSE 0 END AS superseded,
        count(*) AS n
      FROM dispatches d ${mode === 'scan' ? 'CROSS JOIN leads l ON l.id = d.lead_id' : ''}
      ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''}
      GROUP BY 1, 2, 3`;
    let stmt = grouped.get(sql);
    if (!stmt) {
      stmt = sqlite.prepare<[Record<string, unknown>], GroupSqlRow>(sql);
      if (grouped.size < 256) grouped.set(sql, stmt);
    }
    return stmt.all(params).map((r) => ({
      state: r.state,
      heldReason: r.held_reason,
      superseded: r.superseded === 1,
      n: r.n,
    }));
  }

  return {
    listSql,
    countWithoutSearch,
    bulkCounts,
    list(query) {
      const { sql, params } = listSql(query);
      let stmt = statements.get(sql);
      if (!stmt) {
        stmt = sqlite.prepare<[Record<string, unknown>], LogSqlRow>(sql);
        // A handful of shapes (which filters are set) at most; each is prepared once.
        if (statements.size < 256) statements.set(sql, stmt);
      }
      const found = stmt.all(params);
      const page = found.slice(0, query.limit);
      const last = page.at(-1);
      const nextCursor =
        found.length > query.limit && last !== undefined ? encodeCursor({ t: last.created_at, id: last.id }) : null;
      return { rows: page.map(toRow), nextCursor };
    },
    lead(id) {
      const r = leadStmt.get(id);
      if (!r) throw new AppError('not_found', 'This lead no longer exists.');
      const cnpj = r.cnpj !== null && r.cnpj.length === 14 ? formatCnpj(r.cnpj) : r.cnpj;
      return {
        id: r.id,
        clientId: r.client_id,
        fullName: r.full_name,
        email: r.email,
        phone: r.phone,
        company: r.company,
        cnpj,
        jobTitle: r.job_title,
        city: r.city,
        state: r.state,
        source: r.source,
        score: r.score,
        scoreRange: r.score_range,
        qualified: r.qualified === 1,
        receivedAt: r.received_at,
        isTest: r.is_test === 1,
      };
    },
  };
}
