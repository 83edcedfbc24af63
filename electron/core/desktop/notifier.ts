import type { DesktopSettings, LogsTarget, NotificationKind, SendingStatus } from '#contract';
import type { EventBus } from '../events';
import type { Clock, Timers } from '../ports';
import { STALL_MS } from './status';

/** One system notification: a kind, how many things it covers, and where a click leads. */
export interface DesktopNotice {
  kind: NotificationKind;
  /** Integrations needing attention, dispatches ended in error, or dispatches stuck. */
  count: number;
  /** The client's name when every item belongs to one client; null for several. */
  clientName: string | null;
  target: LogsTarget;
}

export interface NotifierOptions {
  events: EventBus;
  clock: Clock;
  timers: Timers;
  /** Read at every decision, so a kind turned off stops at once. */
  settings(): DesktopSettings['notifications'];
  status(): SendingStatus;
  clientName(clientId: string): string | null;
  show(notice: DesktopNotice): void;
  /** Items arriving within this window become one notification. */
  batchMs?: number;
  /** At most one notification of a kind this often; what arrives meanwhile waits and is counted. */
  cooldownMs?: number;
  /** How often the backlog is checked for being stuck. */
  checkEveryMs?: number;
  stallMs?: number;
}

interface Batch {
  ids: Set<string>;
  clients: Set<string>;
  integrations: Set<string>;
  cancel: (() => void) | null;
}

/** Transitions that show the queue is moving: an attempt ended one way or another. */
const PROGRESS = new Set(['sent', 'error', 'retrying', 'held', 'cancelled', 'skipped']);

/**
 * Decides which problems become system notifications: integrations whose credentials were refused,
 * dispatches that ended in error, and a backlog that stopped moving. Never one per lead: items are
 * gathered for `batchMs`, a kind is shown at most once per `cooldownMs`, and a stuck backlog is
 * announced once until it moves again. Host-agnostic: the shell only renders what `show` gets.
 */
export function createNotifier(o: NotifierOptions) {
  const batchMs = o.batchMs ?? 30_000;
  const cooldownMs = o.cooldownMs ?? 5 * 60_000;
  const checkEveryMs = o.checkEveryMs ?? 60_000;
  const stallMs = o.stallMs ?? STALL_MS;
  const batches = new Map<NotificationKind, Batch>();
  const lastShown = new Map<NotificationKind, number>();
  let lastProgressAt = o.clock.now();
  let stallAnnounced = false;
  let cancelCheck: (() => void) | null = null;
  let stopped = false;

  const enabled = (kind: NotificationKind): boolean => o.settings()[kind];

  function add(kind: NotificationKind, id: string, clientId: string, integrationId: string): void {
    if (!enabled(kind)) return;
    let batch = batches.get(kind);
    if (!batch) {
      batch = { ids: new Set(), clients: new Set(), integrations: new Set(), cancel: null };
      batches.set(kind, batch);
    }
    batch.ids.add(id);
    batch.clients.add(clientId);
    batch.integrations.add(integrationId);
    if (batch.cancel) return;
    const now = o.clock.now();
    const at = Math.max(now + batchMs, (lastShown.get(kind) ?? -Infinity) + cooldownMs);
    batch.cancel = o.timers.after(at - now, () => flush(kind));
  }

  function only(set: Set<string>): string | null {
    return set.size === 1 ? ([...set][0] as string) : null;
  }

  function flush(kind: NotificationKind): void {
    const batch = batches.get(kind);
    batches.delete(kind);
    if (stopped || !batch || batch.ids.size === 0 || !enabled(kind)) return;
    lastShown.set(kind, o.clock.now());
    const clientId = only(batch.clients);
    o.show({
      kind,
      count: batch.ids.size,
      clientName: clientId ? o.clientName(clientId) : null,
      target: {
        tab: 'attempts',
        filter: { clientId, integrationId: only(batch.integrations), states: kind === 'errors' ? ['error'] : ['held'] },
      },
    });
  }

  function checkStall(): void {
    cancelCheck = null;
    if (stopped) return;
    const now = o.clock.now();
    const status = o.status();
    if (status.overdue === 0 || status.paused) stallAnnounced = false;
    else if (!stallAnnounced && now - lastProgressAt >= stallMs && enabled('stalled')) {
      stallAnnounced = true;
      lastShown.set('stalled', now);
      o.show({
        kind: 'stalled',
        count: status.overdue,
        clientName: null,
        target: { tab: 'attempts', filter: { clientId: null, integrationId: null, states: ['pending', 'retrying'] } },
      });
    }
    cancelCheck = o.timers.after(checkEveryMs, checkStall);
  }

  const unsubscribe = o.events.subscribe((event, payload) => {
    if (event === 'dispatch:integrationStatus') {
      const change = payload as { integrationId: string; clientId: string; status: string };
      if (change.status === 'needs_attention') {
        add('needsAttention', change.integrationId, change.clientId, change.integrationId);
      }
    } else if (event === 'dispatch:changed') {
      const { changes } = payload as {
        changes: { id: string; clientId: string; integrationId: string; state: string }[];
      };
      for (const c of changes) {
        if (PROGRESS.has(c.state)) {
          lastProgressAt = o.clock.now();
          stallAnnounced = false;
        }
        if (c.state === 'error') add('errors', c.id, c.clientId, c.integrationId);
      }
    } else if (event === 'sending:pauseChanged') {
      // Time spent paused is not time stuck.
      lastProgressAt = o.clock.now();
    }
  });
  cancelCheck = o.timers.after(checkEveryMs, checkStall);

  return {
    stop(): void {
      stopped = true;
      unsubscribe();
      cancelCheck?.();
      for (const batch of batches.values()) batch.cancel?.();
      batches.clear();
    },
  };
}
