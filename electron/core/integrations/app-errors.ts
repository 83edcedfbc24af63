import type { FieldIssue } from '#contract/envelope';
import { AppError } from '../errors';
import { ConnectorError } from './connector';

function credentialIssues(message: string): FieldIssue[] {
  return [
    { path: ['apiUrl'], reason: 'rejected', message },
    { path: ['apiKey'], reason: 'rejected', message },
  ];
}

/**
 * A remote failure during a wizard lookup, as the envelope's stable codes: a refused key is
 * `auth_failed` (on both fields: AC cannot tell a wrong key from a wrong account URL), a limit
 * is `rate_limited`, an unreachable or failing server `unavailable`, and a refusal of the request
 * itself `invalid_input`, with AC's own words kept in the message.
 */
export function toAppError(err: ConnectorError): AppError {
  const base = typeof err.details === 'object' && err.details !== null ? (err.details as Record<string, unknown>) : {};
  switch (err.errorClass) {
    case 'auth':
      return new AppError('auth_failed', err.message, { ...base, issues: credentialIssues(err.message) });
    case 'rate_limited':
      return new AppError('rate_limited', err.message, { ...base, retryAfterMs: err.retryAfterMs ?? null });
    case 'transient':
    case 'offline':
      return new AppError('unavailable', err.message, { ...base, errorClass: err.errorClass });
    case 'permanent':
      return new AppError('invalid_input', err.message, base);
  }
}

/** Runs a remote call for a handler; classified failures leave as AppErrors, anything else as is. */
export async function remote<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (err) {
    throw err instanceof ConnectorError ? toAppError(err) : err;
  }
}
