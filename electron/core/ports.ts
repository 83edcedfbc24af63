import type { VaultBackend } from '#contract';

/** What a host provides to the core. None of these may import `electron`. */

export interface Clock {
  now(): number;
}

export const systemClock: Clock = { now: () => Date.now() };

/** Runs `fn` after `ms` of the clock's time and answers a cancel function; tests pass a fake that moves with the clock. */
export type Timers = { after(ms: number, fn: () => void): () => void };

export type LogFields = Record<string, unknown>;

export interface Log {
  debug(message: string, fields?: LogFields): void;
  info(message: string, fields?: LogFields): void;
  warn(message: string, fields?: LogFields): void;
  error(message: string, fields?: LogFields): void;
  /** Registers a value that must never appear in any log line (e.g. a secret just read from the vault). */
  redactValue(value: string): void;
}

/**
 * Turns a secret into bytes safe to store and back. Electron uses safeStorage; the headless host
 * uses AES-256-GCM with a master key from the OS keyring, the environment or a key file.
 */
export interface SecretCipher {
  readonly backend: VaultBackend;
  /** Why secrets cannot be stored right now, or null when they can. */
  unavailableReason(): string | null;
  /** A non-blocking caveat worth showing (e.g. a key file instead of the OS keyring). */
  warning(): string | null;
  encrypt(plain: string): Buffer;
  decrypt(sealed: Buffer): string;
}

/** Raw storage of the small preferences document; the core validates what it reads. */
export interface PreferencesStore {
  read(): unknown;
  write(value: Record<string, unknown>): void;
}

export type HostKind = 'electron' | 'headless';
