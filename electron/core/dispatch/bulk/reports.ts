import type { RecordedCall } from '#contract';
import type { ConnectorError } from '../../integrations/connector';
import type { ResolvedIntegration } from '../integrations';
import type { EngineLimits } from '../limits';
import type { Completion, Leased } from '../outbox';
import { decideFailure, type AttemptReport } from '../policy';
import type { DispatchRow } from '../rows';
import type { BatchRow } from './store';

/**
 * Each lead of a bulk request gets its own attempt, as on the per-contact path: what happened to
 * it, the request with its own entry (the other contacts are counted, not copied), the status
 * answer, and notes that name the import.
 */

function entryKey(entry: unknown): string | null {
  if (typeof entry !== 'object' || entry === null) return null;
  const email = (entry as { email?: unknown }).email;
  return typeof email === 'string' ? email.trim().toLowerCase() : null;
}

/** The request as one lead's attempt keeps it: its own entry, and how many others travelled with it. */
export function narrowCall(call: RecordedCall, key: string): RecordedCall {
  const body = call.requestBody;
  if (typeof body !== 'object' || body === null || !Array.isArray((body as { contacts?: unknown }).contacts)) {
    return call;
  }
  const contacts = (body as { contacts: unknown[] }).contacts;
  const index = contacts.findIndex((c) => entryKey(c) === key);
  const own = index >= 0 ? [contacts[index]] : [];
  const others = contacts.length - own.length;
  return {
    ...call,
    requestBody: {
      contacts: own,
      ...(others > 0 ? { '…': `${others} other contacts in the same request` } : {}),
      ...(index >= 0 ? { position: index } : {}),
    },
  };
}

/** "import #12 (batch 0641fbdd-…)": the app's number for the request, and the remote's id once known. */
export function requestLabel(batch: Pick<BatchRow, 'number' | 'remote_id'>, request: string): string {
  return `${request} #${batch.number}${batch.remote_id ? ` (batch ${batch.remote_id})` : ''}`;
}

export interface ReportInput {
  batch: BatchRow;
  row: DispatchRow;
  key: string;
  calls: readonly RecordedCall[];
  notes: readonly string[];
  now: number;
  statusCode: number | null;
  excerpt: string | null;
}

export function baseReport(input: ReportInput): Omit<AttemptReport, 'outcome' | 'errorClass' | 'message'> {
  return {
    durationMs: Math.max(0, input.now - (input.row.attempt_started_at ?? input.now)),
    statusCode: input.statusCode,
    calls: input.calls.map((c) => narrowCall(c, input.key)),
    responseHeaders: {},
    responseExcerpt: input.excerpt,
    notes: [...input.notes],
  };
}

export function leasedOf(row: DispatchRow): Leased {
  return { row, number: row.attempt_count + 1 };
}

/** The lead's outcome for a failure of the whole request, by the engine's ordinary policy. */
export function failureCompletion(
  input: ReportInput & { error: ConnectorError; message: string; integ: ResolvedIntegration; limits: EngineLimits },
): Completion {
  const { row, error, now, limits, integ } = input;
  const held = integ.status === 'paused' ? 'paused' : integ.status === 'needs_attention' ? 'needs_attention' : null;
  const decided = decideFailure({
    errorClass: error.errorClass,
    message: input.message,
    retryAfterMs: error.retryAfterMs,
    attemptCount: row.attempt_count,
    schedule: integ.schedule,
    now,
    retryAfterCapMs: limits.retryAfterCapMs,
    unadvisedWaitsMs: limits.unadvisedWaitsMs,
    unadvisedWaits: row.unadvised_waits,
    isTest: false,
    integrationHeld: held,
  });
  return {
    leased: leasedOf(row),
    transition: decided.transition,
    report: {
      ...baseReport(input),
      outcome: decided.outcome,
      errorClass: error.errorClass,
      statusCode: error.status ?? input.statusCode,
      message: input.message,
    },
    batchId: input.batch.id,
  };
}

/** Back to the queue without spending an attempt, to go one by one (the request could not carry it). */
export function perContactCompletion(input: ReportInput & { message: string }): Completion {
  return {
    leased: leasedOf(input.row),
    transition: { to: 'retrying', at: input.now, spend: false },
    report: { ...baseReport(input), outcome: 'failed', errorClass: null, message: input.message },
    batchId: input.batch.id,
  };
}
