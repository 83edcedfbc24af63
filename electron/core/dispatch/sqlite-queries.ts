import type { Sqlite } from '../db/connection';
import { timeOrderedUuid } from '../lib/ids';
import type { OutboxRepository } from './outbox';
import type { AttemptRow, DispatchRow } from './rows';

type Queries = Pick<
  OutboxRepository,
  | 'holdIntegration'
  | 'release'
  | 'setIntegrationStatus'
  | 'retryNow'
  | 'cancel'
  | 'requestCancel'
  | 'resend'
  | 'get'
  | 'list'
  | 'attempts'
  | 'bulkCandidates'
  | 'openOfLeads'
  | 'requeueCandidates'
  | 'superseded'
  | 'countHeld'
  | 'countOpen'
>;

const REQUEUE_STATE = `CASE WHEN attempt_count = 0 THEN 'pending' ELSE 'retrying' END`;

/** The outbox's controls and reads: the user's actions, each one transaction. */
export function createOutboxQueries(sqlite: Sqlite): Queries {
  const q = <P extends unknown[], R = unknown>(sql: string) => sqlite.prepare<P, R>(sql);

  const hold = q<[string, number, string], DispatchRow>(
    `UPDATE dispatches SET state = 'held', held_reason = ?, updated_at = ?
     WHERE integration_id = ? AND state IN ('pending','retrying') RETURNING *`,
  );
  // A retry time still ahead is kept: holding must not turn a 30-minute wait into an immediate try.
  const release = q<[Record<string, unknown>], DispatchRow>(
    `UPDATE dispatches SET state = ${REQUEUE_STATE}, held_reason = NULL,
       next_attempt_at = COALESCE(next_attempt_at, @now), updated_at = @now
     WHERE state = 'held' AND held_reason IN (SELECT value FROM json_each(@reasons))
       AND (@integrationId IS NULL OR integration_id = @integrationId) RETURNING *`,
  );
  const setStatus = q<[Record<string, unknown>]>(
    `UPDATE integrations SET status = @status, status_reason = @reason, updated_at = @now
     WHERE id = @id AND (@from IS NULL OR status IN (SELECT value FROM json_each(@from)))`,
  );
  const retryNow = q<[{ now: number; id: string }], DispatchRow>(
    `UPDATE dispatches SET state = CASE WHEN state = 'held' THEN ${REQUEUE_STATE} ELSE state END,
       held_reason = NULL, next_attempt_at = @now, updated_at = @now
     WHERE id = @id AND (state IN ('pending','retrying') OR (state = 'held' AND held_reason = 'offline'))
     RETURNING *`,
  );
  const cancel = q<[{ now: number; id: string }], DispatchRow>(
    `UPDATE dispatches SET state = 'cancelled', next_attempt_at = NULL, held_reason = NULL,
       finished_at = @now, updated_at = @now
     WHERE id = @id AND state IN ('pending','retrying','held') RETURNING *`,
  );
  const requestCancel = q<[{ now: number; id: string }], DispatchRow>(
    `UPDATE dispatches SET cancel_requested_at = @now WHERE id = @id AND state = 'sending' RETURNING *`,
  );
  const get = q<[string], DispatchRow>('SELECT * FROM dispatches WHERE id = ?');
  const activeForPair = q<[string, string], { id: string }>(
    `SELECT id FROM dispatches WHERE lead_id = ? AND integration_id = ?
       AND state NOT IN ('sent','skipped','error','cancelled') LIMIT 1`,
  );
  // A resend starts its progress afresh but keeps what the dispatch was asked to do (`options`).
  const insertResend = q<[Record<string, unknown>], DispatchRow>(
    `INSERT INTO dispatches (id, client_id, lead_id, integration_id, state, attempt_count, next_attempt_at,
       held_reason, is_test, resend_of, steps, created_at, updated_at)
     SELECT @id, client_id, lead_id, integration_id, @state, 0, @now, @heldReason, is_test, id,
       CASE WHEN json_type(steps, '$.options') = 'object'
         THEN json_object('options', json(json_extract(steps, '$.options'))) END,
       @now, @now
     FROM dispatches WHERE id = @source RETURNING *`,
  );
  const attempts = q<[string], AttemptRow>(
    `SELECT a.number, a.started_at, a.duration_ms, a.outcome, a.error_class, a.status_code, a.message, a.calls,
       a.response_headers, a.response_excerpt, a.notes, b.number AS batch_number, b.remote_id AS batch_remote_id,
       b.state AS batch_state, b.remote_status AS batch_status, b.contacts AS batch_contacts, b.failed AS batch_failed
     FROM dispatch_attempts a LEFT JOIN dispatch_batches b ON b.id = a.batch_id
     WHERE a.dispatch_id = ? ORDER BY a.id`,
  );
  // "Latest" by rowid: two dispatches of a pair can share a millisecond, never a rowid.
  const bulk = q<[Record<string, unknown>], { id: string }>(
    `SELECT d.id FROM dispatches d
     WHERE d.client_id = @clientId AND (@integrationId IS NULL OR d.integration_id = @integrationId)
       AND d.state IN (SELECT value FROM json_each(@states)) AND d.is_test = 0
       AND (@from IS NULL OR d.created_at >= @from) AND (@to IS NULL OR d.created_at <= @to)
       AND NOT EXISTS (SELECT 1 FROM dispatches n
                       WHERE n.lead_id = d.lead_id AND n.integration_id = d.integration_id AND n.rowid > d.rowid)
     ORDER BY d.created_at, d.rowid`,
  );
  // `+state`: looked up by lead, never by walking every pending dispatch of every client.
  const openOfLeads = q<[string], DispatchRow>(
    `SELECT * FROM dispatches WHERE lead_id IN (SELECT value FROM json_each(?)) AND is_test = 0
       AND +state IN ('pending','retrying','held','sending') ORDER BY rowid`,
  );
  // `+d.state` too: by state, every page of a re-score walked all the cancelled dispatches.
  const requeueCandidates = q<[string], DispatchRow>(
    `SELECT d.* FROM dispatches d
     WHERE d.id IN (SELECT value FROM json_each(?)) AND +d.state = 'cancelled' AND d.is_test = 0
       AND NOT EXISTS (SELECT 1 FROM dispatches n
                       WHERE n.lead_id = d.lead_id AND n.integration_id = d.integration_id
                         AND (n.rowid > d.rowid OR n.state = 'sent'))
     ORDER BY d.rowid`,
  );
  const superseded = q<[string], { id: string }>(
    `SELECT d.id FROM dispatches d WHERE d.id IN (SELECT value FROM json_each(?))
       AND EXISTS (SELECT 1 FROM dispatches n
                   WHERE n.lead_id = d.lead_id AND n.integration_id = d.integration_id AND n.rowid > d.rowid)`,
  );
  const countHeld = q<[string], { n: number }>(
    `SELECT count(*) AS n FROM dispatches WHERE state = 'held' AND held_reason = ?`,
  );
  const countOpen = q<[], { n: number }>(
    `SELECT count(*) AS n FROM dispatches WHERE state IN ('pending','retrying','sending','held')`,
  );

  const resend = sqlite.transaction((id: string, now: number, start: { state: string; heldReason: string | null }) => {
    const source = get.get(id);
    if (!source) return { refused: 'not_found' as const };
    if (!['sent', 'error', 'cancelled'].includes(source.state)) return { refused: 'not_finished' as const };
    if (activeForPair.get(source.lead_id, source.integration_id)) return { refused: 'in_progress' as const };
    const row = insertResend.get({
      id: timeOrderedUuid(),
      state: start.state,
      heldReason: start.heldReason,
      now,
      source: id,
    });
    return row ? { row } : { refused: 'not_found' as const };
  });

  return {
    holdIntegration: (integrationId, reason, now) => hold.all(reason, now, integrationId),
    release: (scope, now) =>
      release.all({ now, reasons: JSON.stringify(scope.reasons), integrationId: scope.integrationId ?? null }),
    setIntegrationStatus: (id, status, reason, now, onlyFrom) =>
      setStatus.run({ id, status, reason, now, from: onlyFrom ? JSON.stringify(onlyFrom) : null }).changes > 0,
    retryNow: (id, now) => retryNow.get({ now, id }) ?? null,
    cancel: (id, now) => cancel.get({ now, id }) ?? null,
    requestCancel: (id, now) => requestCancel.get({ now, id }) ?? null,
    resend: (id, now, start) => resend.immediate(id, now, start),
    get: (id) => get.get(id) ?? null,
    list(query) {
      const where: string[] = [];
      const params: Record<string, unknown> = { limit: query.limit };
      if (query.clientId !== undefined) where.push('client_id = @clientId');
      if (query.leadId !== undefined) where.push('lead_id = @leadId');
      if (query.integrationId !== undefined) where.push('integration_id = @integrationId');
      if (query.states !== undefined) where.push('state IN (SELECT value FROM json_each(@states))');
      Object.assign(params, {
        clientId: query.clientId,
        leadId: query.leadId,
        integrationId: query.integrationId,
        states: query.states ? JSON.stringify(query.states) : undefined,
      });
      for (const k of Object.keys(params)) if (params[k] === undefined) delete params[k];
      const sql = `SELECT * FROM dispatches ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
                   ORDER BY created_at DESC, rowid DESC LIMIT @limit`;
      return sqlite.prepare<[Record<string, unknown>], DispatchRow>(sql).all(params);
    },
    attempts: (id) => attempts.all(id),
    bulkCandidates: (query) =>
      bulk
        .all({
          clientId: query.clientId,
          integrationId: query.integrationId ?? null,
          states: JSON.stringify(query.states),
          from: query.from ?? null,
          to: query.to ?? null,
        })
        .map((r) => r.id),
    openOfLeads: (leadIds) => (leadIds.length === 0 ? [] : openOfLeads.all(JSON.stringify(leadIds))),
    requeueCandidates: (ids) => (ids.length === 0 ? [] : requeueCandidates.all(JSON.stringify(ids))),
    superseded: (ids) => (ids.length === 0 ? [] : superseded.all(JSON.stringify(ids)).map((r) => r.id)),
    countHeld: (reason) => countHeld.get(reason)?.n ?? 0,
    countOpen: () => countOpen.get()?.n ?? 0,
  };
}
