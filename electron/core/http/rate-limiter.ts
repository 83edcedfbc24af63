import type { RateLimitPolicy } from '../integrations/connector';
import type { Clock, Timers } from '../ports';
import { rateLimitLimit, rateLimitRemaining, retryAfterMs } from './headers';

export interface RateObservation {
  status: number;
  headers: Record<string, string>;
}

/** The right to send one request now; release it when the answer (or the failure) is in. */
export interface Permit {
  release(observation?: RateObservation): void;
}

export interface RateLimiterOptions {
  clock: Clock;
  timers: Timers;
  /** Requests in flight at once across every account. */
  maxConcurrent: number;
  /** Added to the one-second window, for timer granularity and remotes that count both ends. */
  windowMarginMs: number;
  /** The longest one Retry-After may block an account. */
  maxBlockMs: number;
}

export interface RateLimiter {
  /** Waits until the account (`key`) may send one more request and a global slot is free. */
  acquire(key: string, policy: RateLimitPolicy, signal?: AbortSignal): Promise<Permit>;
  /** Every request to the account waits `ms` (capped), whichever dispatch sends it. */
  block(key: string, ms: number): void;
  /** `remoteLimit`: what the remote's `RateLimit-Limit` said, once it said it. */
  stats(key: string): {
    granted: number;
    queued: number;
    inFlight: number;
    blockedUntil: number;
    remoteLimit: number | undefined;
  };
}

const WINDOW_MS = 1000;
/** The longest an account pauses for 503s in a row that give no Retry-After. */
const OUTAGE_BLOCK_CAP_MS = 60_000;

interface Waiter {
  resolve(permit: Permit): void;
  reject(reason: Error): void;
  signal: AbortSignal | undefined;
  onAbort: () => void;
}

/** One request in the account's window; `at` moves to the answer's time once it is in. */
interface Hit {
  at: number;
  settled: boolean;
}

/**
 * One remote account's budget: a token bucket (rate `perSecond`, capacity `burst`) and, as a hard
 * guard, at most `perSecond` requests in any window of one second plus the margin.
 *
 * The remote counts a request when it arrives, somewhere between our sending it and our receiving
 * the answer. So a request holds its place in the window until its answer is in, and then for a
 * full window counted from the answer: five requests a second apart on our side can then never
 * land as six in the remote's window, however the network delays them. The remote's own counters
 * correct the rest: `RateLimit-Remaining` lower than ours means someone else (another tool of the
 * agency) uses the account, and Retry-After blocks it.
 */
class Account {
  readonly queue: Waiter[] = [];
  private hits: Hit[] = [];
  private tokens: number | null = null;
  private refilledAt = 0;
  blockedUntil = 0;
  inFlight = 0;
  granted = 0;
  /** Until the first answer, one request at a time: it tells us how much of the window is left. */
  private observed = false;
  remoteLimit: number | undefined;
  private unavailableStreak = 0;

  constructor(public policy: RateLimitPolicy) {}

  private limit(): number {
    return Math.max(1, Math.floor(Math.min(this.policy.perSecond, this.remoteLimit ?? Infinity)));
  }

  private prune(now: number, windowMs: number): void {
    this.hits = this.hits.filter((h) => !h.settled || h.at > now - windowMs);
  }

  /** 0 when a request may go now; Infinity when only an answer (a release) can change that. */
  waitMs(now: number, windowMs: number): number {
    if (this.blockedUntil > now) return this.blockedUntil - now;
    // Probing: one request at a time until an answer says how much room there is, or whether an outage is over.
    if ((!this.observed || this.unavailableStreak > 0) && this.inFlight > 0) return Infinity;
    this.prune(now, windowMs);
    if (this.hits.length >= this.limit()) {
      const settled = this.hits.filter((h) => h.settled).map((h) => h.at);
      return settled.length > 0 ? Math.min(...settled) + windowMs - now : Infinity;
    }
    const rate = Math.max(this.policy.perSecond, 0.001);
    const burst = Math.max(1, Math.min(this.policy.burst, this.limit()));
    this.tokens = Math.min(burst, (this.tokens ?? burst) + ((now - this.refilledAt) * rate) / 1000);
    this.refilledAt = now;
    return this.tokens >= 1 ? 0 : Math.ceil(((1 - this.tokens) * 1000) / rate);
  }

  take(now: number): Hit {
    const hit = { at: now, settled: false };
    this.hits.push(hit);
    this.tokens = (this.tokens ?? 1) - 1;
    this.inFlight++;
    this.granted++;
    return hit;
  }

  settle(hit: Hit, now: number): void {
    hit.at = now;
    hit.settled = true;
    this.inFlight--;
  }

  observe(obs: RateObservation, now: number, windowMs: number, maxBlockMs: number): void {
    this.observed = true;
    const limit = rateLimitLimit(obs.headers);
    if (limit !== undefined && limit > 0) this.remoteLimit = limit;
    const remaining = rateLimitRemaining(obs.headers);
    if (remaining !== undefined) {
      this.prune(now, windowMs);
      const localLeft = this.limit() - this.hits.length;
      // Requests we did not send fill the remote's window: count them as answered now.
      for (let i = remaining; i < localLeft; i++) this.hits.push({ at: now, settled: true });
    }
    const after = retryAfterMs(obs.headers, now);
    if (obs.status === 429 || (obs.status === 503 && after !== undefined)) {
      this.block(now, after ?? WINDOW_MS, maxBlockMs);
    }
    if (obs.status === 503 && after === undefined) {
      // Unavailable without saying for how long (an outage, often): each one in a row doubles the
      // account's pause, so an outage is probed ever more rarely instead of once a window.
      this.unavailableStreak++;
      this.block(now, Math.min(WINDOW_MS * 2 ** this.unavailableStreak, OUTAGE_BLOCK_CAP_MS), maxBlockMs);
    } else if (obs.status < 500) {
      this.unavailableStreak = 0;
    }
  }

  block(now: number, ms: number, maxBlockMs: number): void {
    this.blockedUntil = Math.max(this.blockedUntil, now + Math.min(Math.max(0, ms), maxBlockMs));
  }
}

export function createRateLimiter(options: RateLimiterOptions): RateLimiter {
  const { clock, timers } = options;
  const windowMs = WINDOW_MS + options.windowMarginMs;
  const accounts = new Map<string, Account>();
  let active = 0;
  let rotation = 0;
  let pumping = false;
  let pumpAgain = false;
  let armed: { at: number; cancel: () => void } | null = null;

  function account(key: string, policy?: RateLimitPolicy): Account {
    let acct = accounts.get(key);
    if (!acct) {
      acct = new Account(policy ?? { perSecond: 1, burst: 1 });
      accounts.set(key, acct);
    } else if (policy) {
      acct.policy = policy;
    }
    return acct;
  }

  function arm(at: number): void {
    if (armed && armed.at <= at) return;
    armed?.cancel();
    const cancel = timers.after(at - clock.now(), () => {
      armed = null;
      pump();
    });
    armed = { at, cancel };
  }

  function grant(acct: Account, waiter: Waiter, now: number): void {
    const hit = acct.take(now);
    active++;
    waiter.signal?.removeEventListener('abort', waiter.onAbort);
    let released = false;
    waiter.resolve({
      release(observation) {
        if (released) return;
        released = true;
        const at = clock.now();
        acct.settle(hit, at);
        active--;
        if (observation) acct.observe(observation, at, windowMs, options.maxBlockMs);
        pump();
      },
    });
  }

  /** Grants in round-robin over accounts, so a busy account cannot starve a quiet one. */
  function pumpOnce(): void {
    const now = clock.now();
    const waiting = [...accounts.values()].filter((a) => a.queue.length > 0);
    let granted = true;
    while (granted && active < options.maxConcurrent) {
      granted = false;
      for (let i = 0; i < waiting.length && active < options.maxConcurrent; i++) {
        const acct = waiting[(rotation + i) % waiting.length];
        const head = acct?.queue[0];
        if (!acct || !head || acct.waitMs(now, windowMs) > 0) continue;
        acct.queue.shift();
        grant(acct, head, now);
        granted = true;
      }
      rotation++;
    }
    if (active >= options.maxConcurrent) return; // a release pumps again
    let earliest = Infinity;
    for (const acct of waiting) {
      if (acct.queue.length > 0) earliest = Math.min(earliest, now + acct.waitMs(now, windowMs));
    }
    if (Number.isFinite(earliest)) arm(earliest);
  }

  function pump(): void {
    if (pumping) {
      pumpAgain = true;
      return;
    }
    pumping = true;
    try {
      do {
        pumpAgain = false;
        pumpOnce();
      } while (pumpAgain);
    } finally {
      pumping = false;
    }
  }

  const abortError = (signal: AbortSignal | undefined): Error =>
    signal?.reason instanceof Error ? signal.reason : new Error('The wait for the rate limiter was aborted.');

  return {
    acquire(key, policy, signal) {
      if (signal?.aborted) return Promise.reject(abortError(signal));
      const acct = account(key, policy);
      return new Promise<Permit>((resolve, reject) => {
        const waiter: Waiter = {
          resolve,
          reject,
          signal,
          onAbort: () => {
            const at = acct.queue.indexOf(waiter);
            if (at >= 0) acct.queue.splice(at, 1);
            reject(abortError(signal));
          },
        };
        signal?.addEventListener('abort', waiter.onAbort, { once: true });
        acct.queue.push(waiter);
        pump();
      });
    },
    block(key, ms) {
      account(key).block(clock.now(), ms, options.maxBlockMs);
      pump();
    },
    stats(key) {
      const acct = accounts.get(key);
      return {
        granted: acct?.granted ?? 0,
        queued: acct?.queue.length ?? 0,
        inFlight: acct?.inFlight ?? 0,
        blockedUntil: acct?.blockedUntil ?? 0,
        remoteLimit: acct?.remoteLimit,
      };
    },
  };
}
