import { useTranslation } from 'react-i18next';
import { DISQUALIFIERS, type Disqualifier } from '#contract';

const isDisqualifier = (v: string): v is Disqualifier => (DISQUALIFIERS as readonly string[]).includes(v);

/** The bad data that kept a lead from qualifying, in words ("invalid CNPJ and invalid phone"); null when none. */
export function useBlockersList(): (blockedBy: readonly string[]) => string | null {
  const { t, i18n } = useTranslation();
  return (blockedBy) => {
    const words = blockedBy.filter(isDisqualifier).map((key) => t(`leads.detail.blockers.${key}`));
    if (words.length === 0) return null;
    return new Intl.ListFormat(i18n.language, { type: 'conjunction' }).format(words);
  };
}

/**
 * Why bad data kept a lead from qualifying, as one sentence ("Not qualified: invalid CNPJ."); null
 * when nothing did. `long` adds what the user can do about it.
 */
export function useBlockersText(): (blockedBy: readonly string[], long?: boolean) => string | null {
  const { t } = useTranslation();
  const list = useBlockersList();
  return (blockedBy, long = false) => {
    const reasons = list(blockedBy);
    if (reasons === null) return null;
    return long ? t('leads.detail.score.blocked', { reasons }) : t('leads.detail.score.blockedShort', { reasons });
  };
}
