/**
 * Per-portal limits with HubSpot's headers (docs/crm/hubspot.md §7): a rolling window (`…-Max` requests per
 * `…-Interval-Milliseconds`) and, for private app tokens only, a daily budget (`…-Daily`,
 * `…-Daily-Remaining`; OAuth calls carry no daily headers). Over either, 429.
 */

export interface HubspotRateConfig {
  /** Requests per window; 0 turns limiting off (headers are still sent). */
  max: number;
  intervalMs: number;
  daily: number;
}

export const DEFAULT_RATE: HubspotRateConfig = { max: 150, intervalMs: 10_000, daily: 500_000 };

export interface RateVerdict {
  allowed: boolean;
  policy: 'TEN_SECONDLY_ROLLING' | 'DAILY' | null;
  headers: Record<string, string>;
}

export class RateWindow {
  private hits: number[] = [];
  private dailyUsed = 0;
  peak = 0;

  constructor(public config: HubspotRateConfig) {}

  reset(): void {
    this.hits = [];
    this.dailyUsed = 0;
    this.peak = 0;
  }

  configure(patch: Partial<HubspotRateConfig>): void {
    this.config = { ...this.config, ...patch };
  }

  /** Counts one request at `now` unless it is refused. */
  take(now: number, oauth: boolean): RateVerdict {
    const { max, intervalMs, daily } = this.config;
    this.hits = this.hits.filter((t) => t > now - intervalMs);
    const limited = max > 0;
    let policy: RateVerdict['policy'] = null;
    if (limited && !oauth && this.dailyUsed >= daily) policy = 'DAILY';
    else if (limited && this.hits.length >= max) policy = 'TEN_SECONDLY_ROLLING';
    if (policy === null) {
      this.hits.push(now);
      if (!oauth) this.dailyUsed++;
      this.peak = Math.max(this.peak, this.hits.length);
    }
    const headers: Record<string, string> = {
      'X-HubSpot-RateLimit-Max': String(max),
      'X-HubSpot-RateLimit-Remaining': String(Math.max(0, max - this.hits.length)),
      'X-HubSpot-RateLimit-Interval-Milliseconds': String(intervalMs),
    };
    if (!oauth) {
      headers['X-HubSpot-RateLimit-Daily'] = String(daily);
      headers['X-HubSpot-RateLimit-Daily-Remaining'] = String(Math.max(0, daily - this.dailyUsed));
    }
    return { allowed: policy === null, policy, headers };
  }
}
