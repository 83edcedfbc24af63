import {
  ConnectorError,
  type HttpClient,
  type HttpRequest,
  type HttpResponse,
  type IntegrationType,
} from './connector';

/**
 * The HttpClient the wizard's lookups use (check connection, lists, fields, preview reads): plain
 * fetch with a timeout, classified failures, no redirects. It does not wait for the per-account
 * rate limiter the dispatch engine keeps; hosts should pass a factory that shares that limiter
 * once it is available, so a wizard open during a busy dispatch does not push the account past
 * AC's limit.
 */

export type LookupHttpFactory = (scope: { type: IntegrationType; rateLimitKey: string }) => HttpClient;

export interface FetchHttpClientOptions {
  timeoutMs?: number;
  fetch?: (input: string, init: RequestInit) => Promise<Response>;
}

export const DEFAULT_LOOKUP_TIMEOUT_MS = 15_000;

function codesOf(err: unknown): string[] {
  const codes: string[] = [];
  let current: unknown = err;
  for (let depth = 0; depth < 6 && typeof current === 'object' && current !== null; depth++) {
    if ('code' in current && typeof current.code === 'string') codes.push(current.code);
    current = 'cause' in current ? current.cause : undefined;
  }
  return codes;
}

const NO_ROUTE = /^(ENOTFOUND|EAI_AGAIN|EAI_NONAME|EAI_FAIL|ENETUNREACH|ENETDOWN|EHOSTUNREACH)$/;

function networkError(err: unknown, req: HttpRequest, timeoutMs: number): ConnectorError {
  const host = URL.canParse(req.url) ? new URL(req.url).host : req.url;
  if (err instanceof Error && err.name === 'TimeoutError') {
    return new ConnectorError('transient', `${host} did not answer within ${Math.round(timeoutMs / 1000)} s.`, {
      cause: err,
      details: { reason: 'timeout' },
    });
  }
  const codes = codesOf(err);
  if (codes.some((c) => NO_ROUTE.test(c))) {
    return new ConnectorError(
      'offline',
      `${host} could not be reached (${codes[0]}). Check the API URL and the internet connection.`,
      { cause: err, details: { reason: 'unreachable', code: codes[0] } },
    );
  }
  const code = codes[0] ?? (err instanceof Error ? err.name : 'error');
  return new ConnectorError('transient', `The connection to ${host} failed (${code}).`, {
    cause: err,
    details: { reason: 'connection', code },
  });
}

function toResponse(status: number, headers: Record<string, string>, text: string): HttpResponse {
  return {
    status,
    headers,
    text,
    json() {
      try {
        return JSON.parse(text) as unknown;
      } catch (err) {
        throw new ConnectorError('transient', `The answer (HTTP ${status}) was not valid JSON.`, {
          status,
          cause: err,
          details: { reason: 'bad_json', excerpt: text.slice(0, 200) },
        });
      }
    },
  };
}

export function createFetchHttpClient(options: FetchHttpClientOptions = {}): HttpClient {
  const doFetch = options.fetch ?? ((input: string, init: RequestInit) => fetch(input, init));
  return {
    async request(req) {
      const timeoutMs = req.timeoutMs ?? options.timeoutMs ?? DEFAULT_LOOKUP_TIMEOUT_MS;
      const headers: Record<string, string> = { accept: 'application/json', ...req.headers };
      let body = req.body;
      if (req.json !== undefined) {
        body = JSON.stringify(req.json);
        headers['content-type'] = 'application/json';
      }
      // Following a redirect would carry the Api-Token header to wherever the server points.
      const init: RequestInit = {
        method: req.method,
        headers,
        redirect: 'manual',
        signal: AbortSignal.timeout(timeoutMs),
      };
      if (body !== undefined) init.body = body;
      try {
        const res = await doFetch(req.url, init);
        const text = await res.text();
        const out: Record<string, string> = {};
        res.headers.forEach((value, key) => {
          out[key.toLowerCase()] = value;
        });
        return toResponse(res.status, out, text);
      } catch (err) {
        throw networkError(err, req, timeoutMs);
      }
    },
  };
}
