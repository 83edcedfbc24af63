import type { vaultChannels } from '#contract';
import type { Domain } from '../domain';
import type { Vault } from './vault';

/** The renderer may only ask whether a secret is set; reading one is for the core alone. */
export function vaultDomain(vault: Vault): Domain<keyof typeof vaultChannels> {
  return { name: 'vault', handlers: { 'vault:describe': ({ id }) => vault.describe(id) } };
}
