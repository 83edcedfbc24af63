import type { Sqlite } from '../db/connection';
import { HEALTH_SQL, type StoppedIntegrationRow } from '../logs/health';

/**
 * The home screen's statements. Each starts from the clients that are not archived (a small table)
 * and reads one index range per client: the week's leads in the covering `leads_report_idx`, each
 * qualified lead's dispatches through `dispatches_lead_idx`, the last day's errors in the partial
 * `dispatches_errors_idx`. The integrations that do not send are Logs' client health statement.
 * tests/unit/home/query-plans.test.ts holds them to it.
 */
export const HOME_SQL = {
  clients: `SELECT c.id, c.name FROM clients c WHERE c.archived_at IS NULL ORDER BY c.name COLLATE NOCASE, c.id`,
  /**
   * The week's leads of every client, each read once from the index: whether it arrived today,
   * qualified, and (for a qualified one) whether any of its dispatches was sent. Materialized, so that
   * last look-up runs once per lead, not once for each sum that reads it.
   */
  counts: `WITH week AS MATERIALIZED (
      SELECT l.client_id AS client_id, l.qualified AS qualified, l.received_at >= @todayFrom AS today,
        CASE WHEN l.qualified = 1
          THEN EXISTS (SELECT 1 FROM dispatches d WHERE d.lead_id = l.id AND d.state = 'sent') ELSE 0 END AS sent
      FROM clients c CROSS JOIN leads l
        ON l.client_id = c.id AND l.received_at >= @weekFrom AND l.received_at < @to
      WHERE c.archived_at IS NULL AND l.is_test = 0)
    SELECT client_id, count(*) AS week_received, sum(qualified) AS week_qualified, sum(sent) AS week_sent,
      sum(today) AS today_received, sum(today AND qualified) AS today_qualified, sum(today AND sent) AS today_sent
    FROM week GROUP BY client_id`,
  /**
   * Deliveries that ended in error since `@since`, per integration, leaving out those sent again
   * since (a later dispatch of the same lead and integration): what a resend would still take.
   */
  errors: `SELECT d.client_id, c.name AS client_name, d.integration_id, i.name AS integration_name, i.type,
      count(*) AS n, min(d.created_at) AS first_created_at, max(d.updated_at) AS last_failed_at
    FROM clients c CROSS JOIN dispatches d ON d.client_id = c.id AND d.state = 'error' AND d.updated_at >= @since
      CROSS JOIN integrations i ON i.id = d.integration_id
    WHERE c.archived_at IS NULL AND d.is_test = 0 AND i.deleted_at IS NULL
      AND NOT EXISTS (SELECT 1 FROM dispatches n
        WHERE n.lead_id = d.lead_id AND n.integration_id = d.integration_id AND n.rowid > d.rowid)
    GROUP BY d.client_id, d.integration_id
    ORDER BY c.name COLLATE NOCASE, i.name COLLATE NOCASE`,
  /** The message of an integration's latest failure: the client's errors, newest first, until one is its. */
  lastError: `SELECT d.last_error FROM dispatches d
    WHERE d.client_id = @clientId AND d.state = 'error' AND d.updated_at >= @since AND d.integration_id = @integrationId
    ORDER BY d.updated_at DESC LIMIT 1`,
  stopped: HEALTH_SQL.integrations(false),
  /** A few per client: counted whole. */
  integrations: `SELECT count(*) AS n FROM integrations i CROSS JOIN clients c ON c.id = i.client_id
    WHERE i.deleted_at IS NULL AND i.status <> 'draft' AND c.archived_at IS NULL`,
  /** Whether the CRM refused the key: a lead held by it failed with an authentication error. */
  refusedKey: `SELECT 1 AS refused FROM dispatches d
    WHERE d.integration_id = @integrationId AND d.state = 'held' AND d.last_error_class = 'auth' LIMIT 1`,
} as const;

export interface CountsRow {
  client_id: string;
  week_received: number;
  week_qualified: number;
  week_sent: number;
  today_received: number;
  today_qualified: number;
  today_sent: number;
}

export interface ErrorsRow {
  client_id: string;
  client_name: string;
  integration_id: string;
  integration_name: string;
  type: string;
  n: number;
  first_created_at: number;
  last_failed_at: number;
}

/** The statements, prepared once per core. */
export function createHomeQueries(sqlite: Sqlite) {
  const s = {
    clients: sqlite.prepare<[], { id: string; name: string }>(HOME_SQL.clients),
    counts: sqlite.prepare<[Record<string, number>], CountsRow>(HOME_SQL.counts),
    errors: sqlite.prepare<[{ since: number }], ErrorsRow>(HOME_SQL.errors),
    lastError: sqlite.prepare<[Record<string, unknown>], { last_error: string | null }>(HOME_SQL.lastError),
    stopped: sqlite.prepare<[Record<string, never>], StoppedIntegrationRow>(HOME_SQL.stopped),
    refusedKey: sqlite.prepare<[{ integrationId: string }], { refused: number }>(HOME_SQL.refusedKey),
    integrations: sqlite.prepare<[], { n: number }>(HOME_SQL.integrations),
  };
  return {
    clients: () => s.clients.all(),
    counts: (p: { todayFrom: number; weekFrom: number; to: number }) => s.counts.all(p),
    errors: (since: number) => s.errors.all({ since }),
    lastError: (clientId: string, integrationId: string, since: number) =>
      s.lastError.get({ clientId, integrationId, since })?.last_error ?? null,
    stopped: () => s.stopped.all({}),
    integrations: () => s.integrations.get()?.n ?? 0,
    refusedKey: (integrationId: string) => s.refusedKey.get({ integrationId }) !== undefined,
  };
}

export type HomeQueries = ReturnType<typeof createHomeQueries>;
