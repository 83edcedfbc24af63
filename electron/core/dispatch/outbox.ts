import type { DispatchState, HeldReason } from '#contract';
import type { AttemptReport, Transition } from './policy';
import type { AttemptRow, DispatchRow } from './rows';

/**
 * The outbox as the engine needs it. Every method that changes a dispatch is one transaction, so
 * a crash leaves each dispatch either before or after a transition, never half-way.
 *
 * Kept this small on purpose: the SQLite implementation could be swapped for a PostgreSQL job
 * queue (`FOR UPDATE SKIP LOCKED` in `lease`, `lease_expires_at` reclaimed by `reclaimExpired`) if the
 * app ever runs several workers over one database.
 */
export interface OutboxRepository {
  /** Runs several of the calls below as one transaction (e.g. pausing an integration and holding its work). */
  transaction<T>(fn: () => T): T;
  /**
   * Creates dispatches in one transaction. `unless: 'any'` skips a (lead, integration) pair that
   * already has a dispatch (enqueueing a lead twice is harmless); `unless: 'active'` answers the
   * pair's dispatch that is still in progress instead of creating another.
   */
  insert(
    rows: NewDispatch[],
    now: number,
    unless: 'any' | 'active',
  ): { created: DispatchRow[]; existing: DispatchRow[] };
  /** Every integration id, for the scheduler's round-robin over remote accounts. */
  integrationIds(): string[];
  /** One integration's due work, oldest first. */
  dueFor(integrationId: string, now: number, limit: number): string[];
  /** pending | retrying → sending, stamped with the attempt's start. */
  lease(ids: readonly string[], now: number, leaseUntil: number): Leased[];
  /** The earliest time anything becomes due (null when nothing waits). */
  nextDueAt(): number | null;
  saveSteps(id: string, steps: Record<string, unknown>, now: number): void;
  /**
   * Closes attempts and applies their transitions, in order, in one transaction (group commit:
   * attempts finishing in the same turn share the commit; each stays all-or-nothing). An entry is
   * null when its dispatch had left `sending`.
   */
  complete(items: readonly Completion[], now: number): Array<Completed | null>;
  /** At start-up: every `sending` dispatch belonged to a process that died; its attempt was interrupted. */
  recover(now: number, maxInterruptions: number): DispatchRow[];
  /**
   * While running: `sending` dispatches whose lease ended before `now`, except `keep` (attempts this
   * process still runs), are interrupted and queued again, as `recover` does at start-up. They were
   * left by a worker that died, or by an attempt that never ended.
   */
  reclaimExpired(now: number, keep: readonly string[], maxInterruptions: number): DispatchRow[];
  /** pending | retrying of one integration → held. */
  holdIntegration(integrationId: string, reason: HeldReason, now: number): DispatchRow[];
  /** held for one of `reasons` → back in the queue, keeping any retry time still ahead. */
  release(scope: { integrationId?: string; reasons: readonly HeldReason[] }, now: number): DispatchRow[];
  setIntegrationStatus(
    integrationId: string,
    status: string,
    reason: string | null,
    now: number,
    onlyFrom?: readonly string[],
  ): boolean;
  retryNow(id: string, now: number): DispatchRow | null;
  cancel(id: string, now: number): DispatchRow | null;
  /** Notes that the user cancelled while an attempt runs (the attempt is then aborted). */
  requestCancel(id: string, now: number): DispatchRow | null;
  /** A new dispatch for the same lead and integration, unless one is still in progress. */
  resend(id: string, now: number, start: { state: DispatchState; heldReason: HeldReason | null }): ResendResult;
  get(id: string): DispatchRow | null;
  list(q: ListQuery): DispatchRow[];
  attempts(id: string): AttemptRow[];
  bulkCandidates(q: BulkQuery): string[];
  /** The real (not test) dispatches of these leads still to be sent: pending, retrying, held or sending. */
  openOfLeads(leadIds: readonly string[]): DispatchRow[];
  /**
   * Of these dispatches, the cancelled ones that are still the latest of their lead and integration,
   * for a pair that was never sent: the ones that may be queued again.
   */
  requeueCandidates(ids: readonly string[]): DispatchRow[];
  /** Of these dispatches, the ones a newer dispatch of the same lead and integration followed. */
  superseded(ids: readonly string[]): string[];
  countHeld(reason: HeldReason): number;
  countOpen(): number;
}

export interface NewDispatch {
  clientId: string;
  leadId: string;
  integrationId: string;
  state: 'pending' | 'held' | 'skipped';
  heldReason: HeldReason | null;
  skipReason: string | null;
  isTest: boolean;
  resendOf: string | null;
  /**
   * The steps it starts with: what the dispatch was asked to do (a test lead's choices, under
   * `options`), which a resend keeps. Null for an ordinary lead.
   */
  steps?: Record<string, unknown> | null;
}

export interface Leased {
  row: DispatchRow;
  /** The attempt number this try runs as (spent attempts + 1). */
  number: number;
}

export interface Completion {
  leased: Leased;
  transition: Transition;
  report: AttemptReport;
  /** The bulk request (dispatch_batches) the attempt went through. */
  batchId?: string;
}

export interface Completed {
  row: DispatchRow;
  /** Other dispatches held because the integration now needs attention. */
  alsoHeld: DispatchRow[];
  /** Set when this transition paused the integration. */
  integrationStatus: { status: string; reason: string } | null;
}

export type ResendResult = { row: DispatchRow } | { refused: 'not_found' | 'not_finished' | 'in_progress' };

export interface ListQuery {
  clientId?: string;
  leadId?: string;
  integrationId?: string;
  states?: readonly string[];
  limit: number;
}

export interface BulkQuery {
  clientId: string;
  integrationId?: string;
  states: readonly string[];
  from?: number;
  to?: number;
}
