import { ConnectorError } from '../connector';

/**
 * What Pipedrive's rate headers said last, per company (docs/crm/pipedrive.md §8). The exact header names of the
 * token-budget model are not confirmed, so they are read defensively: `X-RateLimit-Remaining` at 0
 * holds requests for `X-RateLimit-Reset` seconds, and `x-daily-requests-left` at 0 holds them for
 * an hour. When held, the next request does not go out: it fails as rate limited with the wait, so
 * the engine blocks the whole company (every integration on it) and reschedules without spending
 * an attempt.
 */

const DAILY_WAIT_MS = 60 * 60_000;

function intHeader(headers: Record<string, string>, name: string): number | undefined {
  const raw = headers[name];
  const n = raw === undefined ? NaN : Number.parseInt(raw, 10);
  return Number.isFinite(n) && n >= 0 ? n : undefined;
}

export class PipedriveRateState {
  private readonly quiet = new Map<string, number>();

  observe(key: string, headers: Record<string, string>, now: number): void {
    const remaining = intHeader(headers, 'x-ratelimit-remaining');
    const reset = intHeader(headers, 'x-ratelimit-reset');
    const daily = intHeader(headers, 'x-daily-requests-left');
    let until = 0;
    if (remaining === 0) until = now + (reset ?? 2) * 1000;
    if (daily === 0) until = Math.max(until, now + DAILY_WAIT_MS);
    if (until > 0) this.quiet.set(key, until);
    else if (remaining !== undefined) this.quiet.delete(key);
  }

  /** Throws a rate-limited error while the company's window (or day) is known to be spent. */
  gate(key: string, now: number): void {
    const until = this.quiet.get(key);
    if (until === undefined) return;
    if (until <= now) {
      this.quiet.delete(key);
      return;
    }
    throw new ConnectorError(
      'rate_limited',
      'Pipedrive reported that this company has no requests left for now; Zero Bad Leads waits for the limit to reset.',
      { retryAfterMs: until - now, details: { reason: 'rate_limited', source: 'headers' } },
    );
  }

  clear(): void {
    this.quiet.clear();
  }
}

/** Shared by every Pipedrive integration in the process, like the engine's limiter. */
export const sharedPipedriveRateState = new PipedriveRateState();
