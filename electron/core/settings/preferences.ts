import type { z } from 'zod';
import { preferencesSchema, type Preferences } from '#contract';
import type { Log, PreferencesStore } from '../ports';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * One document, one shape, in both hosts (`preferences.json` in the data folder), so switching
 * between the desktop app and the headless host keeps language, theme and current client. Earlier
 * desktop versions kept it one level down, under `preferences`: read as if it were flat (and
 * written flat from then on).
 */
function document(store: PreferencesStore): Record<string, unknown> {
  const raw = store.read();
  if (!isRecord(raw)) return {};
  if (!isRecord(raw.preferences)) return raw;
  const { preferences: nested, ...rest } = raw;
  return { ...nested, ...rest };
}

/** Validated access to the host's preference store; a damaged document falls back to defaults. */
export function createPreferences(store: PreferencesStore, log: Log) {
  function read(): Preferences {
    const parsed = preferencesSchema.safeParse(document(store));
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
