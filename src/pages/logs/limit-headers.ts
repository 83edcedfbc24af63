/**
 * What a CRM's rate-limit headers say, as facts people can read next to an attempt: the draft
 * IETF `RateLimit-*` fields (ActiveCampaign), their `X-RateLimit-*` form (Pipedrive), HubSpot's
 * `X-HubSpot-RateLimit-*` and `Retry-After` (RFC 9110 §10.2.3).
 */
export type LimitFact =
  | { kind: 'retryAfter'; seconds: number; source: string }
  | { kind: 'retryAt'; at: number; source: string }
  | { kind: 'remaining' | 'dailyRemaining' | 'secondlyRemaining'; n: number; of: number | null; source: string }
  | { kind: 'limit' | 'dailyLimit' | 'secondlyLimit'; n: number; source: string }
  | { kind: 'resetIn' | 'window'; seconds: number; source: string }
  | { kind: 'resetAt'; at: number; source: string }
  | { kind: 'other'; name: string; value: string; source: string };

/** Headers that pair a count left with the budget it comes from. */
const PAIRS = [
  {
    kind: 'remaining',
    left: ['ratelimit-remaining', 'x-ratelimit-remaining', 'x-hubspot-ratelimit-remaining'],
    limit: ['ratelimit-limit', 'x-ratelimit-limit', 'x-hubspot-ratelimit-max'],
  },
  {
    kind: 'dailyRemaining',
    left: ['x-hubspot-ratelimit-daily-remaining', 'x-daily-requests-left'],
    limit: ['x-hubspot-ratelimit-daily'],
  },
  {
    kind: 'secondlyRemaining',
    left: ['x-hubspot-ratelimit-secondly-remaining'],
    limit: ['x-hubspot-ratelimit-secondly'],
  },
] as const;
const LIMIT_KIND = { remaining: 'limit', dailyRemaining: 'dailyLimit', secondlyRemaining: 'secondlyLimit' } as const;
const RESET = ['ratelimit-reset', 'x-ratelimit-reset'];
const WINDOW_MS = 'x-hubspot-ratelimit-interval-milliseconds';
const LIMIT_HEADER = /^(retry-after|(x-)?ratelimit(-.*)?|x-hubspot-ratelimit-.*|x-daily-requests-left)$/;
/** Above this a reset is a Unix time rather than a number of seconds (it is 2001-09-09). */
const EPOCH_SECONDS = 1_000_000_000;

/** The leading integer: `RateLimit-Limit: 10, 10;w=1` is a limit of 10. */
function leadingInt(value: string): number | null {
  const m = /^\s*(\d+)/.exec(value);
  return m ? Number(m[1]) : null;
}

export function limitFacts(headers: Record<string, string>): LimitFact[] {
  const h = new Map(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v] as const));
  const used = new Set<string>();
  const take = (names: readonly string[]): { name: string; value: string } | null => {
    for (const name of names) {
      const value = h.get(name);
      if (value !== undefined) {
        used.add(name);
        return { name, value };
      }
    }
    return null;
  };
  const src = (...parts: Array<{ name: string; value: string } | null>) =>
    parts
      .filter((p) => p !== null)
      .map((p) => `${p.name}: ${p.value}`)
      .join(', ');
  const facts: LimitFact[] = [];

  const retry = take(['retry-after']);
  if (retry) {
    const seconds = /^\s*\d+\s*$/.test(retry.value) ? Number(retry.value) : null;
    const at = seconds === null ? Date.parse(retry.value) : Number.NaN;
    if (seconds !== null) facts.push({ kind: 'retryAfter', seconds, source: src(retry) });
    else if (!Number.isNaN(at)) facts.push({ kind: 'retryAt', at, source: src(retry) });
    else facts.push({ kind: 'other', name: retry.name, value: retry.value, source: src(retry) });
  }

  for (const pair of PAIRS) {
    const left = take(pair.left);
    const limit = take(pair.limit);
    const n = left ? leadingInt(left.value) : null;
    const of = limit ? leadingInt(limit.value) : null;
    // A value that is not a count is left for the catch-all below, under its own name.
    if (left && n === null) used.delete(left.name);
    if (limit && of === null) used.delete(limit.name);
    if (n !== null) facts.push({ kind: pair.kind, n, of, source: src(left, of === null ? null : limit) });
    else if (of !== null) facts.push({ kind: LIMIT_KIND[pair.kind], n: of, source: src(limit) });
  }

  const reset = take(RESET);
  const resetValue = reset ? leadingInt(reset.value) : null;
  if (reset && resetValue !== null) {
    facts.push(
      resetValue >= EPOCH_SECONDS
        ? { kind: 'resetAt', at: resetValue * 1000, source: src(reset) }
        : { kind: 'resetIn', seconds: resetValue, source: src(reset) },
    );
  } else if (reset) used.delete(reset.name);

  const window = take([WINDOW_MS]);
  const windowMs = window ? leadingInt(window.value) : null;
  if (window && windowMs !== null) facts.push({ kind: 'window', seconds: windowMs / 1000, source: src(window) });
  else if (window) used.delete(window.name);

  // Anything else about limits (a policy, a vendor's own field) is still shown, under its own name.
  for (const [name, value] of h) {
    if (!used.has(name) && LIMIT_HEADER.test(name))
      facts.push({ kind: 'other', name, value, source: `${name}: ${value}` });
  }
  return facts;
}
