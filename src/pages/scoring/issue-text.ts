import { useTranslation } from 'react-i18next';
import { SCORE_MAX, SCORE_MIN } from '#contract';
import type { DraftIssue } from './validation';

/** What the field holds, which decides how a generic reason (`too_small`, `empty`) reads. */
export type IssueContext = 'text' | 'score' | 'points' | 'keywords' | 'states' | 'values' | 'field';

const NUMBER_REASONS = new Set(['too_small', 'too_big', 'invalid_type', 'not_finite']);
const PLAIN_REASONS = [
  'empty',
  'too_long',
  'too_many',
  'duplicate',
  'duplicate_name',
  'duplicate_id',
  'ranges_incomplete',
  'range_inverted',
  'value_required',
  'unknown_field',
] as const;
type PlainReason = (typeof PLAIN_REASONS)[number];

function isPlain(reason: string): reason is PlainReason {
  return (PLAIN_REASONS as readonly string[]).includes(reason);
}

/** The schema's reason tokens as sentences for the field they are shown under. */
export function useIssueText(): (issue: DraftIssue | undefined, context: IssueContext) => string | undefined {
  const { t } = useTranslation();
  return (issue, context) => {
    if (!issue) return undefined;
    const { reason, expected } = issue;
    if (context === 'score' && NUMBER_REASONS.has(reason)) {
      return t('scoring.issues.number', { min: SCORE_MIN, max: SCORE_MAX });
    }
    if (context === 'points' && NUMBER_REASONS.has(reason)) return t('scoring.issues.number', { min: -100, max: 100 });
    if (context === 'keywords' || context === 'states' || context === 'values') {
      if (reason === 'empty' || reason === 'too_small' || reason === 'values_required') {
        return t(`scoring.issues.${context}`);
      }
    }
    if (reason === 'ranges_gap' || reason === 'ranges_overlap') {
      return expected === undefined ? t(`scoring.issues.${reason}_plain`) : t(`scoring.issues.${reason}`, { expected });
    }
    if (isPlain(reason)) return t(`scoring.issues.${reason}`);
    return t('scoring.issues.invalid');
  };
}
