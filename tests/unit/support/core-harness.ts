import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { randomBytes } from 'node:crypto';
import { createCore, type Core, type CoreOptions } from '../../../electron/core';
import { createFileLog } from '../../../electron/core/logs/file-log';
import type { Clock } from '../../../electron/core/ports';
import { createJsonFileStore } from '../../../electron/core/settings/json-file-store';
import { createAesGcmCipher } from '../../../electron/core/vault/aes-gcm-cipher';

export const MIGRATIONS_DIR = resolve(__dirname, '../../../drizzle');

export class ManualClock implements Clock {
  constructor(public time = Date.UTC(2026, 10, 26, 12, 0, 0)) {}
  now(): number {
    return this.time;
  }
  advance(ms: number): void {
    this.time += ms;
  }
}

export function tempDir(prefix = 'zbl-test-'): { dir: string; cleanup(): void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A real core on a real SQLite file in a temp folder, with a fixed master key. */
export function openTestCore(
  dataDir: string,
  clock: Clock = new ManualClock(),
  key = randomBytes(32),
  extra: Partial<CoreOptions> = {},
): Core {
  return createCore({
    host: 'headless',
    version: '0.0.0-test',
    dataDir,
    migrationsDir: MIGRATIONS_DIR,
    cipher: createAesGcmCipher(key, 'env', null),
    preferences: createJsonFileStore(join(dataDir, 'preferences.json')),
    clock,
    log: createFileLog({ dir: join(dataDir, 'logs'), clock }),
    // Test cores run side by side: the intake API takes a free port.
    intakePort: 0,
    // SQLite's own checkpoints: a worker thread under tsx per core would cost every test a second
    // of start-up; tests/unit/db/checkpoints.test.ts and the end-to-end tests run the worker.
    checkpoints: false,
    ...extra,
  });
}

/** Unwraps an envelope, failing the test with the error when the call did not succeed. */
export async function call<T = unknown>(core: Core, channel: string, input: unknown): Promise<T> {
  const result = await core.dispatch(channel, input);
  if (!result.ok) throw new Error(`${channel} failed: ${JSON.stringify(result.error)}`);
  return result.value as T;
}
