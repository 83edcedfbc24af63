import { z } from 'zod';

export const languages = ['system', 'pt-BR', 'en'] as const;
export const themes = ['system', 'light', 'dark'] as const;

/** Small app preferences; each host persists them its own way (electron-store or a JSON file). */
export const preferencesSchema = z.object({
  language: z.enum(languages).default('system'),
  theme: z.enum(themes).default('system'),
  currentClientId: z.uuid().nullable().default(null),
});
export type Preferences = z.infer<typeof preferencesSchema>;

/** Where the vault's key comes from: Electron's safeStorage, or the headless host's master key source. */
export const vaultBackends = ['safeStorage', 'keyring', 'env', 'file'] as const;
export type VaultBackend = (typeof vaultBackends)[number];

export const vaultStatusSchema = z.object({
  backend: z.enum(vaultBackends),
  available: z.boolean(),
  /** A stable code the renderer translates; `warning` is the core's own English wording. */
  warningCode: z.enum(['key_in_file', 'unavailable']).nullable(),
  warning: z.string().nullable(),
});
export type VaultStatus = z.infer<typeof vaultStatusSchema>;

export const appInfoSchema = z.object({
  name: z.string(),
  version: z.string(),
  host: z.enum(['electron', 'headless']),
  dataDir: z.string(),
  vault: vaultStatusSchema,
});
export type AppInfo = z.infer<typeof appInfoSchema>;

export const settingsChannels = {
  'settings:get': {
    input: z.object({}).default({}),
    output: preferencesSchema,
  },
  'settings:update': {
    input: z
      .object({ language: z.enum(languages), theme: z.enum(themes) })
      .partial()
      .strict(),
    output: preferencesSchema,
  },
  'app:info': {
    input: z.object({}).default({}),
    output: appInfoSchema,
  },
} as const;

export const settingsEvents = {
  'settings:changed': preferencesSchema,
} as const;
