import { Alert, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { RescoreView } from '#contract';
import { getApi } from '../../api';
import { JobProgressCard } from '../../components/JobProgressCard';
import { rescorePercent } from './use-rescore';

/** A running re-score: how far it has got, and Stop. */
export function RescoreProgress({ job }: { job: RescoreView }) {
  const { t, i18n } = useTranslation();
  const number = new Intl.NumberFormat(i18n.language);
  const percent = rescorePercent(job);
  return (
    <Stack gap="md" data-testid="rescore-progress">
      <JobProgressCard
        title={<Text fw={600}>{t('scoring.rescore.progress.title', { name: job.profileName })}</Text>}
        percent={percent}
        label={t('scoring.rescore.progress.label')}
        detail={t('scoring.rescore.progress.counted', {
          count: job.total,
          done: number.format(job.rescored),
          total: number.format(job.total),
        })}
        stop={{
          label: t('scoring.rescore.progress.stop'),
          stopping: t('scoring.rescore.progress.stopping'),
          onStop: () => void getApi().invoke('scoring:rescoreCancel', { id: job.id }),
        }}
      />
      <RescoreCounts job={job} />
      <Text size="sm" c="dimmed">
        {t('scoring.rescore.progress.background')}
      </Text>
    </Stack>
  );
}

type CountKey =
  | 'rescored'
  | 'changed'
  | 'newlyQualified'
  | 'noLongerQualified'
  | 'dispatchesCancelled'
  | 'dispatchesKept'
  | 'dispatchesQueued';

const countColor: Partial<Record<CountKey, string>> = {
  newlyQualified: 'teal',
  noLongerQualified: 'orange',
  dispatchesQueued: 'teal',
  dispatchesKept: 'orange',
};

/** The run's counts; the dispatch tile follows the user's choice for queued dispatches. */
function RescoreCounts({ job }: { job: RescoreView }) {
  const { t, i18n } = useTranslation();
  const number = new Intl.NumberFormat(i18n.language);
  const settled: CountKey = job.queued === 'cancel' ? 'dispatchesCancelled' : 'dispatchesKept';
  const keys: CountKey[] = ['rescored', 'changed', 'newlyQualified', 'noLongerQualified', settled, 'dispatchesQueued'];
  const note = (key: CountKey): string | null => {
    if (key === 'dispatchesCancelled' || key === 'dispatchesKept') return t(`scoring.rescore.counts.notes.${key}`);
    if (key !== 'dispatchesQueued') return null;
    const queued = t('scoring.rescore.counts.notes.dispatchesQueued');
    if (job.dispatchesSkipped === 0) return queued;
    const skipped = t('scoring.rescore.counts.notes.skipped', {
      count: job.dispatchesSkipped,
      n: number.format(job.dispatchesSkipped),
    });
    return `${queued} ${skipped}`;
  };
  return (
    <SimpleGrid cols={{ base: 2, sm: 3 }} spacing="sm" data-testid="rescore-counts">
      {keys.map((key) => (
        <Paper key={key} withBorder radius="md" p="sm" data-testid={`rescore-count-${key}`}>
          <Text size="xs" c="dimmed">
            {t(`scoring.rescore.counts.${key}`)}
          </Text>
          <Text
            size="xl"
            fw={700}
            c={job[key] > 0 ? countColor[key] : undefined}
            style={{ fontVariantNumeric: 'tabular-nums' }}
            data-testid="count-value"
          >
            {number.format(job[key])}
          </Text>
          {note(key) !== null && (
            <Text size="xs" c="dimmed" lh={1.3}>
              {note(key)}
            </Text>
          )}
        </Paper>
      ))}
    </SimpleGrid>
  );
}

/** A finished re-score: how it ended, in words, and its counts. */
export function RescoreSummary({ job }: { job: RescoreView }) {
  const { t, i18n } = useTranslation();
  const number = new Intl.NumberFormat(i18n.language);
  const counted = { count: job.rescored, n: number.format(job.rescored) };
  const good = job.state === 'done';
  const body =
    job.state === 'done'
      ? t('scoring.rescore.outcome.doneBody', { ...counted, name: job.profileName })
      : job.state === 'cancelled'
        ? t('scoring.rescore.outcome.cancelledBody', counted)
        : job.state === 'interrupted'
          ? t('scoring.rescore.outcome.interruptedBody', counted)
          : job.message === 'no_active_profile'
            ? t('scoring.rescore.outcome.failedNoProfile')
            : t('scoring.rescore.outcome.failedBody', counted);
  const title = job.state === 'running' ? 'done' : job.state;
  return (
    <Stack gap="md" data-testid="rescore-summary">
      <Alert
        color={good ? 'teal' : job.state === 'cancelled' ? 'gray' : job.state === 'interrupted' ? 'orange' : 'red'}
        variant="light"
        icon={good ? <IconCircleCheck size={20} /> : <IconAlertTriangle size={20} />}
        title={t(`scoring.rescore.outcome.${title}`)}
        data-testid="rescore-outcome"
        data-state={job.state}
      >
        <Text size="sm">{body}</Text>
      </Alert>
      <RescoreCounts job={job} />
    </Stack>
  );
}
