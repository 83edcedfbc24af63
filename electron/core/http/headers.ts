/** Response headers worth keeping in an attempt: rate-limit state and request ids for support. */
const INTERESTING =
  /^(retry-after|(x-)?ratelimit-[a-z-]+|x-hubspot-ratelimit-[a-z-]+|x-daily-requests-left|content-type|x-request-id|x-correlation-id)$/i;

export function lowerCaseHeaders(headers: Headers | Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  const entries = headers instanceof Headers ? headers.entries() : Object.entries(headers);
  for (const [k, v] of entries) out[k.toLowerCase()] = v;
  return out;
}

export function interestingHeaders(headers: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(headers)) if (INTERESTING.test(k)) out[k.toLowerCase()] = v;
  return out;
}

function header(headers: Record<string, string>, name: string): string | undefined {
  const wanted = name.toLowerCase();
  for (const [k, v] of Object.entries(headers)) if (k.toLowerCase() === wanted) return v;
  return undefined;
}

/** Retry-After as milliseconds from `now`: delta-seconds or an HTTP date (RFC 9110 §10.2.3). */
export function retryAfterMs(headers: Record<string, string>, now: number): number | undefined {
  const raw = header(headers, 'retry-after')?.trim();
  if (!raw) return undefined;
  if (/^\d+(\.\d+)?$/.test(raw)) return Math.round(Number(raw) * 1000);
  const at = Date.parse(raw);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

function intHeader(headers: Record<string, string>, names: string[]): number | undefined {
  for (const name of names) {
    const raw = header(headers, name);
    if (raw === undefined) continue;
    const n = Number.parseInt(raw, 10);
    if (Number.isFinite(n) && n >= 0) return n;
  }
  return undefined;
}

/** What the remote says is left in its window (AC's `RateLimit-Remaining`, or the `X-` form). */
export function rateLimitRemaining(headers: Record<string, string>): number | undefined {
  return intHeader(headers, ['ratelimit-remaining', 'x-ratelimit-remaining']);
}

export function rateLimitLimit(headers: Record<string, string>): number | undefined {
  return intHeader(headers, ['ratelimit-limit', 'x-ratelimit-limit']);
}
