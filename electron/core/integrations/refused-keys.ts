import type { Sqlite } from '../db/connection';
import type { EventBus } from '../events';
import type { Log } from '../ports';
import { integrationSecretIds } from './credentials';

interface Row {
  id: string;
  credential_id: string | null;
  config: string;
  /** When the CRM last refused the key: the latest lead it held for that. */
  refused_at: number | null;
}

function parse(config: string): unknown {
  try {
    return JSON.parse(config) as unknown;
  } catch {
    return null;
  }
}

/**
 * An integration the CRM stopped by refusing its key resumes once a key is saved after the refusal,
 * as one whose key did not open here does (backup/held-keys.ts): the leads it held are sent with the
 * new key. A key the CRM refuses again stops it again at the first lead, and the leads stay held.
 */
export function watchRefusedKeys(deps: {
  sqlite: Sqlite;
  events: EventBus;
  log: Pick<Log, 'info'>;
  resume(integrationId: string): unknown;
}): () => void {
  const one = deps.sqlite.prepare<[string], Row>(
    `SELECT i.id, i.credential_id, i.config,
       (SELECT max(d.updated_at) FROM dispatches d
         WHERE d.integration_id = i.id AND d.state = 'held' AND d.last_error_class = 'auth') AS refused_at
     FROM integrations i WHERE i.id = ? AND i.status = 'needs_attention' AND i.deleted_at IS NULL`,
  );
  const savedAt = deps.sqlite.prepare<[string], { at: number | null }>(
    `SELECT max(updated_at) AS at FROM credentials WHERE id IN (SELECT value FROM json_each(?))`,
  );
  return deps.events.subscribe((event, payload) => {
    if (event !== 'integrations:changed' || (payload as { reason?: string }).reason !== 'updated') return;
    const id = (payload as { integrationId?: string }).integrationId;
    const row = id === undefined ? undefined : one.get(id);
    if (!row || row.refused_at === null) return;
    const ids = integrationSecretIds(row.credential_id, parse(row.config));
    const at = savedAt.get(JSON.stringify(ids))?.at ?? null;
    if (at === null || at <= row.refused_at) return;
    deps.log.info('integrations: a new key was saved after the CRM refused the last one; it resumes', {
      integrationId: row.id,
    });
    deps.resume(row.id);
  });
}
