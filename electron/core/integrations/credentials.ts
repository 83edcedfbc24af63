import type { Vault } from '../vault/vault';
import type { IntegrationsRepository } from './repository';

/**
 * Deletes a credential an integration no longer uses, unless another live integration still does:
 * an OAuth sign-in can be picked for several integrations of the same client, and deleting or
 * re-connecting one of them must not sign the others out.
 */
export function releaseCredential(
  repo: Pick<IntegrationsRepository, 'credentialInUse'>,
  vault: Pick<Vault, 'delete'>,
  credentialId: string,
): void {
  if (!repo.credentialInUse(credentialId)) vault.delete(credentialId);
}

/**
 * Every vault credential an integration sends with: its `credential_id` and, for integrations with
 * several secrets (a webhook's signing secret and secret headers), the ids in `config.secrets`.
 */
export function integrationSecretIds(credentialId: string | null, config: unknown): string[] {
  const ids = credentialId === null ? [] : [credentialId];
  const secrets = typeof config === 'object' && config !== null ? (config as { secrets?: unknown }).secrets : undefined;
  if (typeof secrets === 'object' && secrets !== null && !Array.isArray(secrets)) {
    for (const id of Object.values(secrets)) if (typeof id === 'string' && id !== '' && !ids.includes(id)) ids.push(id);
  }
  return ids;
}
