import { ConnectorError, type HttpResponse } from '../connector';
import { quotable } from '../shared/quote';

/**
 * AC's error bodies are not uniform (docs/crm/activecampaign.md §11): `{errors:[{title, detail, code, source.pointer,
 * status}]}` with any member missing, `{message}`, `{}`, or a gateway's HTML page. Everything
 * here reads them without trusting their shape, and turns them into plain words.
 */

export interface AcErrorItem {
  title?: string;
  detail?: string;
  code?: string;
  /** The attribute, from `source.pointer` (e.g. "email" from "/data/attributes/email"). */
  attribute?: string;
  status?: number;
}

export interface ParsedErrorBody {
  items: AcErrorItem[];
  message: string | null;
  /** A short, single-line excerpt of a body that was not JSON (e.g. a gateway's HTML title). */
  excerpt: string | null;
}

/** Stable tokens for the renderer and for tests; messages may change, these do not. */
export type AcErrorReason =
  | 'auth'
  | 'payment'
  | 'rate_limited'
  | 'unavailable'
  | 'not_found'
  | 'invalid'
  | 'bad_request'
  | 'redirect'
  | 'unexpected';

export interface AcErrorDetails {
  reason: AcErrorReason;
  status: number;
  what: string;
  errors: AcErrorItem[];
  message: string | null;
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

function item(raw: unknown): AcErrorItem | null {
  if (typeof raw === 'string') return str(raw) === undefined ? null : { title: raw.trim() };
  if (typeof raw !== 'object' || raw === null) return null;
  const r = raw as Record<string, unknown>;
  const out: AcErrorItem = {};
  const title = str(r.title) ?? str(r.message);
  const detail = str(r.detail);
  const code = str(r.code);
  if (title !== undefined) out.title = title;
  if (detail !== undefined) out.detail = detail;
  if (code !== undefined) out.code = code;
  const source = r.source;
  const pointer =
    typeof source === 'object' && source !== null ? str((source as { pointer?: unknown }).pointer) : undefined;
  if (pointer !== undefined) out.attribute = pointer.split('/').filter(Boolean).at(-1) ?? pointer;
  const status = typeof r.status === 'number' ? r.status : typeof r.status === 'string' ? Number(r.status) : NaN;
  if (Number.isInteger(status)) out.status = status;
  return Object.keys(out).length === 0 ? null : out;
}

function excerptOf(text: string): string | null {
  const title = /<title[^>]*>([^<]*)<\/title>/i.exec(text)?.[1];
  const plain = (title ?? text.replace(/<[^>]*>/g, ' ')).replace(/\s+/g, ' ').trim();
  return plain === '' ? null : plain.slice(0, 160);
}

export function parseErrorBody(text: string): ParsedErrorBody {
  let body: unknown;
  try {
    body = JSON.parse(text) as unknown;
  } catch {
    return { items: [], message: null, excerpt: excerptOf(text) };
  }
  if (typeof body !== 'object' || body === null) {
    return { items: [], message: typeof body === 'string' ? (str(body) ?? null) : null, excerpt: null };
  }
  const b = body as Record<string, unknown>;
  const errors = Array.isArray(b.errors) ? b.errors : b.errors !== undefined ? [b.errors] : [];
  const items = errors.map(item).filter((i): i is AcErrorItem => i !== null);
  const message = str(b.message) ?? (typeof b.error === 'string' ? str(b.error) : undefined) ?? null;
  return { items, message, excerpt: null };
}

/** "Title — detail (field "email")", joined; what a person reads in the attempt's timeline. */
export function plainErrorText(parsed: ParsedErrorBody): string {
  const parts = parsed.items.map((i) => {
    const text = [i.title, i.detail].filter((s) => s !== undefined).join(' — ');
    const field = i.attribute !== undefined ? ` (field "${i.attribute}")` : '';
    return `${text || i.code || 'error'}${field}`;
  });
  if (parsed.message !== null) parts.push(parsed.message);
  if (parts.length === 0 && parsed.excerpt !== null) parts.push(parsed.excerpt);
  return parts.join('; ');
}

export function headerValue(headers: Record<string, string>, name: string): string | undefined {
  const wanted = name.toLowerCase();
  for (const [key, value] of Object.entries(headers)) if (key.toLowerCase() === wanted) return value;
  return undefined;
}

/** Retry-After in seconds or as an HTTP date; undefined when absent or unreadable. */
export function parseRetryAfter(value: string | undefined, now = Date.now()): number | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  const v = value.trim();
  if (/^\d+(\.\d+)?$/.test(v)) return Math.round(Number(v) * 1000);
  const at = Date.parse(v);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

export const CHECK_CREDENTIALS =
  'Check that the API URL and the API key are the ones shown in ActiveCampaign under Settings → Developer, ' +
  'and that there is no space before or after them.';

export const SHARED_LIMIT_NOTE =
  'If this keeps happening, check whether other integrations are using the same ActiveCampaign account at the ' +
  'same time: every integration and app on that account shares its limit of 5 requests per second.';

/** Turns a non-2xx answer into a classified error; `what` names the call ("add tag high-score"). */
export function errorFromResponse(res: HttpResponse, what: string): ConnectorError {
  const { status } = res;
  const parsed = parseErrorBody(res.text);
  const said = quotable(plainErrorText(parsed));
  const details = (reason: AcErrorReason): AcErrorDetails => ({
    reason,
    status,
    what,
    errors: parsed.items,
    message: parsed.message,
  });
  const make = (cls: ConstructorParameters<typeof ConnectorError>[0], reason: AcErrorReason, message: string) =>
    new ConnectorError(cls, message, { status, details: details(reason) });

  if (status === 401 || status === 403) {
    // AC answers a bad or missing key with 403, not 401 (docs/crm/activecampaign.md §2); both mean the same here.
    return make('auth', 'auth', `ActiveCampaign refused the API key (HTTP ${status}). ${CHECK_CREDENTIALS}`);
  }
  if (status === 402) {
    // Every call fails until the account is paid for, so it needs the user like a bad key does.
    return make('auth', 'payment', 'ActiveCampaign reports a payment issue on this account (HTTP 402).');
  }
  const retryAfterMs = parseRetryAfter(headerValue(res.headers, 'retry-after'));
  if (status === 503 && retryAfterMs === undefined) {
    // Without Retry-After a 503 may be an outage (an edge's error page) as well as the limit: still
    // rate_limited, so the engine waits longer each time and, if it lasts, spends attempts (dispatch/policy.ts).
    return new ConnectorError(
      'rate_limited',
      'ActiveCampaign is temporarily unavailable (HTTP 503) and did not say when to try again. Zero Bad Leads ' +
        'waits longer each time and, if it lasts, counts the attempts as failed.',
      { status, details: details('unavailable') },
    );
  }
  if (status === 429 || status === 503) {
    const label = status === 429 ? '"Too many requests" (HTTP 429)' : 'temporarily unavailable (HTTP 503)';
    return new ConnectorError(
      'rate_limited',
      `ActiveCampaign is limiting requests: ${label}. Zero Bad Leads waits and tries again. ${SHARED_LIMIT_NOTE}`,
      { status, retryAfterMs, details: details('rate_limited') },
    );
  }
  if (status >= 500) {
    return make('transient', 'unavailable', `ActiveCampaign had a temporary problem (HTTP ${status}) on "${what}".`);
  }
  if (status >= 300 && status < 400) {
    const to = headerValue(res.headers, 'location');
    return make(
      'permanent',
      'redirect',
      `The API URL sent the request elsewhere (HTTP ${status}${to ? ` to ${to}` : ''}). ${CHECK_CREDENTIALS}`,
    );
  }
  if (status === 404) {
    return make(
      'permanent',
      'not_found',
      `ActiveCampaign could not find what "${what}" refers to${said ? `: ${said}` : ''}.`,
    );
  }
  if (status === 400) {
    return make(
      'permanent',
      'bad_request',
      `ActiveCampaign rejected "${what}" as malformed (HTTP 400)${said ? `: ${said}` : ''}.`,
    );
  }
  return make(
    'permanent',
    'invalid',
    `ActiveCampaign did not accept "${what}" (HTTP ${status}): ${said || 'it gave no details'}.`,
  );
}

export function acDetails(err: ConnectorError): AcErrorDetails | undefined {
  const d = err.details;
  return typeof d === 'object' && d !== null && 'reason' in d && 'errors' in d ? (d as AcErrorDetails) : undefined;
}

/** Whether a 404's own words blame the contact (deleted in AC since it was synced). */
export function blamesContact(err: ConnectorError): boolean {
  const d = acDetails(err);
  if (d === undefined) return false;
  const words = [...d.errors.map((e) => `${e.title ?? ''} ${e.detail ?? ''}`), d.message ?? ''].join(' ');
  return /\b(contact|subscriber)\b/i.test(words);
}

export function isDuplicate(err: ConnectorError): boolean {
  return (
    err.status === 422 &&
    (acDetails(err)?.errors ?? []).some(
      (e) => e.code === 'duplicate' || /already exists/i.test(`${e.title ?? ''} ${e.detail ?? ''}`),
    )
  );
}
