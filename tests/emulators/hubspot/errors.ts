/**
 * HubSpot's error bodies. The CRM spec's `Error` shape is `{category, correlationId, message,
 * context?, errors?[], links?, subCategory?}` (docs/crm/hubspot.md §2); real answers also carry
 * `"status": "error"` (the 409 body quoted in docs/crm/hubspot.md §2). Bodies docs/crm/hubspot.md does not show (401, 429,
 * the OAuth endpoints) follow what HubSpot is known to send; each such choice is marked.
 */
import { randomUUID } from 'node:crypto';
import type { RawResponse } from '../activecampaign/faults';

export const JSON_TYPE = 'application/json;charset=utf-8';

export function json(status: number, body: unknown, headers: Record<string, string> = {}): RawResponse {
  return { status, headers: { 'Content-Type': JSON_TYPE, ...headers }, body: JSON.stringify(body) };
}

export function hubspotError(
  status: number,
  category: string,
  message: string,
  extra: Record<string, unknown> = {},
): RawResponse {
  return json(status, { status: 'error', message, correlationId: randomUUID(), category, ...extra });
}

/** Not in docs/crm/hubspot.md: HubSpot's answer to a missing or unknown Bearer token. */
export function unauthenticated(): RawResponse {
  return hubspotError(
    401,
    'INVALID_AUTHENTICATION',
    'Authentication credentials not found. This API supports OAuth 2.0 authentication and you can find more ' +
      'details at https://developers.hubspot.com/docs/methods/auth/oauth-overview',
  );
}

/** Not in docs/crm/hubspot.md: an OAuth access token past its lifetime. */
export function expired(secondsAgo: number): RawResponse {
  return hubspotError(
    401,
    'EXPIRED_AUTHENTICATION',
    `The OAuth token used to make this call expired ${Math.max(1, Math.round(secondsAgo))} second(s) ago.`,
  );
}

export function notFound(message = 'Resource not found'): RawResponse {
  return hubspotError(404, 'OBJECT_NOT_FOUND', message);
}

export function validation(message: string, errors: Array<{ message: string; code?: string }> = []): RawResponse {
  return hubspotError(400, 'VALIDATION_ERROR', message, errors.length > 0 ? { errors } : {});
}

/** docs/crm/hubspot.md §2, verbatim shape: the existing id appears only inside `message`. */
export function contactExists(id: string): RawResponse {
  return hubspotError(409, 'CONFLICT', `Contact already exists. Existing ID: ${id}`);
}

/** Not in docs/crm/hubspot.md: the body HubSpot sends with a 429 (no Retry-After unless a fault adds one). */
export function rateLimited(policy: 'TEN_SECONDLY_ROLLING' | 'DAILY'): RawResponse {
  const window = policy === 'DAILY' ? 'daily' : 'ten_secondly_rolling';
  return json(429, {
    status: 'error',
    message: `You have reached your ${window} limit.`,
    errorType: 'RATE_LIMIT',
    correlationId: randomUUID(),
    policyName: policy,
  });
}

/** Not in docs/crm/hubspot.md: HubSpot's OAuth endpoints answer `{status: "<CODE>", message}` with 400. */
export function oauthError(code: string, message: string): RawResponse {
  return json(400, { status: code, message, correlationId: randomUUID() });
}

export function badJsonBody(): RawResponse {
  return validation('Invalid input JSON on line 1, column 2: Unexpected end-of-input', []);
}
