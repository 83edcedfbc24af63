import { Group, NumberInput, Paper, Slider, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { SCORE_MAX, SCORE_MIN } from '#contract';
import type { ProfileDraft } from './draft-store';
import { useIssueText } from './issue-text';
import { rangeAt } from './ranges';
import type { IssueMap } from './validation';
import { useRangeLabel } from '../../i18n/range-label';

const MARKS = [0, 25, 50, 75, 100].map((value) => ({ value, label: String(value) }));

/** The score from which a lead is qualified, as a slider and an exact number. */
export function QualifySection({
  draft,
  issues,
  onChange,
}: {
  draft: ProfileDraft;
  issues: IssueMap;
  onChange: (qualifyAt: number) => void;
}) {
  const { t } = useTranslation();
  const { nameOf } = useRangeLabel();
  const issueText = useIssueText();
  const labelId = useId();
  const value = draft.qualifyAt;
  const known = Number.isFinite(value);
  const range = known ? rangeAt(draft.ranges, value) : undefined;
  const error = issueText(issues.get('qualifyAt'), 'score');

  return (
    <Paper withBorder p="md" radius="md">
      <Title order={3} size="h5" id={labelId}>
        {t('scoring.qualify.title')}
      </Title>
      <Text size="xs" c="dimmed" mb="md">
        {t('scoring.qualify.description')}
      </Text>
      <Group align="flex-start" gap="lg" wrap="nowrap">
        <Slider
          aria-labelledby={labelId}
          value={known ? Math.min(SCORE_MAX, Math.max(SCORE_MIN, value)) : SCORE_MIN}
          onChange={onChange}
          min={SCORE_MIN}
          max={SCORE_MAX}
          marks={MARKS}
          style={{ flex: 1 }}
          mt={8}
          mb="lg"
          thumbLabel={t('scoring.qualify.label')}
        />
        <NumberInput
          aria-label={t('scoring.qualify.label')}
          value={known ? value : ''}
          onChange={(v) => onChange(typeof v === 'number' ? v : Number.NaN)}
          min={SCORE_MIN}
          max={SCORE_MAX}
          allowDecimal={false}
          allowNegative={false}
          clampBehavior="none"
          error={error}
          w={96}
        />
      </Group>
      {known && !error && (
        <Text size="sm" data-testid="qualify-summary">
          {t('scoring.qualify.summary', { value })}{' '}
          {range && (
            <Text span c="dimmed" size="sm">
              {t('scoring.qualify.inRange', { range: nameOf(range.name) })}
            </Text>
          )}
        </Text>
      )}
    </Paper>
  );
}
