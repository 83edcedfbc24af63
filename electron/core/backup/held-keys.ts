import { oauthProviders, type KeysNeeded, type OAuthProvider } from '#contract';
import type { Sqlite } from '../db/connection';
import type { EventBus } from '../events';
import { integrationSecretIds } from '../integrations/credentials';
import type { Clock, Log, SecretCipher } from '../ports';
import type { Vault } from '../vault/vault';
import { readOAuthApps } from './portable';

/** The status reason of an integration held because its key does not open here. */
export const KEY_UNREADABLE_REASON =
  'Its key was saved on another computer or by the other kind of app and cannot be opened here: enter it again.';

interface IntegrationRow {
  id: string;
  client_id: string;
  client_name: string;
  name: string;
  type: string;
  status: string;
  status_reason: string | null;
  credential_id: string | null;
  config: string;
}

function parse(config: string): unknown {
  try {
    return JSON.parse(config) as unknown;
  } catch {
    return null;
  }
}

/**
 * Secrets the vault cannot open here (a workspace moved from another computer, a data folder
 * switched between the desktop app and the headless host). Their integrations are not in error:
 * they wait, held as "needs attention" with their leads kept, until the key is entered again; then
 * they resume by themselves.
 */
export function createHeldKeys(deps: {
  sqlite: Sqlite;
  vault: Pick<Vault, 'readable' | 'unreadable'>;
  cipher: SecretCipher;
  dataDir: string;
  events: EventBus;
  clock: Clock;
  log: Log;
  resume(integrationId: string): void;
}) {
  const { sqlite, vault, clock, log } = deps;
  const live = sqlite.prepare<[], IntegrationRow>(
    `SELECT i.id, i.client_id, c.name AS client_name, i.name, i.type, i.status, i.status_reason, i.credential_id, i.config
     FROM integrations i JOIN clients c ON c.id = i.client_id
     WHERE i.deleted_at IS NULL ORDER BY c.name, i.name`,
  );
  const one = sqlite.prepare<[string], IntegrationRow>(
    `SELECT i.id, i.client_id, c.name AS client_name, i.name, i.type, i.status, i.status_reason, i.credential_id, i.config
     FROM integrations i JOIN clients c ON c.id = i.client_id WHERE i.id = ? AND i.deleted_at IS NULL`,
  );
  const hold = sqlite.prepare<[string, number, string]>(
    `UPDATE integrations SET status = 'needs_attention', status_reason = ?, updated_at = ? WHERE id = ? AND status = 'active'`,
  );
  const holdDispatches = sqlite.prepare<[number, string]>(
    `UPDATE dispatches SET state = 'held', held_reason = 'needs_attention', updated_at = ?
     WHERE integration_id = ? AND state IN ('pending', 'retrying')`,
  );

  const unreadable = (row: IntegrationRow): boolean =>
    integrationSecretIds(row.credential_id, parse(row.config)).some((id) => !vault.readable(id));

  function connectedApps(): OAuthProvider[] {
    if (deps.cipher.unavailableReason() !== null) return [];
    const apps = readOAuthApps(deps.dataDir) ?? {};
    return oauthProviders.filter((provider) => {
      const app = apps[provider] as { secret?: { backend?: unknown; sealed?: unknown } | null } | undefined;
      const secret = app?.secret;
      if (!secret || typeof secret.sealed !== 'string') return false;
      if ((secret.backend === 'safeStorage') !== (deps.cipher.backend === 'safeStorage')) return true;
      try {
        log.redactValue(deps.cipher.decrypt(Buffer.from(secret.sealed, 'base64')));
        return false;
      } catch {
        return true;
      }
    });
  }

  return {
    /** At start-up, before sending starts: active integrations whose key does not open are held. */
    sweep(): number {
      if (vault.unreadable().length === 0) return 0;
      const now = clock.now();
      let held = 0;
      sqlite.transaction(() => {
        for (const row of live.all()) {
          if (row.status !== 'active' || !unreadable(row)) continue;
          hold.run(KEY_UNREADABLE_REASON, now, row.id);
          const moved = holdDispatches.run(now, row.id).changes;
          held++;
          log.warn('backup: integration held until its key is entered again', { integrationId: row.id, moved });
        }
      })();
      return held;
    },

    /** Once every key of an integration held this way opens again, it resumes and sends what waited. */
    watch(): () => void {
      return deps.events.subscribe((event, payload) => {
        if (event !== 'integrations:changed') return;
        const id = (payload as { integrationId?: string }).integrationId;
        if (!id) return;
        const row = one.get(id);
        if (!row || row.status !== 'needs_attention' || row.status_reason !== KEY_UNREADABLE_REASON) return;
        if (unreadable(row)) return;
        log.info('backup: key entered again, the integration resumes', { integrationId: id });
        deps.resume(id);
      });
    },

    keysNeeded(): KeysNeeded {
      if (vault.unreadable().length === 0) return { integrations: [], connectedApps: connectedApps() };
      const integrations = live
        .all()
        .filter(unreadable)
        .map((row) => ({
          clientId: row.client_id,
          clientName: row.client_name,
          integrationId: row.id,
          name: row.name,
          type: row.type as KeysNeeded['integrations'][number]['type'],
        }));
      return { integrations, connectedApps: connectedApps() };
    },
  };
}
