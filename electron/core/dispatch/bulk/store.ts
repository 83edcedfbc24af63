import { randomUUID } from 'node:crypto';
import type { RecordedCall } from '#contract';
import type { Sqlite } from '../../db/connection';
import type { Completed, Completion, Leased, OutboxRepository } from '../outbox';
import type { DispatchRow } from '../rows';

/** A `dispatch_batches` row as SQLite answers it. */
export interface BatchRow {
  id: string;
  number: number;
  client_id: string;
  integration_id: string;
  state: 'recorded' | 'submitted' | 'following' | 'done' | 'refused' | 'failed';
  contacts: number;
  remote_id: string | null;
  remote_status: string | null;
  failed: number | null;
  polls: number;
  next_poll_at: number | null;
  interruptions: number;
  calls: string | null;
  notes: string | null;
  created_at: number;
  submitted_at: number | null;
  finished_at: number | null;
}

export interface BatchItem {
  position: number;
  row: DispatchRow;
}

export type BatchEnd = 'done' | 'failed' | 'refused' | 'following';

/**
 * A dispatch that may go in a bulk request: a real lead (a test lead always goes on its own) that
 * no bulk request sent back to the per-contact path (`steps.bulk`), and that is not waiting for
 * the per-contact step left after an import (`steps.imported`).
 */
const ELIGIBLE = `is_test = 0 AND (steps IS NULL OR (json_extract(steps, '$.bulk') IS NULL
  AND json_extract(steps, '$.imported') IS NULL))`;

const OPEN = `('recorded','submitted','following')`;

const RECOVERY_NOTES: Partial<Record<BatchRow['state'], string>> = {
  recorded:
    'The app stopped before the CRM confirmed this request; it was sent again, which adds no one twice ' +
    '(a bulk request updates contacts by e-mail).',
  submitted: 'The app stopped while this request was running; its status was asked for again, not the request.',
  following: 'The app stopped after this request, during the steps left for some of its leads.',
};

function parse<T>(text: string | null, fallback: T): T {
  if (text === null) return fallback;
  try {
    return JSON.parse(text) as T;
  } catch {
    return fallback;
  }
}

export function batchNotes(batch: BatchRow): string[] {
  return parse<string[]>(batch.notes, []);
}

/**
 * The bulk requests on SQLite. Each method that changes dispatches is one transaction: a batch is
 * recorded together with the dispatches it leases, and settled together with every outcome.
 */
export function createBatchStore(sqlite: Sqlite, outbox: OutboxRepository) {
  const q = <P extends unknown[], R = unknown>(sql: string) => sqlite.prepare<P, R>(sql);

  const countDue = q<[{ integrationId: string; state: string; now: number; limit: number }], { n: number }>(
    `SELECT count(*) AS n FROM (SELECT 1 FROM dispatches WHERE integration_id = @integrationId AND state = @state
       AND next_attempt_at <= @now AND ${ELIGIBLE} LIMIT @limit)`,
  );
  const due = q<
    [{ integrationId: string; state: string; now: number; limit: number }],
    { id: string; lead_id: string; at: number }
  >(
    `SELECT id, lead_id, next_attempt_at AS at FROM dispatches WHERE integration_id = @integrationId
       AND state = @state AND next_attempt_at <= @now AND ${ELIGIBLE} ORDER BY next_attempt_at LIMIT @limit`,
  );
  const dueOthers = q<
    [{ integrationId: string; state: string; now: number; limit: number }],
    { id: string; at: number }
  >(
    `SELECT id, next_attempt_at AS at FROM dispatches WHERE integration_id = @integrationId AND state = @state
       AND next_attempt_at <= @now AND NOT (${ELIGIBLE}) ORDER BY next_attempt_at LIMIT @limit`,
  );
  // `+state`: found by id, not by walking the whole backlog (as the outbox's lease).
  const lease = q<[{ ids: string; batchId: string; now: number }], DispatchRow>(
    `UPDATE dispatches SET state = 'sending', batch_id = @batchId, lease_expires_at = NULL, attempt_started_at = @now,
       updated_at = @now
     WHERE id IN (SELECT value FROM json_each(@ids)) AND +state IN ('pending','retrying') RETURNING *`,
  );
  const insertBatch = q<[Record<string, unknown>], BatchRow>(
    `INSERT INTO dispatch_batches (id, number, client_id, integration_id, state, contacts, calls, notes, created_at)
     VALUES (@id, (SELECT COALESCE(MAX(number), 0) + 1 FROM dispatch_batches), @clientId, @integrationId, 'recorded',
       @contacts, '[]', @notes, @now) RETURNING *`,
  );
  const insertItem = q<[string, number, string]>(
    'INSERT INTO dispatch_batch_items (batch_id, position, dispatch_id) VALUES (?, ?, ?)',
  );
  const getBatch = q<[string], BatchRow>('SELECT * FROM dispatch_batches WHERE id = ?');
  // Without `calls`: the requests sent, bodies included, are read only when a batch settles.
  const openBatches = q<[], BatchRow>(
    `SELECT id, number, client_id, integration_id, state, contacts, remote_id, remote_status, failed, polls,
       next_poll_at, interruptions, NULL AS calls, notes, created_at, submitted_at, finished_at
     FROM dispatch_batches WHERE state IN ${OPEN} ORDER BY number`,
  );
  const callsOf = q<[string], { calls: string | null }>('SELECT calls FROM dispatch_batches WHERE id = ?');
  const items = q<[string, string], DispatchRow & { position: number }>(
    `SELECT d.*, i.position AS position FROM dispatch_batch_items i JOIN dispatches d ON d.id = i.dispatch_id
     WHERE i.batch_id = ? AND d.batch_id = ? AND d.state = 'sending' ORDER BY i.position`,
  );
  const submitted = q<[Record<string, unknown>]>(
    `UPDATE dispatch_batches SET state = 'submitted', remote_id = @remoteId, submitted_at = @now,
       next_poll_at = @nextPollAt, polls = 0, calls = @calls WHERE id = @id AND state = 'recorded'`,
  );
  const pollLater = q<[Record<string, unknown>]>(
    `UPDATE dispatch_batches SET remote_status = COALESCE(@status, remote_status), polls = polls + 1,
       next_poll_at = @nextPollAt WHERE id = @id AND state = 'submitted'`,
  );
  const resubmit = q<[{ id: string; note: string }]>(
    `UPDATE dispatch_batches SET state = 'recorded', remote_id = NULL, remote_status = NULL, next_poll_at = NULL,
       notes = json_insert(COALESCE(notes, '[]'), '$[#]', @note) WHERE id = @id AND state = 'submitted'`,
  );
  // Once its leads are settled, each attempt keeps its own part of the request: the whole body goes.
  const end = q<[Record<string, unknown>]>(
    `UPDATE dispatch_batches SET state = @state, remote_status = COALESCE(@status, remote_status),
       failed = COALESCE(@failed, failed), next_poll_at = NULL,
       calls = CASE WHEN @state = 'following' THEN calls ELSE NULL END,
       finished_at = CASE WHEN @state = 'following' THEN NULL ELSE @now END WHERE id = @id`,
  );
  const setSteps = q<[string, number, string]>('UPDATE dispatches SET steps = ?, updated_at = ? WHERE id = ?');
  const moveItems = q<[{ to: string; ids: string; now: number }]>(
    `UPDATE dispatches SET batch_id = @to, updated_at = @now WHERE id IN (SELECT value FROM json_each(@ids))`,
  );
  const interrupted = q<[{ id: string; note: string }]>(
    `UPDATE dispatch_batches SET interruptions = interruptions + 1,
       notes = json_insert(COALESCE(notes, '[]'), '$[#]', @note) WHERE id = @id`,
  );
  const releaseFollowing = q<[number, string], DispatchRow>(
    `UPDATE dispatches SET batch_id = NULL, updated_at = ? WHERE batch_id = ? AND state = 'sending' RETURNING *`,
  );
  const countOpen = q<[], { n: number }>(`SELECT count(*) AS n FROM dispatch_batches WHERE state IN ${OPEN}`);

  /** Leases `ids` into a new batch, in this order; null when none of them could be leased any more. */
  const record = sqlite.transaction(
    (input: { clientId: string; integrationId: string; ids: readonly string[]; now: number; notes?: string[] }) => {
      const id = randomUUID();
      const rows = lease.all({ ids: JSON.stringify(input.ids), batchId: id, now: input.now });
      if (rows.length === 0) return null;
      const byId = new Map(rows.map((r) => [r.id, r]));
      const ordered = input.ids.flatMap((d) => byId.get(d) ?? []);
      const batch = insertBatch.get({
        id,
        clientId: input.clientId,
        integrationId: input.integrationId,
        contacts: ordered.length,
        notes: JSON.stringify(input.notes ?? []),
        now: input.now,
      });
      if (!batch) throw new Error('The batch was not recorded.');
      ordered.forEach((row, position) => insertItem.run(id, position, row.id));
      const leased: Leased[] = ordered.map((row) => ({ row, number: row.attempt_count + 1 }));
      return { batch, leased };
    },
  );

  /**
   * Settles dispatches of a batch and moves the batch on, in one transaction: outcomes (each with
   * its attempt), steps that a later send reads, and the rest of a refused batch into a new one.
   */
  const settle = sqlite.transaction(
    (input: {
      batchId: string;
      state: BatchEnd;
      now: number;
      status?: string | null;
      failed?: number | null;
      completions: readonly Completion[];
      steps?: ReadonlyArray<{ dispatchId: string; steps: Record<string, unknown> }>;
      rest?: { ids: readonly string[]; clientId: string; integrationId: string; notes: string[] };
    }) => {
      for (const s of input.steps ?? []) setSteps.run(JSON.stringify(s.steps), input.now, s.dispatchId);
      const results = input.completions.length > 0 ? outbox.complete(input.completions, input.now) : [];
      end.run({
        id: input.batchId,
        state: input.state,
        status: input.status ?? null,
        failed: input.failed ?? null,
        now: input.now,
      });
      let next: BatchRow | null = null;
      if (input.rest && input.rest.ids.length > 0) {
        const id = randomUUID();
        next =
          insertBatch.get({
            id,
            clientId: input.rest.clientId,
            integrationId: input.rest.integrationId,
            contacts: input.rest.ids.length,
            notes: JSON.stringify(input.rest.notes),
            now: input.now,
          }) ?? null;
        input.rest.ids.forEach((d, position) => insertItem.run(id, position, d));
        moveItems.run({ to: id, ids: JSON.stringify(input.rest.ids), now: input.now });
      }
      return { results, next };
    },
  );

  /**
   * At start-up: every open batch was interrupted. Recorded ones are sent again (an import updates
   * contacts by e-mail, so a repeat adds no one twice), submitted ones are asked for their status,
   * and the leads a finished import left for a per-contact step go back to the ordinary recovery.
   */
  const recover = sqlite.transaction((now: number) => {
    const released: DispatchRow[] = [];
    for (const batch of openBatches.all()) {
      interrupted.run({ id: batch.id, note: RECOVERY_NOTES[batch.state] ?? 'The app stopped during this import.' });
      if (batch.state === 'following') {
        released.push(...releaseFollowing.all(now, batch.id));
        end.run({ id: batch.id, state: 'done', status: null, failed: null, now });
      }
    }
    return { released, open: openBatches.all() };
  });

  function dueOf(
    stmt: typeof due | typeof dueOthers,
    integrationId: string,
    now: number,
    limit: number,
  ): Array<{ id: string; lead_id?: string; at: number }> {
    const rows = [
      ...stmt.all({ integrationId, state: 'pending', now, limit }),
      ...stmt.all({ integrationId, state: 'retrying', now, limit }),
    ];
    rows.sort((a, b) => a.at - b.at);
    return rows.slice(0, limit);
  }

  return {
    /** Due dispatches a bulk request could carry, counted up to `limit` (enough to decide). */
    eligibleCount(integrationId: string, now: number, limit: number): number {
      const count = (state: string) => countDue.get({ integrationId, state, now, limit })?.n ?? 0;
      return Math.min(limit, count('pending') + count('retrying'));
    },
    eligibleDue: (integrationId: string, now: number, limit: number) =>
      dueOf(due, integrationId, now, limit) as Array<{ id: string; lead_id: string; at: number }>,
    /** While an integration sends in bulk: its due dispatches that go one by one (test leads…). */
    othersDue: (integrationId: string, now: number, limit: number) =>
      dueOf(dueOthers, integrationId, now, limit).map((r) => r.id),
    record: (input: Parameters<typeof record>[0]) => record.immediate(input),
    get: (id: string) => getBatch.get(id) ?? null,
    /** The requests a batch sent (redacted, bodies whole), for its leads' attempts. */
    calls: (id: string): RecordedCall[] => parse<RecordedCall[]>(callsOf.get(id)?.calls ?? null, []),
    open: () => openBatches.all(),
    countOpen: () => countOpen.get()?.n ?? 0,
    items(batchId: string): BatchItem[] {
      return items.all(batchId, batchId).map(({ position, ...row }) => ({ position, row }));
    },
    submitted(id: string, remoteId: string, now: number, nextPollAt: number, calls: RecordedCall[]): void {
      submitted.run({ id, remoteId, now, nextPollAt, calls: JSON.stringify(calls) });
    },
    pollLater(id: string, status: string | null, nextPollAt: number): void {
      pollLater.run({ id, status, nextPollAt });
    },
    resubmit(id: string, note: string): void {
      resubmit.run({ id, note });
    },
    settle: (input: Parameters<typeof settle>[0]): { results: Array<Completed | null>; next: BatchRow | null } =>
      settle.immediate(input),
    /** Outcomes of leads leaving a batch that goes on (a lead deleted before its request went out). */
    completeOnly: (completions: readonly Completion[], now: number): Array<Completed | null> =>
      completions.length > 0 ? outbox.complete(completions, now) : [],
    /** A lead a finished import left for a per-contact step has ended it: the batch is done with the last one. */
    finishIfEmpty(batchId: string, now: number): void {
      if (items.all(batchId, batchId).length === 0) {
        end.run({ id: batchId, state: 'done', status: null, failed: null, now });
      }
    },
    recover: (now: number) => recover.immediate(now),
  };
}

export type BatchStore = ReturnType<typeof createBatchStore>;
