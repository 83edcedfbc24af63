import type { AttemptView, DispatchView } from '#contract';
import type { Sqlite } from '../db/connection';
import { AppError } from '../errors';
import type { EventBus } from '../events';
import { createHttpClient, type FetchFn } from '../http/client';
import { interfaceNetworkStatus, type NetworkStatus } from '../http/network';
import { createRateLimiter, type RateLimiter } from '../http/rate-limiter';
import { AttemptRecorder } from '../http/record';
import { systemTimers } from '../http/timers';
import type { Connector, HttpClient, IntegrationType } from '../integrations/connector';
import type { Clock, Log, Timers } from '../ports';
import type { Vault } from '../vault/vault';
import { ChangeFeed } from './change-feed';
import { createControls } from './controls';
import { createEnqueue } from './enqueue';
import { createGlobalPause, memoryPauseStore, waitForIdle, type PauseStore } from './global-pause';
import { createIntegrationResolver } from './integrations';
import { createLeadReader } from './leads';
import { DEFAULT_LIMITS, type EngineLimits } from './limits';
import type { ListQuery } from './outbox';
import { BUILT_IN_CONNECTORS, createConnectorRegistry } from './registry';
import { toAttemptView, toView } from './rows';
import { Runner } from './runner';
import { Scheduler } from './scheduler';
import { createSqliteOutbox } from './sqlite-outbox';

const LOOKUP_TIMEOUT_MS = 15_000;

/** What a host (or a test) may choose about dispatching; every field has a production default. */
export interface DispatchConfig {
  /** Defaults to the connectors the app ships with. */
  connectors?: readonly Connector<unknown>[];
  /** Defaults to "online when a non-internal network interface is up". */
  network?: NetworkStatus;
  fetch?: FetchFn;
  limits?: Partial<EngineLimits>;
  /** Where "pause all sending" is kept across restarts; in memory unless given. */
  pauseStore?: PauseStore;
}

export interface DispatchEngineDeps extends DispatchConfig {
  sqlite: Sqlite;
  vault: Pick<Vault, 'get'>;
  events: EventBus;
  clock: Clock;
  timers?: Timers;
  log: Log;
}

export type DispatchEngine = ReturnType<typeof createDispatchEngine>;

/**
 * The durable dispatch engine: the outbox is the source of truth, the scheduler a loop over it.
 * Call `start()` once the core is up and `stop()` before the database closes; attempts still in
 * flight at `stop()` stay `sending` and the next `start()` records them as interrupted and retries.
 */
export function createDispatchEngine(deps: DispatchEngineDeps) {
  const { sqlite, clock, log, events } = deps;
  const timers = deps.timers ?? systemTimers;
  const limits: EngineLimits = { ...DEFAULT_LIMITS, ...deps.limits };
  const network = deps.network ?? interfaceNetworkStatus();
  const outbox = createSqliteOutbox(sqlite);
  const registry = createConnectorRegistry(deps.connectors ?? BUILT_IN_CONNECTORS);
  const integrations = createIntegrationResolver(sqlite, registry);
  const fetchFn: FetchFn = deps.fetch ?? ((input, init) => fetch(input, init));
  const leads = createLeadReader(sqlite);
  const feed = new ChangeFeed(events);
  const limiter: RateLimiter = createRateLimiter({
    clock,
    timers,
    maxConcurrent: limits.maxConcurrentRequests,
    windowMarginMs: limits.rateWindowMarginMs,
    maxBlockMs: limits.retryAfterCapMs,
  });
  let stopped = false;
  let started = false;
  const wake = (): void => scheduler.wake();
  const pause = createGlobalPause({ store: deps.pauseStore ?? memoryPauseStore(), events, clock, wake });

  const runner = new Runner({
    outbox,
    integrations,
    leads,
    limiter,
    network,
    clock,
    timers,
    log,
    feed,
    limits,
    wake,
    attempt: {
      clock,
      timers,
      fetch: fetchFn,
      limiter,
      network,
      readSecret: (id) => deps.vault.get(id),
      saveSteps: (id, steps) => {
        if (!stopped) outbox.saveSteps(id, steps, clock.now());
      },
      requestTimeoutMs: limits.requestTimeoutMs,
      redactValue: (value) => log.redactValue(value),
    },
    onIntegrationStatus: (change) => events.emit('dispatch:integrationStatus', change),
  });
  const scheduler = new Scheduler({
    clock,
    timers,
    maxSleepMs: limits.maxSleepMs,
    // Paused: nothing new is leased; the loop sleeps until `resume()` wakes it (or its longest sleep).
    tick: () => (pause.paused ? null : runner.tick()),
    onError: (err) => log.error('dispatch: scheduler tick failed', { error: String(err) }),
  });
  const enqueue = createEnqueue({ outbox, integrations, leads, clock, feed, wake });
  const controls = createControls({
    outbox,
    integrations,
    runner,
    clock,
    log,
    events,
    feed,
    wake,
    isStopped: () => stopped,
  });

  return {
    ...enqueue,
    ...controls,

    start(): void {
      if (started || stopped) return;
      started = true;
      runner.recover();
      scheduler.run();
    },

    /** Synchronous, so the core can close the database right after. */
    stop(): void {
      if (stopped) return;
      stopped = true;
      scheduler.stop();
      runner.stop();
      feed.flush();
    },

    /** Looks for due work now, e.g. after the machine wakes up or the network comes back. */
    wake,

    list(query: ListQuery): DispatchView[] {
      return outbox.list(query).map(toView);
    },

    get(id: string): { dispatch: DispatchView; attempts: AttemptView[] } {
      const row = outbox.get(id);
      if (!row) throw new AppError('not_found', 'This dispatch does not exist.');
      return { dispatch: toView(row), attempts: outbox.attempts(id).map(toAttemptView) };
    },

    /** Resolves once nothing runs and nothing is due (tests and benchmarks; not for production code). */
    async settled(): Promise<void> {
      for (;;) {
        await new Promise((r) => setImmediate(r));
        if (stopped) return;
        const next = outbox.nextDueAt();
        const dueNow = next !== null && next <= clock.now() && !runner.offline && !pause.paused;
        if (runner.busy === 0 && !scheduler.pending && !dueNow) return;
      }
    },

    /**
     * An HttpClient for reads outside a dispatch (the wizard's connection check, lists, fields)
     * that waits for the same per-account limiter, so an open wizard cannot push a busy account
     * past its limit. Matches the integrations domain's `LookupHttpFactory`.
     */
    lookupHttp(scope: { type: IntegrationType; rateLimitKey: string }): HttpClient {
      return createHttpClient({
        fetch: fetchFn,
        limiter,
        rateKey: `${scope.type}:${scope.rateLimitKey}`,
        policy: registry.get(scope.type)?.rateLimit ?? { perSecond: 1, burst: 1 },
        network,
        clock,
        timers,
        recorder: new AttemptRecorder(),
        signal: new AbortController().signal,
        defaultTimeoutMs: LOOKUP_TIMEOUT_MS,
      });
    },

    /** "Pause all sending", kept across restarts. */
    pause,

    /** Attempts running now. */
    inFlight: (): number => runner.busy,

    /**
     * Before quitting: starts nothing new and waits up to `maxMs` for the attempts running to end
     * and be recorded; answers how many were still running (`stop()` then leaves them to recovery).
     */
    drain(maxMs: number): Promise<number> {
      pause.quiesce();
      return waitForIdle(() => runner.busy, timers, maxMs);
    },

    /** Open dispatches (pending, retrying, sending, held), for status displays and tests. */
    openCount: () => outbox.countOpen(),
    /** The real dispatches of these leads still to be sent (pending, retrying, held, sending). */
    openOfLeads: (leadIds: readonly string[]): DispatchView[] => outbox.openOfLeads(leadIds).map(toView),
    limiter,
  };
}
