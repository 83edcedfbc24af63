import { Alert, Button, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconUsers } from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { ImportView } from '#contract';
import { getApi } from '../../../api';
import { JobProgressCard } from '../../../components/JobProgressCard';
import { useLeadsView } from '../../../stores/leads';
import { IssueReport } from './IssueReport';
import { formatBytes, formatDuration } from './use-import-view';

type CountKey = 'rows' | 'created' | 'updated' | 'duplicates' | 'repeated' | 'invalid' | 'withProblems' | 'qualified';

const countColor: Partial<Record<CountKey, string>> = { invalid: 'red', withProblems: 'orange', qualified: 'teal' };

/**
 * The tiles an import's policy makes meaningful: "updated" under update, "skipped" under skip, and
 * neither under keep, which never looks for the client's leads.
 */
function countsOf(view: ImportView): CountKey[] {
  const existing: CountKey[] =
    view.duplicatePolicy === 'update' ? ['updated'] : view.duplicatePolicy === 'skip' ? ['duplicates'] : [];
  return ['rows', 'created', ...existing, 'repeated', 'invalid', 'withProblems', 'qualified'];
}

export function ImportCounts({ view }: { view: ImportView }) {
  const { t, i18n } = useTranslation();
  const number = new Intl.NumberFormat(i18n.language);
  const note = (key: CountKey): string | null => {
    if (key === 'updated' || key === 'duplicates') return t('leads.import.counts.notes.existing');
    if (key === 'repeated') return t(`leads.import.counts.notes.repeated.${view.duplicatePolicy}`);
    if (key === 'withProblems') return t('leads.import.counts.notes.withProblems');
    if (key === 'qualified') return t('leads.import.counts.notes.qualified');
    return null;
  };
  return (
    <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm" data-testid="import-counts">
      {countsOf(view).map((key) => (
        <Paper key={key} withBorder radius="md" p="sm" data-testid={`count-${key}`}>
          <Text size="xs" c="dimmed">
            {t(`leads.import.counts.${key}`)}
          </Text>
          <Text
            size="xl"
            fw={700}
            c={view[key] > 0 ? countColor[key] : undefined}
            style={{ fontVariantNumeric: 'tabular-nums' }}
            data-testid="count-value"
          >
            {number.format(view[key])}
          </Text>
          {note(key) !== null && (
            <Text size="xs" c="dimmed" lh={1.3} data-testid="count-note">
              {note(key)}
            </Text>
          )}
        </Paper>
      ))}
    </SimpleGrid>
  );
}

/** What happened to repeated rows and to the client's leads, in words. */
function outcomeSentences(view: ImportView, t: TFunction, number: Intl.NumberFormat): string[] {
  // `count` picks the plural; `n` is the number as the user's language writes it.
  const counted = (count: number) => ({ count, n: number.format(count) });
  const out: string[] = [];
  if (view.repeated > 0) out.push(t(`leads.import.summary.repeated.${view.duplicatePolicy}`, counted(view.repeated)));
  if (view.updated > 0) out.push(t('leads.import.summary.updated', counted(view.updated)));
  if (view.duplicates > 0) out.push(t('leads.import.summary.skipped', counted(view.duplicates)));
  return out;
}

function Outcome({ view }: { view: ImportView }) {
  const { t, i18n } = useTranslation();
  const number = new Intl.NumberFormat(i18n.language);
  const duration = formatDuration((view.finishedAt ?? view.startedAt) - view.startedAt, i18n.language);
  const good = view.state === 'done';
  const body =
    view.state === 'done'
      ? t('leads.import.summary.doneBody', { rows: number.format(view.rows), duration })
      : view.state === 'failed'
        ? t('leads.import.summary.failedBody', { message: view.message ?? '' })
        : view.state === 'interrupted'
          ? t('leads.import.summary.interruptedBody')
          : t('leads.import.summary.cancelledBody');
  return (
    <Alert
      color={good ? 'teal' : view.state === 'cancelled' ? 'gray' : 'red'}
      variant="light"
      icon={good ? <IconCircleCheck size={20} /> : <IconAlertTriangle size={20} />}
      title={t(`leads.import.summary.${view.state === 'running' ? 'running' : view.state}`)}
      data-testid="import-outcome"
      data-state={view.state}
    >
      <Stack gap={4}>
        <Text size="sm">{body}</Text>
        {outcomeSentences(view, t, number).map((sentence) => (
          <Text key={sentence} size="sm" data-testid="outcome-sentence">
            {sentence}
          </Text>
        ))}
      </Stack>
    </Alert>
  );
}

/** Filters the Leads table by this import; the caller then closes whatever showed the summary. */
export function ShowLeadsButton({ view, onShown }: { view: ImportView; onShown: () => void }) {
  const { t } = useTranslation();
  const showImport = useLeadsView((s) => s.showImport);
  if (view.created + view.updated === 0) return null;
  return (
    <Button
      leftSection={<IconUsers size={16} />}
      onClick={() => {
        showImport(view.id, view.fileName);
        onShown();
      }}
    >
      {t('leads.import.summary.showLeads')}
    </Button>
  );
}

interface ImportResultProps {
  view: ImportView;
}

/** A running import's progress with Cancel, or a finished one's outcome, counts and row report. */
export function ImportResult({ view }: ImportResultProps) {
  const { t, i18n } = useTranslation();
  const running = view.state === 'running';
  const percent = view.totalBytes === 0 ? 0 : Math.min(100, Math.round((view.bytesRead / view.totalBytes) * 100));

  return (
    <Stack gap="lg">
      {running ? (
        <JobProgressCard
          testId="import-progress"
          title={
            <Title order={3} size="h5" style={{ overflowWrap: 'anywhere' }}>
              {t('leads.import.progress.title', { name: view.fileName })}
            </Title>
          }
          percent={percent}
          label={t('leads.import.progress.running')}
          detail={
            <>
              {formatBytes(view.bytesRead, i18n.language)} / {formatBytes(view.totalBytes, i18n.language)} ·{' '}
              {t('leads.import.progress.running')}
            </>
          }
          stop={{
            label: t('leads.import.progress.cancel'),
            stopping: t('leads.import.progress.cancelling'),
            onStop: () => void getApi().invoke('leads:importCancel', { id: view.id }),
          }}
        />
      ) : (
        <Outcome view={view} />
      )}
      <ImportCounts view={view} />
      {running ? (
        <Text size="sm" c="dimmed">
          {t('leads.import.progress.background')}
        </Text>
      ) : (
        <>
          <Stack gap="xs">
            <div>
              <Title order={3} size="h5">
                {t('leads.import.issues.title')}
              </Title>
              {view.issues > 0 && (
                <Text size="sm" c="dimmed">
                  {t('leads.import.issues.hint')}
                </Text>
              )}
            </div>
            <IssueReport importId={view.id} truncated={view.message === 'issues_truncated'} />
          </Stack>
        </>
      )}
    </Stack>
  );
}
