import { eq } from 'drizzle-orm';
import type { ParsedInputOf } from '#contract';
import type { WebhookConfigView } from '#contract/webhook';
import type { Db } from '../../db/connection';
import { clients } from '../../db/schema';
import { AppError } from '../../errors';
import type { EventBus } from '../../events';
import type { Vault } from '../../vault/vault';
import type { IntegrationsRepository } from '../repository';
import { headerSecretName, SIGNING_SECRET, type StoredHeader, type WebhookConfig } from './config';
import { checkInput, type CheckedInput } from './input';
import { generateSigningSecret } from './signature';
import { readStoredConfig, webhookConfigView } from './view';

export const SIGNING_PURPOSE = 'webhook:signingSecret';
export const HEADER_PURPOSE = 'webhook:header';

export interface WebhookSaveDeps {
  db: Db;
  repo: IntegrationsRepository;
  vault: Vault;
  events: EventBus;
}

export function clientName(db: Db, clientId: string): string {
  return db.select({ name: clients.name }).from(clients).where(eq(clients.id, clientId)).get()?.name ?? '';
}

/**
 * Secret header values into the vault (a typed value replaces the stored one, a blank keeps it),
 * and the credentials of secret headers that were removed or renamed out of it.
 */
function storeHeaders(
  checked: CheckedInput,
  secrets: Record<string, string>,
  clientId: string,
  vault: Vault,
): { headers: StoredHeader[]; secrets: Record<string, string> } {
  const next: Record<string, string> = {};
  for (const [name, id] of Object.entries(secrets)) if (!name.startsWith('header:')) next[name] = id;
  const headers: StoredHeader[] = checked.headers.map((h) => {
    if (!h.secret) return { name: h.name, secret: false, value: h.value ?? '' };
    const key = headerSecretName(h.name);
    const existing = secrets[key];
    next[key] =
      h.value === undefined && existing !== undefined
        ? existing
        : vault.put({ clientId, purpose: HEADER_PURPOSE, secret: h.value ?? '', id: existing });
    return { name: h.name, secret: true };
  });
  const kept = new Set(Object.values(next));
  for (const id of Object.values(secrets)) if (!kept.has(id)) vault.delete(id);
  return { headers, secrets: next };
}

/** Creates or updates a webhook integration; a new one is a draft with a fresh signing secret. */
export function saveWebhook(
  input: ParsedInputOf<'webhook:save'>,
  deps: WebhookSaveDeps,
): { id: string; config: WebhookConfigView; signingSecret: string | null } {
  const { db, repo, vault, events } = deps;
  const { clientId } = input;
  const existing = input.id === undefined ? null : repo.require(input.id, 'webhook');
  if (existing && existing.clientId !== clientId) {
    throw new AppError('invalid_input', 'This integration belongs to another client.');
  }
  const stored = existing ? readStoredConfig(existing.config) : null;
  const checked = checkInput(input.config, stored?.secrets ?? {});

  const { id, signingSecret } = db.transaction(() => {
    repo.requireClient(clientId);
    repo.assertNameFree(clientId, checked.name, existing?.id);
    const fresh = stored === null ? generateSigningSecret() : null;
    const secrets = { ...stored?.secrets };
    if (fresh !== null) secrets[SIGNING_SECRET] = vault.put({ clientId, purpose: SIGNING_PURPOSE, secret: fresh });
    const withHeaders = storeHeaders(checked, secrets, clientId, vault);
    const config: WebhookConfig = {
      name: checked.name,
      url: checked.url,
      method: checked.method,
      timeoutMs: checked.timeoutMs,
      headers: withHeaders.headers,
      bodyTemplate: checked.bodyTemplate,
      rotationGraceHours: checked.rotationGraceHours,
      integrationId: existing?.id ?? '',
      clientName: clientName(db, clientId),
      secrets: withHeaders.secrets,
      rotatedAt: stored?.rotatedAt ?? null,
      previousSecretExpiresAt: stored?.previousSecretExpiresAt ?? null,
    };
    const credentialId = withHeaders.secrets[SIGNING_SECRET] ?? null;
    const typed = checked.headers.flatMap((h) => (h.secret && h.value !== undefined ? [h.value] : []));
    if (existing) {
      const updated = repo.update(existing.id, { name: config.name, config, credentialId });
      // A typed value for a secret header that was already stored replaces it; a new header is an edit.
      const replaced = checked.headers
        .filter((h) => h.secret && h.value !== undefined && stored?.secrets[headerSecretName(h.name)] !== undefined)
        .map((h) => ({ field: `secretHeader.${h.name}` }));
      repo.history.saved(existing, updated, replaced, typed);
      return { id: existing.id, signingSecret: null };
    }
    const row = repo.insert({ clientId, type: 'webhook', name: config.name, config, credentialId });
    // The id exists only once the row does; the template's {{integration.id}} reads it from config.
    const created = repo.update(row.id, { config: { ...config, integrationId: row.id } });
    repo.history.saved(null, created, [], fresh === null ? typed : [...typed, fresh]);
    return { id: row.id, signingSecret: fresh };
  });

  events.emit('integrations:changed', { reason: existing ? 'updated' : 'created', integrationId: id, clientId });
  return { id, config: webhookConfigView(repo.require(id).config, vault), signingSecret };
}
