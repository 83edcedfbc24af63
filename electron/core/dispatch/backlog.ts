import type { BacklogItem } from '#contract';
import type { Sqlite } from '../db/connection';
import type { EventBus } from '../events';
import type { RateLimiter } from '../http/rate-limiter';
import type { Clock, Timers } from '../ports';
import type { BulkCoordinator } from './bulk/coordinator';
import type { BatchRow } from './bulk/store';
import type { IntegrationResolver, ResolvedIntegration } from './integrations';
import type { DispatchRow } from './rows';

export interface BacklogDeps {
  sqlite: Sqlite;
  integrations: IntegrationResolver;
  bulk: BulkCoordinator;
  limiter: RateLimiter;
  clock: Clock;
  timers: Timers;
  events: EventBus;
}

const TICK_MS = 1000;
/** The share of the limit is read over this long: long enough to smooth the pacing, short enough to follow it. */
const SHARE_WINDOW_MS = 10_000;

interface Counts {
  waiting: number;
  sending: number;
  held: number;
}

/**
 * Each integration's queue as the user watches it drain (Send Leads, Logs): counts from the
 * outbox, how it is being sent, the time left from the recent pace, and the share of the remote
 * account's limit in use, from the limiter's own count of requests. Pushed as `dispatch:backlog`
 * every second while anything is queued or sending, and once more when everything is sent.
 */
export function createBacklog(d: BacklogDeps) {
  // Counted per integration and state in the (integration, state) index: grouping the open
  // dispatches instead read each one's row, about 18 ms a second with 24,000 waiting (3 ms now).
  const counts = d.sqlite.prepare<[], { integration_id: string; state: string; n: number }>(
    `SELECT i.id AS integration_id, s.value AS state,
       (SELECT count(*) FROM dispatches d WHERE d.integration_id = i.id AND d.state = s.value) AS n
     FROM integrations i CROSS JOIN json_each('["pending","retrying","sending","held"]') s`,
  );
  const samples = new Map<string, Array<[number, number]>>();
  let cancel: (() => void) | null = null;
  let lastTickAt = Number.NEGATIVE_INFINITY;
  let lastJson = '';
  let stopped = false;

  function limitShare(integ: ResolvedIntegration, now: number): { share: number | null; limit: number | null } {
    const stats = d.limiter.stats(integ.rateKey);
    const limit = stats.remoteLimit ?? integ.policy.remoteLimit ?? integ.policy.perSecond;
    const list = samples.get(integ.rateKey) ?? [];
    const oldest = list.find(([at]) => at >= now - SHARE_WINDOW_MS - TICK_MS);
    if (!oldest || now - oldest[0] < 2 * TICK_MS) return { share: null, limit };
    const perSecond = ((stats.granted - oldest[1]) * 1000) / (now - oldest[0]);
    return { share: Math.min(1, perSecond / limit), limit };
  }

  function sample(now: number, keys: Iterable<string>): void {
    for (const key of keys) {
      const list = samples.get(key) ?? [];
      list.push([now, d.limiter.stats(key).granted]);
      while (list.length > 0 && (list[0]?.[0] ?? 0) < now - SHARE_WINDOW_MS - 2 * TICK_MS) list.shift();
      samples.set(key, list);
    }
  }

  function item(integ: ResolvedIntegration, c: Counts, now: number, openBatches: readonly BatchRow[]): BacklogItem {
    const { bulk } = d;
    const sender = integ.connector?.bulk;
    const open = openBatches.filter((b) => b.integration_id === integ.id);
    let mode: BacklogItem['mode'] = c.waiting + c.sending > 0 ? 'per_contact' : 'idle';
    let perContactReason: BacklogItem['perContactReason'] = null;
    if (sender) {
      const min = bulk.minBatch(sender);
      // Counted up to the threshold only: the whole backlog is not walked every second.
      const eligible = bulk.store.eligibleCount(integ.id, now, min);
      const reason = bulk.unavailableReason(integ, now);
      if (open.length > 0 || (reason === null && eligible >= min && integ.status === 'active')) mode = 'bulk';
      else if (reason !== null && c.waiting + c.sending >= min) perContactReason = reason;
    }
    const rate = bulk.drains.rate(integ.id, now);
    const remaining = c.waiting + c.sending;
    const { share, limit } = limitShare(integ, now);
    return {
      integrationId: integ.id,
      clientId: integ.clientId,
      integrationName: integ.name,
      type: integ.type,
      waiting: c.waiting,
      sending: c.sending,
      held: c.held,
      mode,
      batch: mode === 'bulk' ? bulk.drains.progress(integ.id, open.length, c.waiting) : null,
      perContactReason,
      etaSeconds: rate === null || remaining === 0 ? null : Math.ceil(remaining / rate),
      leadsPerMinute: rate === null ? null : rate * 60,
      limitShare: share,
      accountLimit: limit,
    };
  }

  function snapshot(clientId?: string): BacklogItem[] {
    const now = d.clock.now();
    const byIntegration = new Map<string, Counts>();
    for (const row of counts.all()) {
      if (row.n === 0) continue;
      const c = byIntegration.get(row.integration_id) ?? { waiting: 0, sending: 0, held: 0 };
      if (row.state === 'sending') c.sending += row.n;
      else if (row.state === 'held') c.held += row.n;
      else c.waiting += row.n;
      byIntegration.set(row.integration_id, c);
    }
    const items: BacklogItem[] = [];
    const open = byIntegration.size > 0 ? d.bulk.store.open() : [];
    for (const [id, c] of byIntegration) {
      const integ = d.integrations.get(id);
      if (!integ || (clientId !== undefined && integ.clientId !== clientId)) continue;
      items.push(item(integ, c, now, open));
    }
    return items.sort((a, b) => a.integrationName.localeCompare(b.integrationName));
  }

  function tick(): void {
    cancel = null;
    if (stopped) return;
    const now = d.clock.now();
    lastTickAt = now;
    const keys = new Set<string>();
    const items = snapshot();
    for (const i of items) {
      const integ = d.integrations.get(i.integrationId);
      if (integ) keys.add(integ.rateKey);
    }
    sample(now, keys);
    const json = JSON.stringify(items);
    if (json !== lastJson) {
      lastJson = json;
      d.events.emit('dispatch:backlog', { items });
    }
    // Held work alone does not move: the ticker rests until something changes again.
    if (items.some((i) => i.waiting + i.sending > 0)) cancel = d.timers.after(TICK_MS, tick);
  }

  return {
    snapshot,
    /** Something changed in the outbox: make sure the ticker runs; outcomes feed the pace. */
    observe(rows: readonly DispatchRow[]): void {
      const now = d.clock.now();
      const ended = new Map<string, number>();
      for (const r of rows) {
        if (r.state === 'sent' || r.state === 'error')
          ended.set(r.integration_id, (ended.get(r.integration_id) ?? 0) + 1);
      }
      for (const [id, n] of ended) d.bulk.drains.outcomes(id, now, n);
      // The first change shows at once; a stream of them (an import's transactions, a drain) is
      // counted at most once a tick, since every count walks the queued rows.
      if (!cancel && !stopped) cancel = d.timers.after(Math.max(0, lastTickAt + TICK_MS - now), tick);
    },
    stop(): void {
      stopped = true;
      cancel?.();
      cancel = null;
    },
  };
}

export type Backlog = ReturnType<typeof createBacklog>;
