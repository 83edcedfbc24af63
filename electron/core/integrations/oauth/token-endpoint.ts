import { classifyNetworkError } from '../../http/classify';
import { retryAfterMs } from '../../http/headers';
import { ConnectorError } from '../connector';

/**
 * The token endpoint (RFC 6749 §4.1.3 and §6): the code exchange and the refresh grant. It is
 * called with plain fetch, outside any dispatch attempt, because its answers carry tokens that an
 * attempt's recorded calls must never hold.
 */

export type FetchFn = (input: string, init: RequestInit) => Promise<Response>;

export interface TokenSet {
  accessToken: string;
  refreshToken: string | null;
  /** Epoch ms; null when the server gave no lifetime. */
  expiresAt: number | null;
  scopes: string[];
}

export interface TokenRequest {
  fetch: FetchFn;
  tokenUrl: string;
  clientId: string;
  clientSecret: string;
  clientAuth: 'body' | 'basic';
  params: Record<string, string>;
  /** For `expiresAt`: the core's clock. */
  now: number;
  /** Names the provider in messages. */
  label: string;
  timeoutMs?: number;
}

const DEFAULT_TIMEOUT_MS = 20_000;

function str(value: unknown): string | null {
  return typeof value === 'string' && value !== '' ? value : null;
}

function parseJson(text: string): Record<string, unknown> | null {
  try {
    const body = JSON.parse(text) as unknown;
    return typeof body === 'object' && body !== null && !Array.isArray(body) ? (body as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/** `{error, error_description}` (RFC 6749 §5.2) or HubSpot's `{status, message}`. */
function refusalOf(body: Record<string, unknown> | null): { code: string; message: string | null } {
  if (!body) return { code: 'unknown', message: null };
  const code = str(body.error) ?? str(body.status) ?? 'unknown';
  return { code, message: str(body.error_description) ?? str(body.message) };
}

function tokenSetOf(body: Record<string, unknown>, now: number): TokenSet | null {
  const accessToken = str(body.access_token);
  if (accessToken === null) return null;
  const lifetime = typeof body.expires_in === 'number' ? body.expires_in : Number(body.expires_in);
  const scope = str(body.scope);
  return {
    accessToken,
    refreshToken: str(body.refresh_token),
    expiresAt: Number.isFinite(lifetime) && lifetime > 0 ? now + lifetime * 1000 : null,
    scopes: scope === null ? [] : scope.split(/[\s,]+/).filter(Boolean),
  };
}

export async function requestToken(r: TokenRequest): Promise<TokenSet> {
  const form = new URLSearchParams(r.params);
  const headers: Record<string, string> = {
    'content-type': 'application/x-www-form-urlencoded;charset=UTF-8',
    accept: 'application/json',
  };
  if (r.clientAuth === 'basic') {
    const pair = `${encodeURIComponent(r.clientId)}:${encodeURIComponent(r.clientSecret)}`;
    headers.authorization = `Basic ${Buffer.from(pair, 'utf8').toString('base64')}`;
  } else {
    form.set('client_id', r.clientId);
    form.set('client_secret', r.clientSecret);
  }
  const timeoutMs = r.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  let res: Response;
  let text: string;
  try {
    res = await r.fetch(r.tokenUrl, {
      method: 'POST',
      headers,
      body: form.toString(),
      redirect: 'manual',
      signal: AbortSignal.timeout(timeoutMs),
    });
    text = await res.text();
  } catch (err) {
    const timedOut = err instanceof Error && err.name === 'TimeoutError';
    throw classifyNetworkError(err, { timedOut, timeoutMs, online: true });
  }
  const body = parseJson(text);
  if (res.status >= 200 && res.status < 300) {
    const set = body ? tokenSetOf(body, r.now) : null;
    if (set) return set;
    throw new ConnectorError('transient', `${r.label} answered the token request without a token.`, {
      status: res.status,
      details: { reason: 'oauth_bad_answer' },
    });
  }
  const status = res.status;
  if (status === 429) {
    const headersOut: Record<string, string> = {};
    res.headers.forEach((v, k) => (headersOut[k.toLowerCase()] = v));
    throw new ConnectorError('rate_limited', `${r.label} is limiting token requests (HTTP 429).`, {
      status,
      retryAfterMs: retryAfterMs(headersOut, r.now),
    });
  }
  if (status >= 500) {
    throw new ConnectorError('transient', `${r.label} could not issue a token right now (HTTP ${status}).`, {
      status,
      details: { reason: 'oauth_unavailable' },
    });
  }
  // 400/401: a used or revoked code or refresh token, or app credentials it does not accept.
  const refusal = refusalOf(body);
  const said = refusal.message !== null ? `: ${refusal.message}` : '';
  throw new ConnectorError(
    'auth',
    `${r.label} refused the token request (HTTP ${status}, ${refusal.code})${said}. Connect the account again.`,
    { status, details: { reason: 'oauth_refused', code: refusal.code } },
  );
}
