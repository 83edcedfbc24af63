import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { BulkSummary } from '#contract';

type Skipped = BulkSummary['skipped'];

/** Numbers and lists in the user's language, for the bulk texts. */
export function useBulkText() {
  const { t, i18n } = useTranslation();
  const number = new Intl.NumberFormat(i18n.language);
  const list = new Intl.ListFormat(i18n.language, { type: 'conjunction' });
  const n = (value: number): string => number.format(value);
  const reasons = (skipped: Skipped): string =>
    list.format(skipped.map((s) => t(`logsBulk.reasons.${s.reason}`, { n: n(s.count), count: s.count })));
  return { t, n, reasons, summary: (s: BulkSummary) => summaryText(t, s, n, reasons) };
}

export const skippedCount = (skipped: Skipped): number => skipped.reduce((sum, s) => sum + s.count, 0);

/** "298 resent, 2 skipped: 1 already sent and 1 cancelled." and what else the user should know. */
function summaryText(t: TFunction, s: BulkSummary, n: (v: number) => string, reasons: (s: Skipped) => string): string {
  if (s.total === 0) return t('logsBulk.summary.empty');
  const parts = [t(`logsBulk.summary.applied.${s.action}`, { n: n(s.applied), count: s.applied })];
  if (s.stopping > 0) parts.push(t('logsBulk.summary.stopping', { n: n(s.stopping), count: s.stopping }));
  const skipped = skippedCount(s.skipped);
  if (skipped > 0)
    parts.push(t('logsBulk.summary.skipped', { n: n(skipped), count: skipped, reasons: reasons(s.skipped) }));
  const sentences = [`${parts.join(', ')}.`];
  if (s.held > 0) sentences.push(`${t('logsBulk.summary.held', { n: n(s.held), count: s.held })}.`);
  if (s.unfinished > 0) sentences.push(t('logsBulk.summary.unfinished', { n: n(s.unfinished), count: s.unfinished }));
  return sentences.join(' ');
}
