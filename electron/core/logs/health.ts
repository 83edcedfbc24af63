import { HEALTH_DAYS, type AttentionItem, type ClientHealth, type HealthCounts, type LogsHealth } from '#contract/logs';
import type { Sqlite } from '../db/connection';

export const DAY_MS = 24 * 60 * 60 * 1000;

type Counted = 'sent' | 'error' | 'retrying';

interface BucketRow {
  client_id: string;
  day: number;
  state: Counted;
  n: number;
  recent: number;
}

/** An integration that does not send, and the leads waiting on it; the home screen reads it too. */
export interface StoppedIntegrationRow {
  id: string;
  client_id: string;
  client_name: string;
  name: string;
  type: string;
  status: 'paused' | 'needs_attention' | 'inactive';
  status_reason: string | null;
  /** When its status last changed. */
  updated_at: number;
  held: number;
}

export interface HealthQuery {
  now: number;
  utcOffsetMinutes: number;
  clientId?: string;
  /** Client id → when the user last reviewed its errors. */
  seen: Readonly<Record<string, number>>;
}

const zero = (): HealthCounts => ({ sent: 0, error: 0, retrying: 0 });

/**
 * Counts by dispatch state over the dispatches created in each window, as they stand now: a lead
 * sent yesterday that needed three tries counts once, as sent. Windows include their start
 * (`created_at >= now - 24 h`) and end at `now`.
 *
 * All three statements walk indexes: the buckets a range of `dispatches_log_idx` (all clients) or
 * `dispatches_client_log_idx` (one client), the integrations `integrations_status_idx` with
 * `dispatches_integration_due_idx` for what each one holds, the new errors `dispatches_errors_idx`.
 */
export const HEALTH_SQL = {
  buckets: (
    oneClient: boolean,
  ) => `SELECT d.client_id, (d.created_at + CAST(@offset AS INTEGER)) / ${DAY_MS} AS day, d.state,
      count(*) AS n, sum(d.created_at >= @since24h) AS recent
    FROM dispatches d
    WHERE ${oneClient ? 'd.client_id = @clientId AND ' : ''}d.created_at >= @since30d AND d.created_at <= @now
      AND +d.state IN ('sent', 'error', 'retrying')
    GROUP BY d.client_id, day, d.state`,
  integrations: (oneClient: boolean) => `SELECT i.id, i.client_id, c.name AS client_name, i.name, i.type, i.status,
      i.status_reason, i.updated_at,
      (SELECT count(*) FROM dispatches d WHERE d.integration_id = i.id AND d.state = 'held') AS held
    FROM integrations i CROSS JOIN clients c ON c.id = i.client_id
    WHERE i.status IN ('paused', 'needs_attention', 'inactive') AND i.deleted_at IS NULL AND c.archived_at IS NULL
      ${oneClient ? 'AND i.client_id = @clientId' : ''}
    ORDER BY c.name, i.name`,
  // One client's errors since it was last seen: a range of the partial `dispatches_errors_idx`.
  newErrors: `SELECT count(*) AS n FROM dispatches d
    WHERE d.client_id = @clientId AND d.state = 'error' AND d.updated_at > @since`,
} as const;

export function createHealthQueries(sqlite: Sqlite) {
  const clientsStmt = sqlite.prepare<[{ clientId: string | null }], { id: string; name: string }>(
    `SELECT id, name FROM clients WHERE archived_at IS NULL AND (@clientId IS NULL OR id = @clientId) ORDER BY name`,
  );
  const bucketStmts = [false, true].map((one) =>
    sqlite.prepare<[Record<string, unknown>], BucketRow>(HEALTH_SQL.buckets(one)),
  );
  const integrationStmts = [false, true].map((one) =>
    sqlite.prepare<[Record<string, unknown>], StoppedIntegrationRow>(HEALTH_SQL.integrations(one)),
  );
  const newErrorsStmt = sqlite.prepare<[{ clientId: string; since: number }], { n: number }>(HEALTH_SQL.newErrors);

  return {
    health(q: HealthQuery): LogsHealth {
      const one = q.clientId !== undefined ? 1 : 0;
      const offset = q.utcOffsetMinutes * 60_000;
      const since30d = q.now - HEALTH_DAYS * DAY_MS;
      const today = Math.floor((q.now + offset) / DAY_MS);
      const firstDay = today - (HEALTH_DAYS - 1);

      const byClient = new Map<string, ClientHealth>();
      for (const c of clientsStmt.all({ clientId: q.clientId ?? null })) {
        byClient.set(c.id, {
          clientId: c.id,
          clientName: c.name,
          last24h: zero(),
          last30d: zero(),
          daily: Array.from({ length: HEALTH_DAYS }, (_, i) => ({ day: (firstDay + i) * DAY_MS - offset, ...zero() })),
          lastSeenAt: q.seen[c.id] ?? null,
          newErrors: 0,
        });
      }

      const scope: Record<string, unknown> = one ? { clientId: q.clientId } : {};
      const params = { ...scope, offset, since24h: q.now - DAY_MS, since30d, now: q.now };
      for (const r of bucketStmts[one]!.all(params)) {
        const c = byClient.get(r.client_id);
        if (!c) continue;
        c.last30d[r.state] += r.n;
        c.last24h[r.state] += r.recent;
        // The window's first, partial day is in the month's total but before the chart's first bar.
        const bucket = c.daily[r.day - firstDay];
        if (bucket) bucket[r.state] += r.n;
      }

      // The floor keeps a client never reviewed to the last HEALTH_DAYS days, not its whole history.
      for (const c of byClient.values()) {
        const since = Math.max(q.seen[c.clientId] ?? since30d, since30d);
        c.newErrors = newErrorsStmt.get({ clientId: c.clientId, since })?.n ?? 0;
      }

      const attention: AttentionItem[] = [];
      for (const r of integrationStmts[one]!.all(scope)) {
        // A deactivated integration is the user's choice; it matters only while leads wait on it.
        if (r.status === 'inactive' && r.held === 0) continue;
        attention.push({
          kind: 'integration',
          clientId: r.client_id,
          clientName: r.client_name,
          integrationId: r.id,
          integrationName: r.name,
          status: r.status,
          reason: r.status_reason,
          held: r.held,
        });
      }
      for (const c of byClient.values()) {
        if (c.newErrors === 0) continue;
        attention.push({
          kind: 'errors',
          clientId: c.clientId,
          clientName: c.clientName,
          count: c.newErrors,
          since: Math.max(c.lastSeenAt ?? 0, since30d),
        });
      }
      return { now: q.now, clients: [...byClient.values()], attention };
    },
  };
}
