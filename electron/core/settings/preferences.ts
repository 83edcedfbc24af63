import { preferencesSchema, type Preferences } from '../../contract';
import type { Log, PreferencesStore } from '../ports';

/** Validated access to the host's preference store; a damaged document falls back to defaults. */
export function createPreferences(store: PreferencesStore, log: Log) {
  function read(): Preferences {
    const parsed = preferencesSchema.safeParse(store.read() ?? {});
    if (parsed.success) return parsed.data;
    log.warn('preferences: stored document is invalid, using defaults', { issues: parsed.error.issues.length });
    return preferencesSchema.parse({});
  }
  return {
    read,
    update(patch: Partial<Preferences>): Preferences {
      const next = preferencesSchema.parse({ ...read(), ...patch });
      store.write(next);
      return next;
    },
  };
}

export type PreferencesService = ReturnType<typeof createPreferences>;
