import { Alert, Group, Loader, Paper, Stack, Text } from '@mantine/core';
import { IconCopy } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { LeadCheck } from '#contract';
import { RangeBadge, ScoreBadge } from '../badges';
import { useBlockersText } from '../detail/blockers';
import { Points, useReasonLabel } from '../detail/ScoreReasons';

interface LiveScoreProps {
  check: LeadCheck | undefined;
  checking: boolean;
  /** Nothing can be scored before there is an e-mail or a phone. */
  needsContact: boolean;
  colorOf: (range: string | null, score: number | null) => string;
}

/** The score the typed lead would get, with the rules behind it; updated as the user types. */
export function LiveScore({ check, checking, needsContact, colorOf }: LiveScoreProps) {
  const { t } = useTranslation();
  const label = useReasonLabel();
  const score = needsContact ? null : (check?.score ?? null);
  const blocked = useBlockersText()(score?.blockedBy ?? []);
  return (
    <Stack gap="sm">
      {!needsContact && check?.duplicateOf && (
        <Alert color="yellow" variant="light" icon={<IconCopy size={18} />} data-testid="duplicate-warning">
          {t(check.duplicateBy === 'phone' ? 'leads.form.duplicatePhone' : 'leads.form.duplicate')}
        </Alert>
      )}
      <Paper withBorder radius="md" p="md" data-testid="live-score">
        <Group justify="space-between" mb={score ? 'sm' : 0}>
          <Text size="sm" fw={600}>
            {t('leads.form.live.title')}
          </Text>
          {checking && <Loader size={14} aria-label={t('leads.form.checking')} />}
        </Group>
        {needsContact && (
          <Text size="sm" c="dimmed">
            {t('leads.form.live.needsContact')}
          </Text>
        )}
        {!needsContact && check && score === null && (
          <Text size="sm" c="dimmed">
            {t('leads.form.live.none')}
          </Text>
        )}
        {score && (
          <Stack gap="xs">
            <Group gap="sm">
              <ScoreBadge score={score.score} color={colorOf(score.range, score.score)} size="lg" />
              <RangeBadge range={score.range} color={colorOf(score.range, score.score)} />
              <Text size="sm" c={score.qualified ? 'teal' : blocked ? 'orange' : 'dimmed'} data-testid="live-qualified">
                {score.qualified ? t('leads.form.live.qualified') : (blocked ?? t('leads.form.live.notQualified'))}
              </Text>
            </Group>
            <Stack gap={2}>
              {score.reasons.map((reason) => (
                <Group key={reason.rule} justify="space-between" wrap="nowrap" gap="xs">
                  <Text size="xs" c="dimmed" truncate="end">
                    {label(reason)}
                  </Text>
                  <Points points={reason.points} />
                </Group>
              ))}
            </Stack>
          </Stack>
        )}
      </Paper>
    </Stack>
  );
}
