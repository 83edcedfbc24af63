import type { SendingStatus } from '#contract';
import type { Sqlite } from '../db/connection';
import type { GlobalPause } from '../dispatch/global-pause';
import { DAY_MS, HEALTH_SQL } from '../logs/health';
import { HEALTH_DAYS } from '#contract/logs';
import type { LogsPrefsStore } from '../logs/prefs';
import type { Clock } from '../ports';

/** A dispatch due for longer than this, while sending is not paused, counts as stuck. */
export const STALL_MS = 15 * 60_000;

/**
 * The state at a glance. Every count walks an index: states by `dispatches_due_idx`, integrations
 * by `integrations_status_idx`, each client's unreviewed errors by `dispatches_errors_idx` (the same
 * rule as the Logs page's "Needs attention" list, so the badge and the list agree).
 */
export function createSendingStatus(deps: {
  sqlite: Sqlite;
  pause: GlobalPause;
  logsPrefs: LogsPrefsStore;
  clock: Clock;
}) {
  const { sqlite } = deps;
  const states = sqlite.prepare<
    [{ overdueBefore: number }],
    { waiting: number; sending: number; held: number; overdue: number }
  >(
    `SELECT
       (SELECT count(*) FROM dispatches WHERE state IN ('pending', 'retrying')) AS waiting,
       (SELECT count(*) FROM dispatches WHERE state = 'sending') AS sending,
       (SELECT count(*) FROM dispatches WHERE state = 'held') AS held,
       (SELECT count(*) FROM dispatches WHERE state IN ('pending', 'retrying') AND next_attempt_at <= @overdueBefore) AS overdue`,
  );
  const attention = sqlite.prepare<[], { n: number }>(
    `SELECT count(*) AS n FROM integrations i JOIN clients c ON c.id = i.client_id
     WHERE i.status = 'needs_attention' AND i.deleted_at IS NULL AND c.archived_at IS NULL`,
  );
  const clients = sqlite.prepare<[], { id: string }>('SELECT id FROM clients WHERE archived_at IS NULL');
  const newErrors = sqlite.prepare<[{ clientId: string; since: number }], { n: number }>(HEALTH_SQL.newErrors);

  return function status(): SendingStatus {
    const now = deps.clock.now();
    const pause = deps.pause.state();
    const counts = states.get({ overdueBefore: now - STALL_MS }) ?? { waiting: 0, sending: 0, held: 0, overdue: 0 };
    const seen = deps.logsPrefs.read().healthSeen;
    const floor = now - HEALTH_DAYS * DAY_MS;
    let clientsWithErrors = 0;
    for (const { id } of clients.all()) {
      const since = Math.max(seen[id] ?? floor, floor);
      if ((newErrors.get({ clientId: id, since })?.n ?? 0) > 0) clientsWithErrors++;
    }
    return {
      ...pause,
      ...counts,
      overdue: pause.paused ? 0 : counts.overdue,
      needsAttention: (attention.get()?.n ?? 0) + clientsWithErrors,
    };
  };
}

export type SendingStatusQuery = ReturnType<typeof createSendingStatus>;
