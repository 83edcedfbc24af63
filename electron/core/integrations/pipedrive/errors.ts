import { retryAfterMs } from '../../http/headers';
import { ConnectorError, type HttpResponse } from '../connector';
import { quotable } from '../shared/quote';

/**
 * Pipedrive's error body: `{"success": false, "error": "…", "error_info"?: "…", "errorCode"?: 401}`
 * (docs/crm/pipedrive.md §2). Read without trusting its shape and turned into plain words with a stable reason.
 */

export interface PipedriveErrorBody {
  error: string | null;
  errorInfo: string | null;
}

export type PipedriveErrorReason =
  'auth' | 'forbidden' | 'rate_limited' | 'unavailable' | 'not_found' | 'invalid' | 'redirect';

export interface PipedriveErrorDetails extends PipedriveErrorBody {
  reason: PipedriveErrorReason;
  status: number;
  what: string;
}

function str(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

export function parsePipedriveError(text: string): PipedriveErrorBody {
  let body: unknown;
  try {
    body = JSON.parse(text) as unknown;
  } catch {
    // A gateway's HTML page: only its title is worth keeping.
    const title = /<title[^>]*>([^<]*)<\/title>/i.exec(text)?.[1]?.trim();
    return { error: title ?? null, errorInfo: null };
  }
  const b = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
  return { error: str(b.error) ?? str(b.message), errorInfo: str(b.error_info) };
}

/** A spent daily budget comes with no Retry-After (docs/crm/pipedrive.md §8); waiting an hour lets the engine try again later. */
const DAILY_WAIT_MS = 60 * 60_000;

/** After a 429: Retry-After when given, else the burst window's reset, else a short pause. */
export function rateLimitWaitMs(headers: Record<string, string>, now: number): number {
  const after = retryAfterMs(headers, now);
  if (after !== undefined) return after;
  if (headers['x-daily-requests-left'] === '0') return DAILY_WAIT_MS;
  const reset = Number.parseInt(headers['x-ratelimit-reset'] ?? '', 10);
  return Number.isFinite(reset) && reset >= 0 ? reset * 1000 : 2_000;
}

const RECONNECT =
  'Check that the API token is current (Pipedrive: Settings → Personal preferences → API), or connect the Pipedrive ' +
  'account again, in the integration settings.';

/** A non-2xx answer as a classified error; `what` names the call ("create person"). */
export function errorFromResponse(res: HttpResponse, what: string, now = Date.now()): ConnectorError {
  const { status } = res;
  const body = parsePipedriveError(res.text);
  const said = [body.error, body.errorInfo]
    .filter((m) => m !== null)
    .map(quotable)
    .join(' — ');
  const make = (cls: ConnectorError['errorClass'], reason: PipedriveErrorReason, message: string, retry?: number) =>
    new ConnectorError(cls, message, {
      status,
      retryAfterMs: retry,
      details: { ...body, reason, status, what } satisfies PipedriveErrorDetails,
    });

  if (status === 401) {
    return make(
      'auth',
      'auth',
      `Pipedrive did not accept the credentials (HTTP 401)${said ? `: ${said}` : ''}. ${RECONNECT}`,
    );
  }
  if (status === 403) {
    return make(
      'auth',
      'forbidden',
      `Pipedrive refused "${what}" (HTTP 403)${said ? `: ${said}` : ''}. The user or the app lacks a permission ` +
        '(the OAuth app needs the scopes base, contacts:full and leads:full); fix it, then connect again.',
    );
  }
  if (status === 429) {
    return make(
      'rate_limited',
      'rate_limited',
      `Pipedrive is limiting requests (HTTP 429)${said ? `: ${said}` : ''}. Zero Bad Leads waits and tries again; ` +
        'every app on this Pipedrive company shares its daily budget.',
      rateLimitWaitMs(res.headers, now),
    );
  }
  if (status >= 500) {
    return make('transient', 'unavailable', `Pipedrive had a temporary problem (HTTP ${status}) on "${what}".`);
  }
  if (status >= 300 && status < 400) {
    return make('permanent', 'redirect', `The API address sent "${what}" elsewhere (HTTP ${status}); check it.`);
  }
  if (status === 404) {
    return make(
      'permanent',
      'not_found',
      `Pipedrive could not find what "${what}" refers to${said ? `: ${said}` : ''}.`,
    );
  }
  return make(
    'permanent',
    'invalid',
    `Pipedrive did not accept "${what}" (HTTP ${status})${said ? `: ${said}` : ': it gave no details'}.`,
  );
}

export function pipedriveDetails(err: ConnectorError): PipedriveErrorDetails | undefined {
  const d = err.details;
  return typeof d === 'object' && d !== null && 'reason' in d && 'errorInfo' in d
    ? (d as PipedriveErrorDetails)
    : undefined;
}
