/**
 * docs/crm/pipedrive.md §8: a daily token budget per company, each operation costing its `x-token-cost`, and a
 * burst window per token with `X-RateLimit-Limit`, `X-RateLimit-Remaining` and
 * `X-RateLimit-Reset` (seconds). Over either, 429 with `Retry-After`. The current header names of
 * the budget are not confirmed (docs/crm/pipedrive.md §8, gap), so the budget's state shows only through the 429.
 */

export interface PipedriveRateConfig {
  /** Requests per burst window and token; 0 turns the window off (headers are still sent). */
  burst: number;
  windowMs: number;
  /** Tokens per day for the company; 0 turns the budget off. */
  dailyTokens: number;
}

export const DEFAULT_RATE: PipedriveRateConfig = { burst: 80, windowMs: 2_000, dailyTokens: 30_000 };

const DAY_MS = 86_400_000;

export interface RateVerdict {
  allowed: boolean;
  daily: boolean;
  headers: Record<string, string>;
}

export class RateWindow {
  private hits = new Map<string, number[]>();
  private spent = 0;
  private day = -1;
  peak = 0;

  constructor(public config: PipedriveRateConfig) {}

  reset(): void {
    this.hits.clear();
    this.spent = 0;
    this.day = -1;
    this.peak = 0;
  }

  configure(patch: Partial<PipedriveRateConfig>): void {
    this.config = { ...this.config, ...patch };
  }

  get tokensSpent(): number {
    return this.spent;
  }

  /** Counts one request by `token` costing `cost` at `now`, unless it is refused. */
  take(now: number, token: string, cost: number): RateVerdict {
    const { burst, windowMs, dailyTokens } = this.config;
    const day = Math.floor(now / DAY_MS);
    if (day !== this.day) {
      this.day = day;
      this.spent = 0;
    }
    const hits = (this.hits.get(token) ?? []).filter((t) => t > now - windowMs);
    const oldest = hits[0] ?? now;
    const resetSeconds = Math.max(1, Math.ceil((oldest + windowMs - now) / 1000));
    const daily = dailyTokens > 0 && this.spent + cost > dailyTokens;
    const burstFull = burst > 0 && hits.length >= burst;
    if (!daily && !burstFull) {
      hits.push(now);
      this.spent += cost;
      this.peak = Math.max(this.peak, hits.length);
    }
    this.hits.set(token, hits);
    const headers: Record<string, string> = {
      'X-RateLimit-Limit': String(burst),
      'X-RateLimit-Remaining': String(Math.max(0, burst - hits.length)),
      'X-RateLimit-Reset': String(resetSeconds),
    };
    if (daily) headers['Retry-After'] = String(Math.ceil(((day + 1) * DAY_MS - now) / 1000));
    else if (burstFull) headers['Retry-After'] = String(resetSeconds);
    return { allowed: !daily && !burstFull, daily, headers };
  }
}
