import type { Sqlite } from '../db/connection';

/**
 * The report's statements. Every one starts from a range of `leads_client_received_idx` (the
 * client's leads received in the period; test leads left out) and, for delivery, reaches each
 * lead's dispatches through `dispatches_lead_idx`: a month of one client is read, never the whole
 * table. "Latest" dispatch of a pair is by rowid, as the outbox decides it (two can share a
 * millisecond, never a rowid).
 */
const IN_PERIOD = `l.client_id = @clientId AND l.received_at >= @from AND l.received_at < @to AND l.is_test = 0`;

/** No later dispatch of the same lead to the same integration: the pair's state now. */
const LATEST = `NOT EXISTS (SELECT 1 FROM dispatches n
  WHERE n.lead_id = d.lead_id AND n.integration_id = d.integration_id AND n.rowid > d.rowid)`;

/** CROSS JOIN fixes the order: the period's leads drive, each lead's dispatches are looked up by lead. */
const PAIRS = `leads l CROSS JOIN dispatches d ON d.lead_id = l.id`;

export const REPORT_SQL = {
  byOrigin: `SELECT l.origin AS origin, count(*) AS total, sum(l.qualified) AS qualified
    FROM leads l WHERE ${IN_PERIOD} GROUP BY l.origin`,
  // One line per source however it is capitalised or padded; the spelling shown is one of them.
  bySource: `SELECT nullif(trim(l.source), '') AS source, count(*) AS total, sum(l.qualified) AS qualified
    FROM leads l WHERE ${IN_PERIOD} GROUP BY nullif(trim(l.source), '') COLLATE NOCASE ORDER BY total DESC, source`,
  // One index range per day: the days' bounds come from the zone's calendar, not from SQL.
  daily: `SELECT CAST(j.key AS INTEGER) AS i, count(*) AS total, sum(l.qualified) AS qualified
    FROM json_each(@days) j CROSS JOIN leads l
      ON l.client_id = @clientId AND l.received_at >= json_extract(j.value, '$[0]')
        AND l.received_at < json_extract(j.value, '$[1]')
    WHERE l.is_test = 0 GROUP BY j.key`,
  notQualified: `SELECT count(*) AS total,
      coalesce(sum(coalesce(json_array_length(l.blocked_by), 0) > 0), 0) AS blocked,
      coalesce(sum(l.score IS NOT NULL AND coalesce(json_array_length(l.blocked_by), 0) = 0), 0) AS below,
      coalesce(sum(l.score IS NULL), 0) AS not_scored
    FROM leads l WHERE ${IN_PERIOD} AND l.qualified = 0`,
  blockers: `SELECT j.value AS reason, count(*) AS n FROM leads l CROSS JOIN json_each(l.blocked_by) j
    WHERE ${IN_PERIOD} AND l.qualified = 0 AND l.blocked_by IS NOT NULL GROUP BY j.value`,
  detractors: `SELECT j.value ->> '$.rule' AS rule, j.value ->> '$.kind' AS kind, count(*) AS n
    FROM leads l CROSS JOIN json_each(l.reasons) j
    WHERE ${IN_PERIOD} AND l.qualified = 0 AND instr(l.reasons, '"points":-') > 0 AND j.value ->> '$.points' < 0
    GROUP BY rule, kind ORDER BY n DESC, rule`,
  ranges: `SELECT l.score_range AS range, count(*) AS n, max(l.score) AS top
    FROM leads l WHERE ${IN_PERIOD} AND l.qualified = 1 GROUP BY l.score_range`,
  /**
   * Delivery in one pass over the period's dispatches, without grouping them by pair: a dispatch that
   * is its pair's latest gives the pair's state; one that is its pair's first sent gives the time
   * from the lead's arrival to delivery (a later resend does not make the lead arrive later). Both
   * checks read the same lead's few other dispatches, index pages just visited. The result is the
   * counts per integration and state (`delay` null), then every delivery time, shortest first (one
   * sort; the median and 90th percentile are ranks in it).
   */
  delivery: `WITH pairs AS MATERIALIZED (
      SELECT d.integration_id AS integration_id,
        CASE WHEN ${LATEST} THEN d.state END AS state,
        CASE WHEN d.state = 'sent' AND NOT EXISTS (SELECT 1 FROM dispatches e
            WHERE e.lead_id = d.lead_id AND e.integration_id = d.integration_id AND e.state = 'sent'
              AND e.rowid < d.rowid)
          THEN max(d.finished_at - l.received_at, 0) END AS delay
      FROM ${PAIRS} WHERE ${IN_PERIOD} AND d.is_test = 0
    )
    SELECT integration_id, state, count(*) AS n, NULL AS delay FROM pairs WHERE state IS NOT NULL
      GROUP BY integration_id, state
    UNION ALL
    SELECT integration_id, NULL, 1, delay FROM pairs WHERE delay IS NOT NULL
    ORDER BY delay`,
  integrations: `SELECT i.id, i.name, i.type, i.deleted_at IS NOT NULL AS deleted FROM integrations i
    WHERE i.client_id = @clientId AND (i.id IN (SELECT value FROM json_each(@ids))
      OR (i.deleted_at IS NULL AND i.status <> 'draft'))
    ORDER BY i.name COLLATE NOCASE, i.id`,
  /**
   * Open errors, newest first: a walk of the client's errors (the partial `dispatches_errors_idx`,
   * small by nature) keeping those of the period's leads that are still their pair's latest. Paged
   * by (updated_at, rowid), the index's own order, for the CSV.
   */
  openErrors: `SELECT d.id, d.rowid AS rid, d.lead_id, l.full_name, l.email, d.integration_id,
      (SELECT i.name FROM integrations i WHERE i.id = d.integration_id) AS integration_name, d.last_status,
      d.last_error, d.updated_at
    FROM dispatches d CROSS JOIN leads l ON l.id = d.lead_id
    WHERE d.client_id = @clientId AND d.state = 'error' AND d.is_test = 0
      AND (@afterT IS NULL OR (d.updated_at, d.rowid) < (@afterT, @afterRid))
      AND l.received_at >= @from AND l.received_at < @to AND l.is_test = 0 AND ${LATEST}
    ORDER BY d.updated_at DESC, d.rowid DESC LIMIT @limit`,
  activeProfile: `SELECT ranges, rules, qualify_at FROM scoring_profiles WHERE client_id = ? AND active = 1`,
  client: `SELECT name FROM clients WHERE id = ?`,
} as const;

export interface Scope {
  clientId: string;
  from: number;
  to: number;
}

export interface OpenErrorRow {
  id: string;
  rid: number;
  lead_id: string;
  full_name: string;
  email: string;
  integration_id: string;
  integration_name: string;
  last_status: number | null;
  last_error: string | null;
  updated_at: number;
}

type Split = { total: number; qualified: number };

/**
 * `[integration id, state, pairs, null]` for a count, `[integration id, null, 1, delay]` for one
 * pair's delivery time: arrays, since a busy month has a hundred thousand of the latter.
 */
export type DeliveryRow = [string, string, number, null] | [string, null, 1, number];

/** The statements, prepared once per core. */
export function createReportQueries(sqlite: Sqlite) {
  const all = <R>(sql: string) => sqlite.prepare<[Record<string, unknown>], R>(sql);
  const s = {
    byOrigin: all<Split & { origin: string }>(REPORT_SQL.byOrigin),
    bySource: all<Split & { source: string | null }>(REPORT_SQL.bySource),
    daily: all<Split & { i: number }>(REPORT_SQL.daily),
    notQualified: all<{ total: number; blocked: number; below: number; not_scored: number }>(REPORT_SQL.notQualified),
    blockers: all<{ reason: string; n: number }>(REPORT_SQL.blockers),
    detractors: all<{ rule: string | null; kind: string | null; n: number }>(REPORT_SQL.detractors),
    ranges: all<{ range: string | null; n: number; top: number | null }>(REPORT_SQL.ranges),
    delivery: sqlite.prepare<[Record<string, unknown>], DeliveryRow>(REPORT_SQL.delivery).raw(true),
    integrations: all<{ id: string; name: string; type: string; deleted: number }>(REPORT_SQL.integrations),
    openErrors: all<OpenErrorRow>(REPORT_SQL.openErrors),
    activeProfile: sqlite.prepare<[string], { ranges: string; rules: string; qualify_at: number }>(
      REPORT_SQL.activeProfile,
    ),
    client: sqlite.prepare<[string], { name: string }>(REPORT_SQL.client),
  };
  const p = (scope: Scope) => ({ clientId: scope.clientId, from: scope.from, to: scope.to });

  return {
    clientName: (clientId: string) => s.client.get(clientId)?.name ?? null,
    activeProfile: (clientId: string) => s.activeProfile.get(clientId) ?? null,
    byOrigin: (scope: Scope) => s.byOrigin.all(p(scope)),
    bySource: (scope: Scope) => s.bySource.all(p(scope)),
    /** Leads per day; `days` are the [start, end) of each, in order. */
    daily: (scope: Scope, days: ReadonlyArray<readonly [number, number]>) =>
      s.daily.all({ clientId: scope.clientId, days: JSON.stringify(days) }),
    notQualified: (scope: Scope) => s.notQualified.get(p(scope)) ?? { total: 0, blocked: 0, below: 0, not_scored: 0 },
    blockers: (scope: Scope) => s.blockers.all(p(scope)),
    detractors: (scope: Scope) => s.detractors.all(p(scope)),
    ranges: (scope: Scope) => s.ranges.all(p(scope)),
    delivery: (scope: Scope) => s.delivery.all(p(scope)),
    /** The client's integrations that take leads now, and any other (deleted, drafted) named in `ids`. */
    integrations: (clientId: string, ids: readonly string[]) =>
      s.integrations.all({ clientId, ids: JSON.stringify(ids) }),
    openErrors: (scope: Scope, limit: number, after: { t: number; rid: number } | null = null) =>
      s.openErrors.all({ ...p(scope), limit, afterT: after?.t ?? null, afterRid: after?.rid ?? null }),
  };
}

export type ReportQueries = ReturnType<typeof createReportQueries>;
