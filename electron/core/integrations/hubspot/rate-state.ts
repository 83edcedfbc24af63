import { ConnectorError } from '../connector';

/**
 * What HubSpot's rate-limit headers said last, per portal (docs/crm/hubspot.md §7): `X-HubSpot-RateLimit-
 * Remaining` within a window of `…-Interval-Milliseconds`, and `…-Daily-Remaining` (private apps
 * only). The engine's limiter paces requests by count; this adds HubSpot's own view, which also
 * counts the portal's other apps. When a window or the day is spent, the next request does not
 * go out: it fails as rate limited with the wait, so the engine blocks the whole portal (every
 * integration on it) for that long and reschedules without spending an attempt.
 */

interface PortalState {
  /** Until when nothing should be sent. */
  quietUntil: number;
}

const DAILY_WAIT_MS = 60 * 60_000;

function intHeader(headers: Record<string, string>, name: string): number | undefined {
  const raw = headers[name];
  const n = raw === undefined ? NaN : Number.parseInt(raw, 10);
  return Number.isFinite(n) && n >= 0 ? n : undefined;
}

export class HubspotRateState {
  private readonly portals = new Map<string, PortalState>();

  observe(key: string, headers: Record<string, string>, now: number): void {
    const remaining = intHeader(headers, 'x-hubspot-ratelimit-remaining');
    const interval = intHeader(headers, 'x-hubspot-ratelimit-interval-milliseconds');
    const daily = intHeader(headers, 'x-hubspot-ratelimit-daily-remaining');
    let quietUntil = 0;
    if (remaining === 0) quietUntil = now + (interval ?? 10_000);
    if (daily === 0) quietUntil = Math.max(quietUntil, now + DAILY_WAIT_MS);
    if (quietUntil > 0) this.portals.set(key, { quietUntil });
    else if (remaining !== undefined) this.portals.delete(key);
  }

  /** Throws a rate-limited error while the portal's window (or day) is known to be spent. */
  gate(key: string, now: number): void {
    const state = this.portals.get(key);
    if (!state) return;
    if (state.quietUntil <= now) {
      this.portals.delete(key);
      return;
    }
    throw new ConnectorError(
      'rate_limited',
      'HubSpot reported that this account has no requests left in its current window; Zero Bad Leads waits for it to reset.',
      { retryAfterMs: state.quietUntil - now, details: { reason: 'rate_limited', source: 'headers' } },
    );
  }

  clear(): void {
    this.portals.clear();
  }
}

/** Shared by every HubSpot integration in the process, like the engine's limiter. */
export const sharedHubspotRateState = new HubspotRateState();
