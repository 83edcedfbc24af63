import { ConnectorError } from '../integrations/connector';
import { rateLimitRemaining, retryAfterMs } from './headers';

/** Name resolution failures: the host may be fine and only our network gone. */
const DNS = new Set(['ENOTFOUND', 'EAI_AGAIN', 'EAI_NONAME', 'EAI_FAIL']);
/** No route at all: the same ambiguity as DNS. */
const UNREACHABLE = new Set(['ENETUNREACH', 'ENETDOWN', 'EHOSTUNREACH', 'EHOSTDOWN', 'EADDRNOTAVAIL']);

/** Every `code` along the cause chain; undici wraps the socket error in `TypeError: fetch failed`. */
export function errorCodes(err: unknown): string[] {
  const codes: string[] = [];
  let current: unknown = err;
  for (let depth = 0; depth < 6 && typeof current === 'object' && current !== null; depth++) {
    if ('code' in current && typeof current.code === 'string') codes.push(current.code);
    if (current instanceof AggregateError) codes.push(...current.errors.flatMap((e) => errorCodes(e)));
    current = 'cause' in current ? current.cause : undefined;
  }
  return codes;
}

function describe(err: unknown): string {
  const parts: string[] = [];
  let current: unknown = err;
  for (let depth = 0; depth < 4 && current instanceof Error; depth++) {
    parts.push(current.message);
    current = current.cause;
  }
  return parts.filter((p, i) => p && parts.indexOf(p) === i).join(': ') || String(err);
}

export interface NetworkFailureContext {
  /** Our own per-request timeout fired. */
  timedOut: boolean;
  timeoutMs: number;
  /** The answer of the NetworkStatus probe at the time of the failure. */
  online: boolean;
}

/**
 * Turns a failed fetch into a classified error. Resets, refusals and timeouts are transient: we
 * reached *something*. DNS and routing failures are offline only when the machine has no network,
 * so a laptop in a tunnel holds its dispatches instead of burning attempts.
 */
export function classifyNetworkError(err: unknown, ctx: NetworkFailureContext): ConnectorError {
  if (err instanceof ConnectorError) return err;
  if (ctx.timedOut) {
    return new ConnectorError('transient', `No answer within ${ctx.timeoutMs} ms.`, { cause: err });
  }
  const codes = errorCodes(err);
  const code = codes[0] ?? (err instanceof Error ? err.name : 'unknown');
  if (codes.some((c) => DNS.has(c) || UNREACHABLE.has(c))) {
    return ctx.online
      ? new ConnectorError('transient', `The server could not be reached (${code}).`, { cause: err })
      : new ConnectorError('offline', 'There is no network connection.', { cause: err });
  }
  return new ConnectorError('transient', `The connection failed (${code}): ${describe(err)}`, { cause: err });
}

export interface StatusResponse {
  status: number;
  headers: Record<string, string>;
  text: string;
}

function excerpt(text: string, max = 300): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max)}…` : flat;
}

/**
 * The usual meaning of an HTTP error status, for connectors that have nothing more specific to say.
 * Answers null for 1xx–3xx. 503 counts as rate limited when the server says it is at the limit
 * (some AC users report a 503 there); otherwise 5xx is transient.
 */
export function errorForStatus(res: StatusResponse, now: number = Date.now()): ConnectorError | null {
  const { status, headers } = res;
  if (status < 400) return null;
  const body = excerpt(res.text);
  const message = body ? `HTTP ${status}: ${body}` : `HTTP ${status}`;
  const retryAfter = retryAfterMs(headers, now);
  const options = { status, retryAfterMs: retryAfter, details: { body } };
  if (status === 429) return new ConnectorError('rate_limited', message, options);
  if (status === 503 && (retryAfter !== undefined || rateLimitRemaining(headers) === 0)) {
    return new ConnectorError('rate_limited', message, options);
  }
  if (status === 401 || status === 403) return new ConnectorError('auth', message, options);
  if (status === 408 || status >= 500) return new ConnectorError('transient', message, options);
  return new ConnectorError('permanent', message, options);
}
