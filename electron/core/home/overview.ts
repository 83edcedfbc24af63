import {
  HOME_ERRORS_WINDOW_MS,
  integrationTypes,
  type HomeClient,
  type HomeCounts,
  type HomeIntegrationCause,
  type HomeOverview,
  type HomeStopped,
  type ImportView,
  type IntegrationType,
} from '#contract';
import { KEY_UNREADABLE_REASON } from '../backup/held-keys';
import type { StoppedIntegrationRow } from '../logs/health';
import { homeWindows } from './period';
import type { HomeQueries } from './queries';

export interface OverviewSources {
  queries: HomeQueries;
  /** The imports running now. */
  imports: () => readonly ImportView[];
}

const isType = (type: string): type is IntegrationType => (integrationTypes as readonly string[]).includes(type);
const zero = (): HomeCounts => ({ received: 0, qualified: 0, sent: 0 });

function causeOf(row: StoppedIntegrationRow, refusedKey: (id: string) => boolean): HomeIntegrationCause {
  if (row.status !== 'needs_attention') return row.status;
  if (row.status_reason === KEY_UNREADABLE_REASON) return 'unreadable_key';
  return refusedKey(row.id) ? 'credentials' : 'settings';
}

/** Everything the home screen shows, for every client that is not archived. */
export function buildOverview(src: OverviewSources, now: number, timeZone: string): HomeOverview {
  const { queries } = src;
  const windows = homeWindows(now, timeZone);
  const names = new Map<string, string>();
  const clients = new Map<string, HomeClient>();
  for (const c of queries.clients()) {
    names.set(c.id, c.name);
    clients.set(c.id, { clientId: c.id, clientName: c.name, today: zero(), week: zero() });
  }
  for (const r of queries.counts(windows)) {
    const c = clients.get(r.client_id);
    if (!c) continue;
    c.today = { received: r.today_received, qualified: r.today_qualified, sent: r.today_sent };
    c.week = { received: r.week_received, qualified: r.week_qualified, sent: r.week_sent };
  }

  const stopped: HomeStopped[] = [];
  for (const r of queries.stopped()) {
    // A deactivated integration is the user's choice; it matters only while leads wait on it.
    if ((r.status === 'inactive' && r.held === 0) || !isType(r.type)) continue;
    stopped.push({
      clientId: r.client_id,
      clientName: r.client_name,
      integrationId: r.id,
      integrationName: r.name,
      integrationType: r.type,
      cause: causeOf(r, queries.refusedKey),
      reason: r.status_reason,
      held: r.held,
      since: r.updated_at,
    });
  }

  const since = now - HOME_ERRORS_WINDOW_MS;
  const errors = queries.errors(since).flatMap((r) =>
    isType(r.type)
      ? [
          {
            clientId: r.client_id,
            clientName: r.client_name,
            integrationId: r.integration_id,
            integrationName: r.integration_name,
            integrationType: r.type,
            count: r.n,
            firstCreatedAt: r.first_created_at,
            lastFailedAt: r.last_failed_at,
            lastError: queries.lastError(r.client_id, r.integration_id, since),
          },
        ]
      : [],
  );

  const imports = src.imports().flatMap((i) => {
    const clientName = names.get(i.clientId);
    return clientName === undefined ? [] : [{ ...i, clientName }];
  });

  return {
    now,
    todayFrom: windows.todayFrom,
    weekFrom: windows.weekFrom,
    clients: [...clients.values()],
    integrations: queries.integrations(),
    stopped,
    errors,
    imports,
  };
}
