import { useTranslation } from 'react-i18next';
import { DISQUALIFIERS, type Disqualifier } from '../../../../electron/contract';

const isDisqualifier = (v: string): v is Disqualifier => (DISQUALIFIERS as readonly string[]).includes(v);

/**
 * Why bad data kept a lead from qualifying, as one sentence ("Not qualified: invalid CNPJ and
 * invalid phone."); null when nothing did. `long` adds what the user can do about it.
 */
export function useBlockersText(): (blockedBy: readonly string[], long?: boolean) => string | null {
  const { t, i18n } = useTranslation();
  return (blockedBy, long = false) => {
    const words = blockedBy.filter(isDisqualifier).map((key) => t(`leads.detail.blockers.${key}`));
    if (words.length === 0) return null;
    const reasons = new Intl.ListFormat(i18n.language, { type: 'conjunction' }).format(words);
    return long ? t('leads.detail.score.blocked', { reasons }) : t('leads.detail.score.blockedShort', { reasons });
  };
}
