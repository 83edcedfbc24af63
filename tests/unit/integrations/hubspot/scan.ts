import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Core } from '../../../../electron/core';

/**
 * Everything a secret could leak into: recorded attempts, dispatches, integrations' config, the
 * log files and every file in the data folder except the database (which holds only sealed
 * ciphertext, checked through its tables instead).
 */
export function leakedSecrets(core: Core, dataDir: string, secrets: string[]): string[] {
  const dumps: string[] = [];
  for (const table of ['dispatch_attempts', 'dispatches', 'integrations']) {
    dumps.push(JSON.stringify(core.forTests.sqlite.prepare(`SELECT * FROM ${table}`).all()));
  }
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (!entry.name.startsWith('zero-bad-leads.db')) dumps.push(readFileSync(path, 'utf8'));
    }
  };
  walk(dataDir);
  const all = dumps.join('\n');
  return secrets.filter((s) => s.length >= 8 && all.includes(s));
}
