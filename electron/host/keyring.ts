import { Entry } from '@napi-rs/keyring';
import type { Keyring } from '../core/vault/master-key';
import { keyringAccount } from '../core/vault/master-key';

/** The OS keyring (Secret Service, Keychain, Credential Manager) through @napi-rs/keyring. */
export function osKeyring(dataDir: string): Keyring | null {
  try {
    const entry = new Entry('Zero Bad Leads', keyringAccount(dataDir));
    return {
      get: () => entry.getPassword() ?? null,
      set: (value) => entry.setPassword(value),
    };
  } catch {
    return null;
  }
}
