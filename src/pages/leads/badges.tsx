import { Badge, Group, Text, Tooltip } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconCircleMinus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { LeadEmailKind } from '#contract';
import { useRangeLabel } from '../../i18n/range-label';

export const emailKindColors: Record<LeadEmailKind, string> = {
  corporate: 'teal',
  free: 'blue',
  typo: 'grape',
  disposable: 'orange',
  invalid: 'red',
  missing: 'gray',
};

export function EmailKindBadge({ kind }: { kind: LeadEmailKind | null }) {
  const { t } = useTranslation();
  if (kind === null) return null;
  return (
    <Tooltip label={t(`leads.emailKindHints.${kind}`)}>
      <Badge
        color={emailKindColors[kind]}
        variant="light"
        size="xs"
        radius="sm"
        style={{ flexShrink: 0 }}
        data-testid="email-kind"
      >
        {t(`leads.emailKinds.${kind}`)}
      </Badge>
    </Tooltip>
  );
}

interface ScoreProps {
  score: number | null;
  color: string;
  size?: 'sm' | 'md' | 'lg' | 'xl';
}

/** The number alone, coloured by its range; "not scored" says why on hover. */
export function ScoreBadge({ score, color, size = 'md' }: ScoreProps) {
  const { t } = useTranslation();
  if (score === null) {
    return (
      <Tooltip label={t('leads.noScoreHint')} multiline w={240}>
        <Badge color="gray" variant="outline" size="sm" data-testid="score-badge">
          {t('leads.noScore')}
        </Badge>
      </Tooltip>
    );
  }
  return (
    <Badge
      color={color}
      variant="filled"
      size={size}
      radius="sm"
      miw={40}
      styles={{ label: { fontVariantNumeric: 'tabular-nums' } }}
      data-testid="score-badge"
    >
      {score}
    </Badge>
  );
}

export function RangeBadge({ range, color }: { range: string | null; color: string }) {
  const { nameOf } = useRangeLabel();
  if (range === null) return <Text c="dimmed">—</Text>;
  return (
    <Badge color={color} variant="light" size="sm" data-testid="range-badge">
      {nameOf(range)}
    </Badge>
  );
}

/** Whether the lead qualified: as a word, or (compact, beside the score) an icon explained on hover. */
export function QualifiedMark({
  qualified,
  scored,
  compact = false,
}: {
  qualified: boolean;
  scored: boolean;
  compact?: boolean;
}) {
  const { t } = useTranslation();
  if (!scored) return compact ? null : <Text c="dimmed">—</Text>;
  if (compact) {
    const label = qualified ? t('leads.qualified.yes') : t('leads.qualified.no');
    return (
      <Tooltip label={label}>
        <Group
          c={qualified ? 'teal' : 'dimmed'}
          data-testid="qualified"
          data-qualified={qualified ? 'yes' : 'no'}
          aria-label={label}
          role="img"
        >
          {qualified ? <IconCircleCheck size={18} aria-hidden /> : <IconCircleMinus size={18} aria-hidden />}
        </Group>
      </Tooltip>
    );
  }
  return qualified ? (
    <Group gap={4} wrap="nowrap" c="teal" data-testid="qualified" data-qualified="yes">
      <IconCircleCheck size={16} aria-hidden />
      <Text size="sm" c="teal">
        {t('leads.filters.yes')}
      </Text>
    </Group>
  ) : (
    <Text size="sm" c="dimmed" data-testid="qualified" data-qualified="no">
      {t('leads.filters.no')}
    </Text>
  );
}

/** Compact: the count of problems, explained on hover; a check mark when there are none. */
export function ChecksMark({ count }: { count: number }) {
  const { t } = useTranslation();
  if (count === 0) {
    return (
      <Tooltip label={t('leads.checks.clean')}>
        <Group gap={4} c="teal" data-testid="checks" data-count={0} role="img" aria-label={t('leads.checks.clean')}>
          <IconCircleCheck size={18} aria-hidden />
        </Group>
      </Tooltip>
    );
  }
  return (
    <Tooltip label={`${t('leads.checks.count', { count })} · ${t('leads.checks.hint')}`} multiline w={220}>
      <Badge
        color="orange"
        variant="light"
        size="md"
        leftSection={<IconAlertTriangle size={13} aria-hidden />}
        data-testid="checks"
        data-count={count}
        aria-label={t('leads.checks.count', { count })}
      >
        {count}
      </Badge>
    </Tooltip>
  );
}
