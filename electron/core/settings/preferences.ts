import type { z } from 'zod';
import { preferencesSchema, type Preferences } from '#contract';
import type { Log, PreferencesStore } from '../ports';

function document(store: PreferencesStore): Record<string, unknown> {
  const raw = store.read();
  return typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
}

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
      // Sections other domains keep in the same document are carried over untouched.
      store.write({ ...document(store), ...next });
      return next;
    },
    /** One domain's own key in the document, validated by that domain's schema. */
    section<S extends z.ZodType<Record<string, unknown>>>(key: string, schema: S) {
      return {
        read(): z.output<S> {
          const parsed = schema.safeParse(document(store)[key] ?? {});
          if (parsed.success) return parsed.data;
          log.warn('preferences: stored section is invalid, using defaults', { key });
          return schema.parse({});
        },
        write(value: z.output<S>): void {
          store.write({ ...document(store), [key]: schema.parse(value) });
        },
      };
    },
  };
}

export type PreferencesService = ReturnType<typeof createPreferences>;
