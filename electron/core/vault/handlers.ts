import type { vaultChannels } from '#contract';
import type { HandlerSlice } from '../rpc/handlers';
import type { Vault } from './vault';

/** The renderer may only ask whether a secret is set; reading one is for the core alone. */
export function vaultHandlers(vault: Vault): HandlerSlice<keyof typeof vaultChannels> {
  return {
    'vault:describe': ({ id }) => vault.describe(id),
  };
}
