import { Alert, Button, Group, Paper, Progress, Stack, Text } from '@mantine/core';
import { IconCheck, IconDownload, IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ReactNode } from 'react';
import { ErrorAlert } from '../ErrorAlert';
import type { ExportStatus } from './export-store';

export function ExportButton({
  status,
  onStart,
  label,
  size,
}: {
  status: ExportStatus;
  onStart: () => void;
  label?: ReactNode;
  size?: 'xs' | 'sm';
}) {
  const { t } = useTranslation();
  const busy = status.phase === 'writing' || status.phase === 'downloading';
  return (
    <Button variant="default" size={size} leftSection={<IconDownload size={16} />} onClick={onStart} disabled={busy}>
      {label ?? t('exports.button')}
    </Button>
  );
}

/** What the running (or last) export is doing: a progress bar with cancel, then the outcome. */
export function ExportProgress({
  status,
  title,
  onCancel,
  onDismiss,
}: {
  status: ExportStatus;
  /** What is being exported, e.g. "Exporting the filtered leads". */
  title: string;
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
          ? t('exports.done', { fileName: status.fileName, rows: n(status.rows), count: status.rows })
          : t('exports.cancelled')}
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
    <Paper withBorder p="sm" mb="md" role="status" aria-label={title} data-testid="export-progress">
      <Stack gap={6}>
        <Group justify="space-between" wrap="nowrap">
          <Text size="sm" fw={500}>
            {title}
          </Text>
          <Button size="xs" variant="subtle" color="red" onClick={onCancel} disabled={status.id === ''}>
            {t('exports.cancel')}
          </Button>
        </Group>
        <Progress value={value} animated striped aria-label={title} />
        <Text size="xs" c="dimmed">
          {writing
            ? t('exports.progress', { done: n(status.done), total: n(Math.max(status.total, status.done)) })
            : t('exports.downloading')}
        </Text>
      </Stack>
    </Paper>
  );
}
