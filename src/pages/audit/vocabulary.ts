import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditKind, AuditVocabulary } from '#contract';
import { resources, type UiLanguage } from '../../i18n';

export interface AuditWords {
  /** What the summaries are built with (electron/contract/audit-summary.ts), in the user's language. */
  vocabulary: AuditVocabulary;
  /** A short name per kind, for badges, the kind filter and the CSV. */
  kindNames: Record<AuditKind, string>;
}

/**
 * The summary templates as written, not through `t`: they hold `{{field}}`-style placeholders that
 * the shared formatter fills, and i18next would fill them with nothing first.
 */
export function auditWords(language: string): AuditWords {
  const lang: UiLanguage = language === 'pt-BR' ? 'pt-BR' : 'en';
  const { audit } = resources[lang].translation;
  return {
    vocabulary: { ...audit.summary, kinds: { ...audit.summary.kinds }, fields: { ...audit.fields } },
    kindNames: { ...audit.kindNames },
  };
}

export function useAuditWords(): AuditWords {
  const { i18n } = useTranslation();
  return useMemo(() => auditWords(i18n.language), [i18n.language]);
}
