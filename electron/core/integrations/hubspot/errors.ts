import { retryAfterMs } from '../../http/headers';
import { ConnectorError, type HttpResponse } from '../connector';
import { quotable } from '../shared/quote';

/**
 * HubSpot's error body (docs/crm/hubspot.md §2): `{status, message, correlationId, category, subCategory?,
 * errors?[{message, code?, in?, subCategory?, context?}], context?, links?}`. Read without
 * trusting its shape, and turned into plain words with a stable reason for tests and hints.
 */

export interface HubspotErrorBody {
  category: string | null;
  subCategory: string | null;
  message: string | null;
  correlationId: string | null;
  errors: Array<{ message: string; code: string | null }>;
}

export type HubspotErrorReason =
  'auth' | 'missing_scopes' | 'rate_limited' | 'unavailable' | 'not_found' | 'conflict' | 'invalid' | 'redirect';

export interface HubspotErrorDetails extends HubspotErrorBody {
  reason: HubspotErrorReason;
  status: number;
  what: string;
}

function str(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

export function parseHubspotError(text: string): HubspotErrorBody {
  let body: unknown;
  try {
    body = JSON.parse(text) as unknown;
  } catch {
    // A gateway's HTML page: only its title is worth keeping.
    const title = /<title[^>]*>([^<]*)<\/title>/i.exec(text)?.[1]?.trim();
    return { category: null, subCategory: null, message: title ?? null, correlationId: null, errors: [] };
  }
  const b = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
  const errors = Array.isArray(b.errors)
    ? b.errors.flatMap((e: unknown) => {
        const r = typeof e === 'object' && e !== null ? (e as Record<string, unknown>) : {};
        const message = str(r.message);
        return message === null ? [] : [{ message, code: str(r.code) }];
      })
    : [];
  return {
    category: str(b.category),
    subCategory: str(b.subCategory),
    message: str(b.message),
    correlationId: str(b.correlationId),
    errors,
  };
}

/** "Contact already exists. Existing ID: 12345" → "12345" (the id appears only in the message). */
export function existingIdOf(body: HubspotErrorBody): string | null {
  const text = [body.message ?? '', ...body.errors.map((e) => e.message)].join(' ');
  return /Existing ID:\s*(\d+)/i.exec(text)?.[1] ?? null;
}

function header(headers: Record<string, string>, name: string): string | undefined {
  return headers[name.toLowerCase()];
}

function intHeader(headers: Record<string, string>, name: string): number | undefined {
  const raw = header(headers, name);
  const n = raw === undefined ? NaN : Number.parseInt(raw, 10);
  return Number.isFinite(n) && n >= 0 ? n : undefined;
}

/**
 * How long to wait after a 429: Retry-After when given; a spent daily budget waits long (the
 * engine caps it); otherwise one rate window (`X-HubSpot-RateLimit-Interval-Milliseconds`).
 */
export function rateLimitWaitMs(headers: Record<string, string>, now: number): number {
  const after = retryAfterMs(headers, now);
  if (after !== undefined) return after;
  if (intHeader(headers, 'x-hubspot-ratelimit-daily-remaining') === 0) return 60 * 60_000;
  return intHeader(headers, 'x-hubspot-ratelimit-interval-milliseconds') ?? 10_000;
}

const RECONNECT =
  'Check that the private app token is current, or connect the HubSpot account again, in the integration settings.';

/** A non-2xx answer as a classified error; `what` names the call ("upsert contact"). */
export function errorFromResponse(res: HttpResponse, what: string, now = Date.now()): ConnectorError {
  const { status } = res;
  const body = parseHubspotError(res.text);
  const said = quotable(
    [body.message, ...body.errors.map((e) => e.message)]
      .filter((m) => m !== null)
      .map(quotable)
      .join('; '),
  );
  const ref = body.correlationId !== null ? ` (correlation id ${body.correlationId})` : '';
  const make = (cls: ConnectorError['errorClass'], reason: HubspotErrorReason, message: string, retry?: number) =>
    new ConnectorError(cls, message, {
      status,
      retryAfterMs: retry,
      details: { ...body, reason, status, what } satisfies HubspotErrorDetails,
    });

  if (status === 401) {
    return make(
      'auth',
      'auth',
      `HubSpot did not accept the credentials (HTTP 401)${said ? `: ${said}` : ''}. ${RECONNECT}`,
    );
  }
  if (status === 403) {
    const scopes = body.category === 'MISSING_SCOPES' || /scope/i.test(said);
    return make(
      'auth',
      scopes ? 'missing_scopes' : 'auth',
      scopes
        ? `HubSpot refused "${what}": the connection lacks a permission (scope)${said ? `: ${said}` : ''}. ` +
            'Give the private app or the OAuth app the contact and company scopes, then connect again.'
        : `HubSpot refused "${what}" (HTTP 403)${said ? `: ${said}` : ''}. ${RECONNECT}`,
    );
  }
  if (status === 429) {
    return make(
      'rate_limited',
      'rate_limited',
      `HubSpot is limiting requests (HTTP 429)${said ? `: ${said}` : ''}. Zero Bad Leads waits and tries again; ` +
        'every app on this HubSpot account shares its limits.',
      rateLimitWaitMs(res.headers, now),
    );
  }
  if (status >= 500) {
    return make('transient', 'unavailable', `HubSpot had a temporary problem (HTTP ${status}) on "${what}"${ref}.`);
  }
  if (status >= 300 && status < 400) {
    return make('permanent', 'redirect', `The API address sent "${what}" elsewhere (HTTP ${status}); check it.`);
  }
  if (status === 404) {
    return make('permanent', 'not_found', `HubSpot could not find what "${what}" refers to${said ? `: ${said}` : ''}.`);
  }
  if (status === 409) {
    return make('permanent', 'conflict', `HubSpot reported a conflict on "${what}"${said ? `: ${said}` : ''}.`);
  }
  return make(
    'permanent',
    'invalid',
    `HubSpot did not accept "${what}" (HTTP ${status})${said ? `: ${said}` : ': it gave no details'}${ref}.`,
  );
}

export function hubspotDetails(err: ConnectorError): HubspotErrorDetails | undefined {
  const d = err.details;
  return typeof d === 'object' && d !== null && 'reason' in d && 'category' in d
    ? (d as HubspotErrorDetails)
    : undefined;
}
