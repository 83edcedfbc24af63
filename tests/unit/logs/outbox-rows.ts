import { randomUUID } from 'node:crypto';
import type { Core } from '../../../electron/core';
import type { DispatchState } from '#contract';
import { seedLead } from '../support/dispatch-core';

export interface DispatchRowSeed {
  clientId: string;
  integrationId: string;
  state: DispatchState;
  createdAt: number;
  updatedAt?: number;
  attemptCount?: number;
}

/** A dispatch as the engine would have left it, written straight into the outbox. */
export function insertDispatch(core: Core, d: DispatchRowSeed): string {
  const id = randomUUID();
  const leadId = seedLead(core, d.clientId);
  core.forTests.sqlite
    .prepare(
      `INSERT INTO dispatches (id, client_id, lead_id, integration_id, state, attempt_count, is_test, created_at,
         updated_at) VALUES (?, ?, ?, ?, ?, ?, 0, ?, ?)`,
    )
    .run(
      id,
      d.clientId,
      leadId,
      d.integrationId,
      d.state,
      d.attemptCount ?? 1,
      d.createdAt,
      d.updatedAt ?? d.createdAt,
    );
  return id;
}

/** Attempt rows of one dispatch, numbered from 1, started at the given times. */
export function insertAttempts(core: Core, dispatchId: string, startedAt: number[]): void {
  const clientId = core.forTests.sqlite
    .prepare<[string], { client_id: string }>('SELECT client_id FROM dispatches WHERE id = ?')
    .get(dispatchId)!.client_id;
  const insert = core.forTests.sqlite.prepare(
    `INSERT INTO dispatch_attempts (dispatch_id, client_id, number, started_at, outcome) VALUES (?, ?, ?, ?, 'failed')`,
  );
  startedAt.forEach((t, i) => insert.run(dispatchId, clientId, i + 1, t));
}

export function attemptTimes(core: Core, dispatchId: string): number[] {
  return core.forTests.sqlite
    .prepare<[string], { started_at: number }>(
      'SELECT started_at FROM dispatch_attempts WHERE dispatch_id = ? ORDER BY number',
    )
    .all(dispatchId)
    .map((r) => r.started_at);
}
