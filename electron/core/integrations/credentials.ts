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
