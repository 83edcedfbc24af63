import type { SecretCipher } from '../core/ports';
import type { ElectronModule } from './electron-types';

/**
 * Electron's safeStorage (Keychain, DPAPI, or libsecret/kwallet on Linux). On Linux without a
 * keyring it falls back to a hard-coded key (`basic_text`), which is no protection: refuse then.
 */
export function createSafeStorageCipher(safeStorage: ElectronModule['safeStorage']): SecretCipher {
  return {
    backend: 'safeStorage',
    unavailableReason() {
      if (!safeStorage.isEncryptionAvailable()) {
        return 'The system keychain is not available, so API keys cannot be stored safely.';
      }
      if (process.platform === 'linux' && safeStorage.getSelectedStorageBackend() === 'basic_text') {
        return (
          'No keyring service (GNOME Keyring or KWallet) is running, so Electron would store API keys with a ' +
          'built-in key that protects nothing. Start a keyring service and restart Zero Bad Leads.'
        );
      }
      return null;
    },
    warning: () => null,
    encrypt: (plain) => safeStorage.encryptString(plain),
    decrypt: (sealed) => safeStorage.decryptString(sealed),
  };
}
