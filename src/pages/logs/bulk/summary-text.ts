import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { BulkSummary } from '#contract';

type Skipped = BulkSummary['skipped'];

export const skippedCount = (skipped: Skipped): number => skipped.reduce((sum, s) => sum + s.count, 0);

/** Numbers, skip reasons and the summary sentence in one language. */
export function bulkTexts(t: TFunction, language: string) {
  const number = new Intl.NumberFormat(language);
  const list = new Intl.ListFormat(language, { type: 'conjunction' });
  const n = (value: number): string => number.format(value);
  const reasons = (skipped: Skipped): string =>
    list.format(skipped.map((s) => t(`logsBulk.reasons.${s.reason}`, { n: n(s.count), count: s.count })));

  /** "298 resent, 2 skipped: 1 already sent and 1 cancelled." and what else the user should know. */
  function summary(s: BulkSummary): string {
    if (s.total === 0) return t('logsBulk.summary.empty');
    const parts = [t(`logsBulk.summary.applied.${s.action}`, { n: n(s.applied), count: s.applied })];
    if (s.stopping > 0) parts.push(t('logsBulk.summary.stopping', { n: n(s.stopping), count: s.stopping }));
    const skipped = skippedCount(s.skipped);
    if (skipped > 0) {
      parts.push(t('logsBulk.summary.skipped', { n: n(skipped), count: skipped, reasons: reasons(s.skipped) }));
    }
    const sentences = [`${parts.join(', ')}.`];
    if (s.held > 0) sentences.push(`${t('logsBulk.summary.held', { n: n(s.held), count: s.held })}.`);
    if (s.unfinished > 0) {
      sentences.push(t('logsBulk.summary.unfinished', { n: n(s.unfinished), count: s.unfinished }));
    }
    return sentences.join(' ');
  }

  return { t, n, reasons, summary };
}

/** `bulkTexts` in the user's language. */
export function useBulkText() {
  const { t, i18n } = useTranslation();
  return bulkTexts(t, i18n.language);
}
