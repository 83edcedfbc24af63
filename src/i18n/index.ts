import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Preferences } from '#contract';
import { en } from './en';
import { ptBR } from './pt-BR';

export type UiLanguage = 'en' | 'pt-BR';

export const resources = {
  en: { translation: en },
  'pt-BR': { translation: ptBR },
} as const;

/** Names shown in their own language, so a user who cannot read the current one still finds theirs. */
export const languageNames: Record<UiLanguage, string> = {
  'pt-BR': 'Português (Brasil)',
  en: 'English',
};

/** The first of the browser's preferred languages we have; English when none matches. */
export function systemLanguage(): UiLanguage {
  const preferred = navigator.languages.length > 0 ? navigator.languages : [navigator.language];
  for (const tag of preferred) {
    const lower = tag.toLowerCase();
    if (lower.startsWith('pt')) return 'pt-BR';
    if (lower.startsWith('en')) return 'en';
  }
  return 'en';
}

export function resolveLanguage(preference: Preferences['language']): UiLanguage {
  return preference === 'system' ? systemLanguage() : preference;
}

export function initI18n(language: UiLanguage): typeof i18next {
  void i18next.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: 'en',
    // Resources are bundled, so loading synchronously lets the first render already be translated.
    initAsync: false,
    // React escapes text itself.
    interpolation: { escapeValue: false },
  });
  document.documentElement.lang = language;
  return i18next;
}

export function applyLanguage(language: UiLanguage): void {
  document.documentElement.lang = language;
  if (i18next.language !== language) void i18next.changeLanguage(language);
}
