/** The engine's knobs; production uses the defaults, tests and benchmarks shrink some of them. */
export interface EngineLimits {
  /** Dispatches being sent at once, all integrations together. */
  maxInFlight: number;
  /** HTTP requests in flight at once, all remote accounts together. */
  maxConcurrentRequests: number;
  /** The scheduler wakes at least this often (see Scheduler.maxSleepMs). */
  maxSleepMs: number;
  /** While offline, how often the network probe is asked again. */
  offlinePollMs: number;
  /** The longest a Retry-After may push a dispatch (or block an account). */
  retryAfterCapMs: number;
  /**
   * Rate-limited answers without Retry-After, in a row for one dispatch, wait these delays without
   * spending an attempt; the next one spends an attempt on the retry schedule.
   */
  unadvisedWaitsMs: readonly number[];
  /** One attempt may take this long in all (rate-limit waits included) before it is aborted. */
  attemptTimeoutMs: number;
  /** Per request, unless the connector asks for another timeout. */
  requestTimeoutMs: number;
  /** See RateLimiterOptions.windowMarginMs. */
  rateWindowMarginMs: number;
  /** A dispatch interrupted by this many crashes is given up (see OutboxRepository.recover). */
  maxInterruptions: number;
  /** Backlogs go in bulk requests where the connector offers them (ActiveCampaign's import). */
  bulk: boolean;
  /**
   * Due leads of one integration that make a backlog worth a bulk request; null takes the
   * connector's own figure (AC advises 10: below that, contact/sync).
   */
  bulkMinBatch: number | null;
  /** Bulk requests of one integration sent and not finished at once. */
  bulkMaxOpen: number;
  /** A bulk request the remote has not finished after this long is given up and its leads sent again. */
  bulkGiveUpMs: number;
}

export const DEFAULT_LIMITS: EngineLimits = {
  maxInFlight: 256,
  maxConcurrentRequests: 32,
  maxSleepMs: 1000,
  offlinePollMs: 2000,
  retryAfterCapMs: 10 * 60_000,
  unadvisedWaitsMs: [5_000, 20_000, 60_000],
  attemptTimeoutMs: 5 * 60_000,
  requestTimeoutMs: 30_000,
  rateWindowMarginMs: 25,
  maxInterruptions: 5,
  bulk: true,
  bulkMinBatch: null,
  bulkMaxOpen: 40,
  bulkGiveUpMs: 2 * 60 * 60_000,
};

/**
 * Dispatches of one remote account in flight at once: about one second of its budget. Enough to
 * keep its limiter busy while each lead waits on its own sequential calls, and small enough that
 * a crash repeats only a handful of sends.
 */
export function perAccountInFlight(perSecond: number, maxInFlight: number): number {
  return Math.max(1, Math.min(maxInFlight, Math.ceil(perSecond)));
}
