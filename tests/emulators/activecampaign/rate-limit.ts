import type { Clock } from './types';

export interface RateLimitConfig {
  /** Requests allowed per window. 0 or Infinity disables limiting. AC: 5. */
  ratePerSecond: number;
  /** Window length; 1000 ms mirrors AC, tests may shorten it. */
  windowMs: number;
  /** Force the Retry-After value (AC's docs show 30); otherwise the time until a slot frees up. */
  retryAfterSeconds?: number | undefined;
}

export interface RateDecision {
  allowed: boolean;
  headers: Record<string, string>;
}

/**
 * Sliding-window log per AC account (all of its keys share it, as in AC).
 * Rejected calls are not logged, so a client that backs off as told gets
 * through on its next try. The log is kept even when limiting is off so
 * `peak` still reports the client's busiest window.
 */
export class RateLimiter {
  private hits: number[] = [];
  private head = 0;
  /** Most calls accepted within any one window so far. */
  peak = 0;

  private config: RateLimitConfig;

  constructor(
    private readonly initial: RateLimitConfig,
    private readonly clock: Clock,
  ) {
    this.config = initial;
  }

  get enabled(): boolean {
    const r = this.config.ratePerSecond;
    return Number.isFinite(r) && r > 0;
  }

  get limit(): number {
    return this.config.ratePerSecond;
  }

  configure(patch: Partial<RateLimitConfig>): void {
    this.config = { ...this.config, ...patch };
  }

  /** Empties the window and undoes `configure()`, so one test's tweak cannot leak into the next. */
  reset(): void {
    this.config = this.initial;
    this.hits = [];
    this.head = 0;
    this.peak = 0;
  }

  take(): RateDecision {
    const now = this.clock();
    this.prune(now);
    const inWindow = this.hits.length - this.head;
    if (!this.enabled) {
      this.record(now, inWindow);
      return { allowed: true, headers: {} };
    }
    const limit = Math.floor(this.config.ratePerSecond);
    if (inWindow >= limit) {
      const oldest = this.hits[this.head] ?? now;
      const waitMs = Math.max(0, oldest + this.config.windowMs - now);
      const retryAfter = this.config.retryAfterSeconds ?? Math.max(1, Math.ceil(waitMs / 1000));
      return {
        allowed: false,
        headers: { 'Retry-After': String(retryAfter), 'RateLimit-Limit': String(limit), 'RateLimit-Remaining': '0' },
      };
    }
    this.record(now, inWindow);
    return {
      allowed: true,
      headers: { 'RateLimit-Limit': String(limit), 'RateLimit-Remaining': String(limit - inWindow - 1) },
    };
  }

  private record(now: number, inWindow: number): void {
    this.hits.push(now);
    this.peak = Math.max(this.peak, inWindow + 1);
  }

  private prune(now: number): void {
    const cutoff = now - this.config.windowMs;
    while (this.head < this.hits.length && (this.hits[this.head] ?? Infinity) <= cutoff) this.head++;
    // Compact now and then instead of shifting on every call.
    if (this.head > 1024 && this.head * 2 > this.hits.length) {
      this.hits = this.hits.slice(this.head);
      this.head = 0;
    }
  }
}
