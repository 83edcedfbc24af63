import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import type { PreferencesStore } from '../ports';

/** The headless host's preference store: a JSON file replaced atomically on every write. */
export function createJsonFileStore(file: string): PreferencesStore {
  return {
    read() {
      try {
        return JSON.parse(readFileSync(file, 'utf8')) as unknown;
      } catch {
        return {};
      }
    },
    write(value) {
      const tmp = `${file}.tmp`;
      writeFileSync(tmp, `${JSON.stringify(value, null, 2)}\n`, { mode: 0o600 });
      renameSync(tmp, file);
    },
  };
}
