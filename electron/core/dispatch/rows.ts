import {
  attemptOutcomes,
  dispatchErrorClasses,
  dispatchStates,
  heldReasons,
  type AttemptView,
  type DispatchChange,
  type DispatchState,
  type DispatchView,
  type HeldReason,
  type RecordedCall,
} from '#contract';
import type { ErrorClass } from '../integrations/connector';

/** A `dispatches` row as SQLite answers it (the outbox uses raw statements; see sqlite-outbox.ts). */
export interface DispatchRow {
  id: string;
  client_id: string;
  lead_id: string;
  integration_id: string;
  state: string;
  attempt_count: number;
  next_attempt_at: number | null;
  lease_expires_at: number | null;
  attempt_started_at: number | null;
  cancel_requested_at: number | null;
  unadvised_waits: number;
  steps: string | null;
  held_reason: string | null;
  skip_reason: string | null;
  last_error_class: string | null;
  last_error: string | null;
  last_status: number | null;
  is_test: number;
  remote_id: string | null;
  resend_of: string | null;
  created_at: number;
  updated_at: number;
  finished_at: number | null;
}

export interface AttemptRow {
  number: number;
  started_at: number;
  duration_ms: number | null;
  outcome: string;
  error_class: string | null;
  status_code: number | null;
  message: string | null;
  calls: string | null;
  response_headers: string | null;
  response_excerpt: string | null;
  notes: string | null;
  /** From the bulk request the attempt went through, when it did (LEFT JOIN dispatch_batches). */
  batch_number?: number | null;
  batch_remote_id?: string | null;
  batch_state?: string | null;
  batch_status?: string | null;
  batch_contacts?: number | null;
  batch_failed?: number | null;
}

function oneOf<T extends string>(values: readonly T[], value: string | null, fallback: T): T {
  return value !== null && (values as readonly string[]).includes(value) ? (value as T) : fallback;
}

function maybeOneOf<T extends string>(values: readonly T[], value: string | null): T | null {
  return value !== null && (values as readonly string[]).includes(value) ? (value as T) : null;
}

function json<T>(text: string | null, fallback: T): T {
  if (text === null) return fallback;
  try {
    return JSON.parse(text) as T;
  } catch {
    return fallback;
  }
}

export function toChange(row: DispatchRow): DispatchChange {
  return {
    id: row.id,
    clientId: row.client_id,
    leadId: row.lead_id,
    integrationId: row.integration_id,
    state: oneOf<DispatchState>(dispatchStates, row.state, 'error'),
    attemptCount: row.attempt_count,
    nextAttemptAt: row.next_attempt_at,
    heldReason: maybeOneOf<HeldReason>(heldReasons, row.held_reason),
    lastError: row.last_error,
  };
}

export function toView(row: DispatchRow): DispatchView {
  return {
    ...toChange(row),
    skipReason: row.skip_reason,
    lastErrorClass: maybeOneOf<ErrorClass>(dispatchErrorClasses, row.last_error_class),
    lastStatus: row.last_status,
    remoteId: row.remote_id,
    resendOf: row.resend_of,
    isTest: row.is_test === 1,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    finishedAt: row.finished_at,
  };
}

export function toAttemptView(row: AttemptRow): AttemptView {
  return {
    number: row.number,
    startedAt: row.started_at,
    durationMs: row.duration_ms,
    outcome: oneOf(attemptOutcomes, row.outcome, 'failed'),
    errorClass: maybeOneOf<ErrorClass>(dispatchErrorClasses, row.error_class),
    statusCode: row.status_code,
    message: row.message,
    calls: json<RecordedCall[]>(row.calls, []),
    responseHeaders: json<Record<string, string>>(row.response_headers, {}),
    responseExcerpt: row.response_excerpt,
    notes: json<string[]>(row.notes, []),
    bulk:
      row.batch_number === null || row.batch_number === undefined
        ? null
        : {
            number: row.batch_number,
            remoteId: row.batch_remote_id ?? null,
            state: row.batch_state ?? '',
            remoteStatus: row.batch_status ?? null,
            contacts: row.batch_contacts ?? 0,
            failed: row.batch_failed ?? null,
          },
  };
}

export function parseSteps(text: string | null): Record<string, unknown> {
  const value = json<unknown>(text, {});
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}
