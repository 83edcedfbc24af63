/**
 * Pipedrive's answers: every body is `{success, data, additional_data}` on success and
 * `{success: false, error, error_info?, errorCode?}` on failure (docs/crm/pipedrive.md §2, §7). The 401 body is
 * the spec's, verbatim; other error texts follow the same shape, and each choice docs/crm/pipedrive.md does not
 * show is marked where it is made.
 */
import type { RawResponse } from '../activecampaign/faults';

export const JSON_TYPE = 'application/json; charset=utf-8';

export function json(status: number, body: unknown, headers: Record<string, string> = {}): RawResponse {
  return { status, headers: { 'Content-Type': JSON_TYPE, ...headers }, body: JSON.stringify(body) };
}

export function ok(status: number, data: unknown, additional: unknown = null): RawResponse {
  return json(status, { success: true, data, additional_data: additional });
}

export function failure(status: number, error: string, errorInfo?: string): RawResponse {
  const body: Record<string, unknown> = { success: false, error, errorCode: status, data: null, additional_data: null };
  if (errorInfo !== undefined) body.error_info = errorInfo;
  return json(status, body);
}

/** docs/crm/pipedrive.md §2: `{"success": false, "error": "unauthorized access", "errorCode": 401}`. */
export function unauthorized(): RawResponse {
  return json(401, { success: false, error: 'unauthorized access', errorCode: 401 });
}

export function notFound(what = 'Not found'): RawResponse {
  return failure(404, what);
}

export function badRequest(error: string, errorInfo?: string): RawResponse {
  return failure(400, error, errorInfo);
}

/** Not in docs/crm/pipedrive.md: the text of a refused scope. */
export function forbiddenScope(scope: string): RawResponse {
  return failure(403, 'Scope and URL mismatch', `This call needs the OAuth scope "${scope}".`);
}

/** docs/crm/pipedrive.md §8: 429 over the limit; the body text is not in docs/crm/pipedrive.md. */
export function tooManyRequests(daily: boolean): RawResponse {
  return failure(
    429,
    daily ? 'Daily API token budget exceeded' : 'Request over limit',
    daily ? 'The company used its daily token budget; requests resume after the daily reset.' : undefined,
  );
}

/** Not in docs/crm/pipedrive.md: Pipedrive's OAuth server answers RFC 6749 §5.2 errors. */
export function oauthError(status: number, error: string, description: string): RawResponse {
  return json(status, { error, error_description: description });
}
