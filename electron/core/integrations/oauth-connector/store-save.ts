import type { IntegrationType } from '#contract';
import { releaseCredential } from '../credentials';
import type { IntegrationRow } from '../repository';
import type { ConnectionDeps } from './connection';
import { recordSave } from './history';

/** The key a HubSpot or Pipedrive save goes on with: the stored one, a typed token, or a sign-in's. */
export type SavedCredential =
  { kind: 'keep'; id: string } | { kind: 'token'; token: string } | { kind: 'oauth'; id: string };

/**
 * Writes a HubSpot or Pipedrive integration and its key in one transaction, with its line in the
 * client's history: a typed token goes to the vault (over the integration's own token entry, if it
 * had one), and a connection the integration no longer uses is released afterwards.
 */
export function storeOauthCrmSave(
  deps: Pick<ConnectionDeps, 'db' | 'repo' | 'vault'>,
  save: {
    type: Extract<IntegrationType, 'hubspot' | 'pipedrive'>;
    clientId: string;
    existing: IntegrationRow | null;
    /** Whether the existing integration's key is a typed token (rather than a sign-in). */
    existingUsesToken: boolean;
    name: string;
    config: Record<string, unknown>;
    credential: SavedCredential;
    /** The vault purpose of a typed token, e.g. `hubspot:token`. */
    tokenPurpose: string;
  },
): { row: IntegrationRow; created: boolean } {
  const { db, repo, vault } = deps;
  const { clientId, existing, credential } = save;
  const { row, replaced } = db.transaction(() => {
    repo.assertNameFree(clientId, save.name, existing?.id);
    let credentialId: string;
    if (credential.kind === 'token') {
      const reuse = existing?.credentialId && save.existingUsesToken ? existing.credentialId : undefined;
      credentialId = vault.put({ clientId, purpose: save.tokenPurpose, secret: credential.token, id: reuse });
    } else {
      credentialId = credential.id;
    }
    const replacedId = existing?.credentialId && existing.credentialId !== credentialId ? existing.credentialId : null;
    const saved = existing
      ? repo.update(existing.id, { name: save.name, config: save.config, credentialId })
      : repo.insert({ clientId, type: save.type, name: save.name, config: save.config, credentialId });
    recordSave(repo, existing, saved, credential);
    return { row: saved, replaced: replacedId };
  });
  // The previous connection (another token, or an OAuth sign-in replaced by a new one) is not used here again.
  if (replaced !== null) releaseCredential(repo, vault, replaced);
  return { row, created: existing === null };
}
