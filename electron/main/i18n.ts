import i18next, { type TFunction } from 'i18next';
import type { Preferences } from '#contract';
import { en } from '../../src/i18n/en';
import { ptBR } from '../../src/i18n/pt-BR';

export type UiLanguage = 'en' | 'pt-BR';

/** The renderer's language rule, with the system locale Electron reports. */
export function resolveLanguage(preference: Preferences['language'], systemLocale: string): UiLanguage {
  if (preference !== 'system') return preference;
  return systemLocale.toLowerCase().startsWith('pt') ? 'pt-BR' : 'en';
}

/**
 * The strings the shell shows outside the window (tray, notifications, dialogs) come from the same
 * resources as the page, so both sides always speak the same language with the same words.
 */
export function createTranslator(language: UiLanguage): TFunction {
  const instance = i18next.createInstance();
  void instance.init({
    resources: { en: { translation: en }, 'pt-BR': { translation: ptBR } },
    lng: language,
    fallbackLng: 'en',
    initAsync: false,
    interpolation: { escapeValue: false },
  });
  return instance.t;
}
