import { Badge, Group, Loader, Paper, Progress, Stack, Text, Title } from '@mantine/core';
import type { MantineColor } from '@mantine/core';
import { IconArrowRight, IconChartBar } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { fail, type ScoringPreview, type ScoringProfile } from '#contract';
import { getApi } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useApiQuery } from '../send-leads/use-api-query';
import { PreviewLeads } from './PreviewLeads';
import { rangeColors } from './range-colors';
import classes from './scoring.module.css';
import { useRangeLabel } from '../../i18n/range-label';

const SAMPLE = 50;
const DEBOUNCE_MS = 350;

function Delta({ from, to }: { from: number; to: number }) {
  const diff = to - from;
  if (diff === 0) return null;
  return (
    <Badge size="sm" variant="light" color={diff > 0 ? 'teal' : 'orange'}>
      {diff > 0 ? `+${diff}` : `−${Math.abs(diff)}`}
    </Badge>
  );
}

function Qualified({ preview }: { preview: ScoringPreview }) {
  const { t } = useTranslation();
  const { current, preview: next } = preview.qualified;
  return (
    <Paper withBorder p="sm" radius="md" data-testid="preview-qualified">
      <Text size="xs" c="dimmed" fw={600} tt="uppercase">
        {t('scoring.preview.qualified')}
      </Text>
      <Group gap="sm" align="baseline" mt={4}>
        <Text size="xl" fw={700} c="dimmed" aria-label={t('scoring.preview.now')}>
          {current}
        </Text>
        <IconArrowRight size={16} />
        <Text size="xl" fw={700} aria-label={t('scoring.preview.withDraft')} data-testid="preview-qualified-count">
          {next}
        </Text>
        <Text size="sm" c="dimmed">
          / {preview.total}
        </Text>
        <Delta from={current} to={next} />
      </Group>
    </Paper>
  );
}

function Ranges({ preview, colors }: { preview: ScoringPreview; colors: Map<string, MantineColor> }) {
  const { t } = useTranslation();
  const { nameOf } = useRangeLabel();
  const total = Math.max(preview.total, 1);
  const unscored = preview.total - preview.ranges.reduce((sum, r) => sum + r.current, 0);
  return (
    <Stack gap={8}>
      <Text size="sm" fw={600}>
        {t('scoring.preview.ranges')}
      </Text>
      {preview.ranges.map((r) => (
        <div
          key={r.name}
          data-testid="preview-range"
          aria-label={t('scoring.preview.rangeBar', { name: nameOf(r.name), current: r.current, preview: r.preview })}
        >
          <Group justify="space-between" gap="xs" mb={2}>
            <Text size="xs" fw={500}>
              {nameOf(r.name)}
            </Text>
            <Group gap={6}>
              <Text size="xs" c="dimmed">
                {r.current} → <b>{r.preview}</b>
              </Text>
              <Delta from={r.current} to={r.preview} />
            </Group>
          </Group>
          <Progress value={(r.current / total) * 100} size={4} color="gray" radius="xl" aria-hidden />
          <Progress
            value={(r.preview / total) * 100}
            size={8}
            mt={2}
            color={colors.get(r.name) ?? 'gray'}
            radius="xl"
            aria-hidden
          />
        </div>
      ))}
      {unscored > 0 && (
        <Text size="xs" c="dimmed">
          {t('scoring.preview.unscored')}: {unscored}
        </Text>
      )}
    </Stack>
  );
}

/** What the draft would do to the client's latest leads, next to what they have now. */
export function PreviewPanel({
  clientId,
  profile,
  ranges,
}: {
  clientId: string;
  /** The draft when it passes the schema; null while it has errors. */
  profile: ScoringProfile | null;
  ranges: ReadonlyArray<{ name: string; min: number }>;
}) {
  const { t } = useTranslation();
  const key = profile ? JSON.stringify([clientId, profile]) : null;
  const query = useApiQuery(
    key,
    // Never asked without a profile: the key is null then.
    async () =>
      profile
        ? getApi().invoke('scoring:preview', { clientId, profile, sample: SAMPLE })
        : fail<ScoringPreview>('invalid_input', 'The draft has errors.'),
    DEBOUNCE_MS,
  );
  const preview = query.status === 'ok' ? query.value : query.last;
  const colors = rangeColors(ranges);
  const color = (range: string | null): MantineColor => (range ? (colors.get(range) ?? 'gray') : 'gray');

  return (
    <Paper
      withBorder
      p="md"
      radius="md"
      className={classes.stickyPanel}
      component="section"
      aria-label={t('scoring.preview.title')}
      data-testid="scoring-preview"
    >
      <Stack gap="md">
        <Group justify="space-between" wrap="nowrap">
          <Group gap="xs">
            <IconChartBar size={18} />
            <Title order={3} size="h5">
              {t('scoring.preview.title')}
            </Title>
          </Group>
          {query.status === 'loading' && (
            <Group gap={6} aria-live="polite">
              <Loader size={14} />
              <Text size="xs" c="dimmed">
                {t('scoring.preview.updating')}
              </Text>
            </Group>
          )}
        </Group>
        {profile === null && (
          <Text size="sm" c="orange" data-testid="preview-invalid">
            {t('scoring.preview.invalid')}
          </Text>
        )}
        {query.status === 'error' && (
          <ErrorAlert error={query.error} message={t('scoring.preview.failed')} onRetry={query.reload} />
        )}
        {preview && preview.total === 0 && (
          <Text size="sm" c="dimmed">
            {t('scoring.preview.noLeads')}
          </Text>
        )}
        {preview && preview.total > 0 && (
          <Stack gap="md" style={{ opacity: profile === null ? 0.5 : 1 }}>
            <Text size="xs" c="dimmed">
              {t('scoring.preview.subtitle', { count: preview.total })}
            </Text>
            <Qualified preview={preview} />
            <Ranges preview={preview} colors={colors} />
            <PreviewLeads leads={preview.leads} color={color} />
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}
