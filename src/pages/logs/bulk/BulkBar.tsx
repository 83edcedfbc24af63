import { Alert, Button, CloseButton, Group, Kbd, Loader, Paper, Progress, Stack, Text, Tooltip } from '@mantine/core';
import { IconAlertTriangle, IconCheck, IconPlayerPlay, IconRefresh, IconX } from '@tabler/icons-react';
import type { KeyboardEvent } from 'react';
import { bulkActions, type BulkAction } from '#contract';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useLogsBulk, type BulkJob } from './bulk-store';
import { useBulkText } from './summary-text';

const ICONS: Record<BulkAction, typeof IconRefresh> = {
  resend: IconRefresh,
  retryNow: IconPlayerPlay,
  cancel: IconX,
};

/** The running action's progress, then its summary. */
function JobStatus({ job }: { job: BulkJob }) {
  const { t, n, summary } = useBulkText();
  const dismiss = useLogsBulk((s) => s.dismiss);
  if (job.phase === 'failed') {
    return <ErrorAlert error={job.error} title={t('logsBulk.failed')} onClose={dismiss} />;
  }
  if (job.phase === 'finished') {
    const s = job.summary;
    const warn = s.unfinished > 0;
    return (
      <Alert
        color={warn ? 'yellow' : 'teal'}
        icon={warn ? <IconAlertTriangle size={18} /> : <IconCheck size={18} />}
        title={t(`logsBulk.summary.title.${s.action}`)}
        withCloseButton
        closeButtonLabel={t('common.close')}
        onClose={dismiss}
        role="status"
        data-testid="bulk-summary"
      >
        {summary(s)}
      </Alert>
    );
  }
  const running = job.phase === 'running';
  const label = running
    ? t(`logsBulk.progress.${job.action}`, { done: n(job.done), total: n(job.total) })
    : t('logsBulk.progress.starting');
  return (
    <Paper withBorder p="sm" role="status" aria-label={label} data-testid="bulk-progress">
      <Stack gap={6}>
        <Text size="sm" fw={500}>
          {label}
        </Text>
        <Progress
          value={running && job.total > 0 ? (job.done / job.total) * 100 : 0}
          animated={!running || job.done === 0}
          striped={!running || job.done === 0}
          aria-label={label}
        />
      </Stack>
    </Paper>
  );
}

/**
 * The selection (every dispatch the filters match) with its actions, the running action's
 * progress and the last one's summary. Esc in the bar clears the selection.
 */
export function BulkBar({ onAction }: { onAction: (action: BulkAction) => void }) {
  const { t, n } = useBulkText();
  const selection = useLogsBulk((s) => s.selection);
  const job = useLogsBulk((s) => s.job);
  const clear = useLogsBulk((s) => s.clear);
  const busy = job?.phase === 'starting' || job?.phase === 'running';
  const preview = selection?.preview ?? null;

  function onKeyDown(e: KeyboardEvent): void {
    if (e.key === 'Escape') clear();
  }

  return (
    <>
      {job && (
        <div style={{ marginBottom: 'var(--mantine-spacing-md)' }}>
          <JobStatus job={job} />
        </div>
      )}
      {selection && (
        <Paper
          withBorder
          p="sm"
          mb="md"
          bg="var(--mantine-primary-color-light)"
          role="region"
          aria-label={t('logsBulk.barLabel')}
          onKeyDown={onKeyDown}
          data-testid="bulk-bar"
        >
          <Group justify="space-between" wrap="wrap" gap="sm">
            <Stack gap={2} miw={0} style={{ flex: '1 1 280px' }}>
              {preview ? (
                <Text fw={600} size="sm" data-testid="bulk-selected" data-count={preview.total}>
                  {preview.total === 0
                    ? t('logsBulk.nothingSelected')
                    : t('logsBulk.selected', { n: n(preview.total), count: preview.total })}
                </Text>
              ) : (
                <Group gap="xs">
                  <Loader size="xs" />
                  <Text size="sm">{t('logsBulk.counting')}</Text>
                </Group>
              )}
              <Text size="xs" c="dimmed">
                {t('logsBulk.selectedHint')} <Kbd size="xs">Shift</Kbd>+<Kbd size="xs">R</Kbd>{' '}
                {t('logsBulk.shortcutResend')} · <Kbd size="xs">Esc</Kbd> {t('logsBulk.shortcutClear')}
              </Text>
            </Stack>
            <Group gap="xs" wrap="wrap">
              {bulkActions.map((action) => {
                const counts = preview?.actions[action];
                const count = counts ? counts.eligible + counts.stopping : 0;
                const Icon = ICONS[action];
                const button = (
                  <Button
                    size="sm"
                    variant={action === 'resend' ? 'filled' : 'default'}
                    color={action === 'cancel' ? 'red' : undefined}
                    leftSection={<Icon size={16} />}
                    disabled={!counts || count === 0 || busy}
                    onClick={() => onAction(action)}
                    data-testid={`bulk-${action}`}
                  >
                    {t(`logsBulk.buttons.${action}`, { n: n(count), count })}
                  </Button>
                );
                return counts && count === 0 ? (
                  <Tooltip key={action} label={t(`logsBulk.none.${action}`)} multiline w={280}>
                    <span>{button}</span>
                  </Tooltip>
                ) : (
                  <span key={action}>{button}</span>
                );
              })}
              <CloseButton aria-label={t('logsBulk.clear')} title={t('logsBulk.clear')} onClick={clear} />
            </Group>
          </Group>
        </Paper>
      )}
    </>
  );
}
