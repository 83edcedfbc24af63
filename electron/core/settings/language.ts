import type { Preferences } from '#contract';

/** The languages the app writes what it creates in (a profile's name, the test lead's company). */
export type ContentLanguage = 'pt-BR' | 'en';

/** The host's locale: Electron's app locale, or the process's (`LANG`) under the headless host. */
function hostLocale(): string {
  return Intl.DateTimeFormat().resolvedOptions().locale;
}

/**
 * The language of what the core names on the user's behalf, as the interface resolves the same
 * preference: the chosen language, or for "system" Portuguese when the system's is Portuguese and
 * English otherwise.
 */
export function contentLanguage(preference: Preferences['language'], systemLocale = hostLocale()): ContentLanguage {
  if (preference !== 'system') return preference;
  return systemLocale.toLowerCase().startsWith('pt') ? 'pt-BR' : 'en';
}
