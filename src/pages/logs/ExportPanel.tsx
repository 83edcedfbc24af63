import { Alert, Button, Group, Paper, Progress, Stack, Text } from '@mantine/core';
import { IconCheck, IconDownload, IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import type { ExportStatus } from './use-export';

export function ExportButton({ status, onStart }: { status: ExportStatus; onStart: () => void }) {
  const { t } = useTranslation();
  const busy = status.phase === 'writing' || status.phase === 'downloading';
  return (
    <Button variant="default" leftSection={<IconDownload size={16} />} onClick={onStart} disabled={busy}>
      {t('logs.export.button')}
    </Button>
  );
}

/** What the running (or last) export is doing: a progress bar with cancel, then the outcome. */
export function ExportProgress({
  status,
  onCancel,
  onDismiss,
}: {
  status: ExportStatus;
  onCancel: () => void;
  onDismiss: () => void;
}) {
  const { t, i18n } = useTranslation();
  const n = (value: number) => value.toLocaleString(i18n.language);
  if (status.phase === 'idle') return null;
  if (status.phase === 'failed') return <ErrorAlert error={status.error} onClose={onDismiss} />;
  if (status.phase === 'saved' || status.phase === 'cancelled') {
    return (
      <Alert
        color={status.phase === 'saved' ? 'teal' : 'gray'}
        icon={status.phase === 'saved' ? <IconCheck size={18} /> : <IconX size={18} />}
        withCloseButton
        closeButtonLabel={t('common.close')}
        onClose={onDismiss}
        mb="md"
        role="status"
        data-testid="export-outcome"
      >
        {status.phase === 'saved'
          ? t('logs.export.done', { fileName: status.fileName, rows: n(status.rows) })
          : t('logs.export.cancelled')}
      </Alert>
    );
  }
  const writing = status.phase === 'writing';
  const value = writing
    ? status.total > 0
      ? (status.done / status.total) * 100
      : 0
    : status.size > 0
      ? (status.bytes / status.size) * 100
      : 100;
  return (
    <Paper withBorder p="sm" mb="md" role="status" aria-label={t('logs.export.title')} data-testid="export-progress">
      <Stack gap={6}>
        <Group justify="space-between" wrap="nowrap">
          <Text size="sm" fw={500}>
            {t('logs.export.title')}
          </Text>
          {writing && (
            <Button size="xs" variant="subtle" color="red" onClick={onCancel} disabled={status.id === ''}>
              {t('logs.export.cancel')}
            </Button>
          )}
        </Group>
        <Progress value={value} animated striped aria-label={t('logs.export.title')} />
        <Text size="xs" c="dimmed">
          {writing
            ? t('logs.export.progress', { done: n(status.done), total: n(Math.max(status.total, status.done)) })
            : t('logs.export.downloading')}
        </Text>
      </Stack>
    </Paper>
  );
}
