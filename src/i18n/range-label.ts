import { useTranslation } from 'react-i18next';
import type { OutputOf } from '#contract';

/** One of a client's score ranges, as `integrations:scoreRanges` answers it. */
export type ScoreRange = OutputOf<'integrations:scoreRanges'>['ranges'][number];

const knownNames = ['high', 'medium', 'low'] as const;

function isKnown(name: string): name is (typeof knownNames)[number] {
  return (knownNames as readonly string[]).includes(name);
}

/** "High (70 and above)": the default ranges by their translated names, a profile's own as named. */
export function useRangeLabel(): {
  nameOf: (rangeName: string) => string;
  name: (range: ScoreRange) => string;
  label: (range: ScoreRange) => string;
} {
  const { t } = useTranslation();
  const nameOf = (rangeName: string): string => (isKnown(rangeName) ? t(`scoreRanges.${rangeName}`) : rangeName);
  const name = (range: ScoreRange): string => nameOf(range.name);
  const bounds = (range: ScoreRange): string => {
    if (range.min !== null && range.max !== null) return t('scoreRanges.between', { min: range.min, max: range.max });
    if (range.min !== null) return t('scoreRanges.from', { min: range.min });
    if (range.max !== null) return t('scoreRanges.upTo', { max: range.max });
    return t('scoreRanges.any');
  };
  return { nameOf, name, label: (range) => `${name(range)} (${bounds(range)})` };
}
