import type { Sqlite } from '../db/connection';
import { timeOrderedUuid } from '../lib/ids';
import type { Completed, Completion, NewDispatch, OutboxRepository } from './outbox';
import type { DispatchRow } from './rows';
import { createOutboxQueries } from './sqlite-queries';

const TERMINAL = `('sent','skipped','error','cancelled')`;

/**
 * The outbox on SQLite with prepared statements rather than the query builder: the scheduler's
 * hot path (lease, complete) runs thousands of times a second and building SQL each time would
 * cost more than running it.
 */
export function createSqliteOutbox(sqlite: Sqlite): OutboxRepository {
  const q = <P extends unknown[], R = unknown>(sql: string) => sqlite.prepare<P, R>(sql);

  const insertRow = q<[Record<string, unknown>], DispatchRow>(
    `INSERT INTO dispatches (id, client_id, lead_id, integration_id, state, attempt_count, next_attempt_at,
       held_reason, skip_reason, is_test, resend_of, steps, created_at, updated_at, finished_at)
     VALUES (@id, @clientId, @leadId, @integrationId, @state, 0, @next, @heldReason, @skipReason, @isTest,
       @resendOf, @steps, @now, @now, @finished) RETURNING *`,
  );
  const latestForPair = q<[string, string], DispatchRow>(
    'SELECT * FROM dispatches WHERE lead_id = ? AND integration_id = ? ORDER BY rowid DESC LIMIT 1',
  );
  const activeForPair = q<[string, string], DispatchRow>(
    `SELECT * FROM dispatches WHERE lead_id = ? AND integration_id = ? AND state NOT IN ${TERMINAL}
     ORDER BY rowid DESC LIMIT 1`,
  );
  const integrationIds = q<[], { id: string }>('SELECT id FROM integrations ORDER BY rowid');
  const dueIn = q<[string, string, number, number], { id: string; at: number }>(
    `SELECT id, next_attempt_at AS at FROM dispatches
     WHERE integration_id = ? AND state = ? AND next_attempt_at <= ? ORDER BY next_attempt_at LIMIT ?`,
  );
  // ORDER BY … LIMIT 1 rather than MIN(): a guaranteed seek on (state, next_attempt_at).
  const minDue = q<[string], { at: number | null }>(
    `SELECT next_attempt_at AS at FROM dispatches WHERE state = ? AND next_attempt_at IS NOT NULL
     ORDER BY next_attempt_at LIMIT 1`,
  );
  // `+state`: the listed dispatches are found by id. By state, SQLite walked every dispatch waiting
  // to be sent (a whole backlog) for each lease.
  const leaseMany = q<[{ leaseUntil: number; now: number; ids: string }], DispatchRow>(
    `UPDATE dispatches SET state = 'sending', lease_expires_at = @leaseUntil, attempt_started_at = @now,
       updated_at = @now
     WHERE id IN (SELECT value FROM json_each(@ids)) AND +state IN ('pending','retrying') RETURNING *`,
  );
  const saveSteps = q<[string, number, string]>('UPDATE dispatches SET steps = ?, updated_at = ? WHERE id = ?');
  // The attempt row is written once, when the attempt ends; until then the dispatch's
  // attempt_started_at says one is running (and recovery turns that into an interrupted row).
  const insertAttempt = q<[Record<string, unknown>]>(
    `INSERT INTO dispatch_attempts (dispatch_id, client_id, number, started_at, duration_ms, outcome, error_class,
       status_code, message, calls, response_headers, response_excerpt, notes, batch_id)
     VALUES (@dispatchId, @clientId, @number, @startedAt, @durationMs, @outcome, @errorClass, @statusCode, @message,
       @calls, @responseHeaders, @responseExcerpt, @notes, @batchId)`,
  );
  // A cancel asked for during the attempt wins over another try (retrying, held), not over an end.
  const CANCELS = `cancel_requested_at IS NOT NULL AND @state NOT IN ('sent','error','cancelled')`;
  const finish = q<[Record<string, unknown>], DispatchRow>(
    `UPDATE dispatches SET state = CASE WHEN ${CANCELS} THEN 'cancelled' ELSE @state END,
       attempt_count = attempt_count + @spend,
       unadvised_waits = CASE WHEN @unadvised = 1 THEN unadvised_waits + 1 ELSE 0 END,
       next_attempt_at = CASE WHEN ${CANCELS} THEN NULL ELSE @next END,
       lease_expires_at = NULL, attempt_started_at = NULL,
       held_reason = CASE WHEN ${CANCELS} THEN NULL ELSE @heldReason END,
       last_error_class = @errorClass, last_error = @error,
       last_status = @status, remote_id = COALESCE(@remoteId, remote_id), updated_at = @now, batch_id = NULL,
       finished_at = CASE WHEN ${CANCELS} THEN @now ELSE @finished END
     WHERE id = @id AND state = 'sending' RETURNING *`,
  );
  const pauseIntegration = q<[string, number, string]>(
    `UPDATE integrations SET status = 'needs_attention', status_reason = ?, updated_at = ?
     WHERE id = ? AND status = 'active'`,
  );
  const holdOpen = q<[string, number, string], DispatchRow>(
    `UPDATE dispatches SET state = 'held', held_reason = ?, updated_at = ?
     WHERE integration_id = ? AND state IN ('pending','retrying') RETURNING *`,
  );
  // A dispatch carried by a bulk request (batch_id) is the bulk recovery's: it asks the remote how the request went.
  const allSending = q<[], { id: string }>(`SELECT id FROM dispatches WHERE state = 'sending' AND batch_id IS NULL`);
  const expiredSending = q<[{ before: number; keep: string }], { id: string }>(
    `SELECT id FROM dispatches WHERE state = 'sending' AND batch_id IS NULL AND lease_expires_at <= @before
       AND id NOT IN (SELECT value FROM json_each(@keep))`,
  );
  // By id as the leases are (`+state`).
  const IN_IDS = `+state = 'sending' AND id IN (SELECT value FROM json_each(@ids))`;
  const interruptAttempts = q<[{ ids: string; why: string }]>(
    `INSERT INTO dispatch_attempts (dispatch_id, client_id, number, started_at, outcome, message)
     SELECT id, client_id, attempt_count + 1, COALESCE(attempt_started_at, updated_at), 'interrupted',
       CASE WHEN cancel_requested_at IS NULL
         THEN @why || '; it is tried again.'
         ELSE @why || '; it was cancelled, as asked.' END
     FROM dispatches WHERE ${IN_IDS}`,
  );
  // A cancel asked for during the attempt still holds after a crash: the lead is not sent again.
  const cancelInterrupted = q<[{ ids: string; now: number }], DispatchRow>(
    `UPDATE dispatches SET state = 'cancelled', next_attempt_at = NULL, lease_expires_at = NULL,
       attempt_started_at = NULL, finished_at = @now, updated_at = @now
     WHERE ${IN_IDS} AND cancel_requested_at IS NOT NULL RETURNING *`,
  );
  const requeueSending = q<[{ ids: string; now: number }], DispatchRow>(
    `UPDATE dispatches SET state = CASE WHEN attempt_count = 0 THEN 'pending' ELSE 'retrying' END,
       next_attempt_at = @now, lease_expires_at = NULL, attempt_started_at = NULL, updated_at = @now
     WHERE ${IN_IDS} RETURNING *`,
  );
  const interruptions = q<[string], { n: number }>(
    `SELECT count(*) AS n FROM dispatch_attempts WHERE dispatch_id = ? AND outcome = 'interrupted'`,
  );
  const giveUp = q<[string, number, number, string], DispatchRow>(
    `UPDATE dispatches SET state = 'error', last_error_class = 'transient', last_error = ?, updated_at = ?,
       finished_at = ?, next_attempt_at = NULL WHERE id = ? RETURNING *`,
  );

  const insert = sqlite.transaction((rows: NewDispatch[], now: number, unless: 'any' | 'active') => {
    const created: DispatchRow[] = [];
    const existing: DispatchRow[] = [];
    for (const r of rows) {
      const found = (unless === 'any' ? latestForPair : activeForPair).get(r.leadId, r.integrationId);
      if (found) {
        existing.push(found);
        continue;
      }
      const row = insertRow.get({
        id: timeOrderedUuid(),
        clientId: r.clientId,
        leadId: r.leadId,
        integrationId: r.integrationId,
        state: r.state,
        // Held rows keep "now" so that releasing them sends at once.
        next: r.state === 'skipped' ? null : now,
        heldReason: r.heldReason,
        skipReason: r.skipReason,
        isTest: r.isTest ? 1 : 0,
        resendOf: r.resendOf,
        steps: r.steps ? JSON.stringify(r.steps) : null,
        now,
        finished: r.state === 'skipped' ? now : null,
      });
      if (row) created.push(row);
    }
    return { created, existing };
  });

  const completeOne = (c: Completion, now: number): Completed | null => {
    const { leased, transition: t, report } = c;
    insertAttempt.run({
      dispatchId: leased.row.id,
      clientId: leased.row.client_id,
      number: leased.number,
      startedAt: leased.row.attempt_started_at ?? now,
      durationMs: report.durationMs,
      outcome: report.outcome,
      errorClass: report.errorClass,
      statusCode: report.statusCode,
      message: report.message,
      calls: JSON.stringify(report.calls),
      responseHeaders: JSON.stringify(report.responseHeaders),
      responseExcerpt: report.responseExcerpt,
      notes: JSON.stringify(report.notes),
      batchId: c.batchId ?? null,
    });
    const terminal = t.to === 'sent' || t.to === 'error' || t.to === 'cancelled';
    const row = finish.get({
      id: leased.row.id,
      state: t.to,
      spend: t.to === 'sent' || t.spend ? 1 : 0,
      unadvised: t.to === 'retrying' && t.unadvised ? 1 : 0,
      next: t.to === 'retrying' ? t.at : t.to === 'held' ? now : null,
      heldReason: t.to === 'held' ? t.reason : null,
      errorClass: t.to === 'sent' ? null : report.errorClass,
      error: t.to === 'sent' ? null : report.message,
      status: report.statusCode,
      remoteId: t.to === 'sent' ? t.remoteId : null,
      now,
      finished: terminal ? now : null,
    });
    if (!row) return null;
    let alsoHeld: DispatchRow[] = [];
    let integrationStatus: Completed['integrationStatus'] = null;
    if (t.to === 'held' && t.needsAttention !== undefined) {
      if (pauseIntegration.run(t.needsAttention, now, row.integration_id).changes > 0) {
        integrationStatus = { status: 'needs_attention', reason: t.needsAttention };
      }
      alsoHeld = holdOpen.all('needs_attention', now, row.integration_id);
    }
    return { row, alsoHeld, integrationStatus };
  };
  const complete = sqlite.transaction((items: readonly Completion[], now: number) =>
    items.map((c) => completeOne(c, now)),
  );

  /** The given `sending` dispatches' attempts end as interrupted, and the dispatches go back in the queue. */
  const reclaim = (ids: readonly string[], now: number, maxInterruptions: number, why: string): DispatchRow[] => {
    if (ids.length === 0) return [];
    const json = JSON.stringify(ids);
    interruptAttempts.run({ ids: json, why });
    const cancelled = cancelInterrupted.all({ ids: json, now });
    const rows = requeueSending.all({ ids: json, now });
    return [...cancelled, ...rows].map((row) => {
      if (row.state === 'cancelled') return row;
      const n = interruptions.get(row.id)?.n ?? 0;
      if (n < maxInterruptions) return row;
      // A lead that stops the app every time it is sent must not stop it forever.
      const message = `The app stopped ${n} times while sending this lead; it is not tried again.`;
      return giveUp.get(message, now, now, row.id) ?? row;
    });
  };
  const recover = sqlite.transaction((now: number, maxInterruptions: number) => {
    const ids = allSending.all().map((r) => r.id);
    return reclaim(ids, now, maxInterruptions, 'The app stopped while this attempt was running');
  });
  const reclaimExpired = sqlite.transaction((now: number, keep: readonly string[], maxInterruptions: number) => {
    const ids = expiredSending.all({ before: now, keep: JSON.stringify(keep) }).map((r) => r.id);
    return reclaim(ids, now, maxInterruptions, 'This attempt outlived its lease and was given up');
  });

  return {
    transaction: <T>(fn: () => T): T => sqlite.transaction(fn).immediate(),
    insert: (rows, now, unless) => insert.immediate(rows, now, unless),
    integrationIds: () => integrationIds.all().map((r) => r.id),
    dueFor(integrationId, now, limit) {
      const rows = [
        ...dueIn.all(integrationId, 'pending', now, limit),
        ...dueIn.all(integrationId, 'retrying', now, limit),
      ];
      if (rows.length > limit) rows.sort((a, b) => a.at - b.at).length = limit;
      return rows.map((r) => r.id);
    },
    // One statement (an implicit transaction) for the whole batch.
    lease: (ids, now, leaseUntil) =>
      leaseMany
        .all({ leaseUntil, now, ids: JSON.stringify(ids) })
        .map((row) => ({ row, number: row.attempt_count + 1 })),
    nextDueAt() {
      const times = [minDue.get('pending')?.at, minDue.get('retrying')?.at].filter(
        (t): t is number => typeof t === 'number',
      );
      return times.length > 0 ? Math.min(...times) : null;
    },
    saveSteps: (id, steps, now) => void saveSteps.run(JSON.stringify(steps), now, id),
    complete: (items, now) => complete.immediate(items, now),
    recover: (now, maxInterruptions) => recover.immediate(now, maxInterruptions),
    reclaimExpired: (now, keep, maxInterruptions) => reclaimExpired.immediate(now, keep, maxInterruptions),
    ...createOutboxQueries(sqlite),
  };
}
