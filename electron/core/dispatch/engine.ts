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
import { createBacklog } from './backlog';
import type { AttemptDeps } from './attempt';
import { createBulkApply } from './bulk-actions';
import { BulkCoordinator } from './bulk/coordinator';
import { ChangeFeed } from './change-feed';
import { CompletionWriter } from './completions';
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
  // The backlog hears every change, so its display starts moving with the first lead queued.
  const feed = new ChangeFeed(events, (rows) => backlog.observe(rows));
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

  const attempt: AttemptDeps = {
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
  };
  const onIntegrationStatus = (change: { integrationId: string; clientId: string; status: string; reason: string }) =>
    events.emit('dispatch:integrationStatus', change);
  const bulk: BulkCoordinator = new BulkCoordinator({
    ...attempt,
    sqlite,
    outbox,
    integrations,
    leads,
    log,
    feed,
    limits,
    completions: new CompletionWriter({ outbox, clock, feed, log, onIntegrationStatus, afterFlush: () => wake() }),
    followUps: { attempt, outbox, clock, log, limits },
    wake: () => wake(),
    offline: (): boolean => runner.offline,
    wentOffline: () => {
      runner.offline = true;
    },
  });
  const backlog = createBacklog({ sqlite, integrations, bulk, limiter, clock, timers, events });
  const runner: Runner = new Runner({
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
    attempt,
    // An integration sending a backlog in bulk sends only what cannot go in bulk one by one.
    perContactDue: (integrationId, now, limit): string[] | null => bulk.perContactDue(integrationId, now, limit),
    onIntegrationStatus,
  });
  const scheduler = new Scheduler({
    clock,
    timers,
    maxSleepMs: limits.maxSleepMs,
    // Paused: nothing new is leased; the loop sleeps until `resume()` wakes it (or its longest sleep).
    tick: () => {
      if (pause.paused) return null;
      // Bulk first: a backlog goes in requests of many leads before the runner would take them one by one.
      const fromBulk = bulk.tick(clock.now());
      const fromRunner = runner.tick();
      return fromBulk === null ? fromRunner : fromRunner === null ? fromBulk : Math.min(fromBulk, fromRunner);
    },
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

  const applyBulk = createBulkApply({
    outbox,
    integrations,
    runner,
    clock,
    feed,
    wake,
    isStopped: () => stopped,
  });

  return {
    ...enqueue,
    ...controls,
    /** One batch of a Logs bulk action (resend, retry now, cancel), in one transaction. */
    applyBulk,

    start(): void {
      if (started || stopped) return;
      started = true;
      // Bulk requests first: their dispatches are not the runner's to call interrupted.
      bulk.recover();
      runner.recover();
      scheduler.run();
    },

    /** Synchronous, so the core can close the database right after. */
    stop(): void {
      if (stopped) return;
      stopped = true;
      scheduler.stop();
      backlog.stop();
      bulk.stop();
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
        if (runner.busy === 0 && bulk.busy === 0 && !scheduler.pending && !dueNow) return;
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
    inFlight: (): number => runner.busy + bulk.requests,

    /**
     * Before quitting: starts nothing new and waits up to `maxMs` for the attempts running to end
     * and be recorded; answers how many were still running (`stop()` then leaves them to recovery).
     */
    drain(maxMs: number): Promise<number> {
      pause.quiesce();
      return waitForIdle(() => runner.busy + bulk.requests, timers, maxMs);
    },

    /** Open dispatches (pending, retrying, sending, held), for status displays and tests. */
    openCount: () => outbox.countOpen(),
    /** The real dispatches of these leads still to be sent (pending, retrying, held, sending). */
    openOfLeads: (leadIds: readonly string[]): DispatchView[] => outbox.openOfLeads(leadIds).map(toView),
    limiter,
    /** Each integration's queue as it drains (Send Leads, Logs), also pushed as `dispatch:backlog`. */
    backlog: (clientId?: string) => backlog.snapshot(clientId),
    /** Bulk requests (tests and benchmarks look at their batches). */
    bulk,
  };
}
