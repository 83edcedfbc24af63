import { Button, Group, Paper, Progress, Stack, Text, Title } from '@mantine/core';
import { IconFileExport, IconFileImport } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppErrorPayload, Result } from '#contract';
import { getApi } from '../../../api';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { createExportStore } from '../../../components/exports/export-store';
import { ReplaceDataModal } from './ReplaceDataModal';

/** The browser's download of the workspace file, outside the card so leaving Settings loses nothing. */
const useWorkspaceDownload = createExportStore();

async function beginDownload(): Promise<Result<{ id: string; total: number }>> {
  const result = await getApi().invoke('workspace:export', { target: 'download' });
  if (!result.ok) return result;
  if (result.value.outcome !== 'download') return { ok: false, error: { code: 'internal', message: 'No file.' } };
  return { ok: true, value: { id: result.value.id, total: 1 } };
}

function percent(done: number, total: number): number {
  return total <= 0 ? 0 : Math.min(100, Math.round((done / total) * 100));
}

/** Settings → Move to another computer: the whole workspace as one file, and importing one. */
export function WorkspaceCard({ host }: { host: 'electron' | 'headless' }) {
  const { t } = useTranslation();
  const download = useWorkspaceDownload();
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);
  const [error, setError] = useState<AppErrorPayload | null>(null);
  const [importing, setImporting] = useState(false);

  async function exportWorkspace(): Promise<void> {
    setSaved(null);
    setError(null);
    if (host === 'headless') {
      download.dismiss();
      await download.start(beginDownload);
      return;
    }
    setSaving(true);
    const result = await getApi().invoke('workspace:export', { target: 'dialog' });
    setSaving(false);
    if (!result.ok) return setError(result.error);
    if (result.value.outcome === 'saved') setSaved(result.value.fileName);
  }

  const status = download.status;
  const busy = saving || status.phase === 'writing' || status.phase === 'downloading';
  const failure = error ?? (status.phase === 'failed' ? status.error : null);

  return (
    <Paper withBorder p="lg" role="region" aria-label={t('workspace.title')}>
      <Stack gap="md">
        <div>
          <Title order={2} size="h4">
            {t('workspace.title')}
          </Title>
          <Text size="sm" c="dimmed" mt={4}>
            {t('workspace.description')}
          </Text>
        </div>
        {failure && <ErrorAlert error={failure} onClose={() => (error ? setError(null) : download.dismiss())} />}
        <Group gap="sm">
          <Button leftSection={<IconFileExport size={16} />} loading={busy} onClick={() => void exportWorkspace()}>
            {t('workspace.export')}
          </Button>
          <Button variant="default" leftSection={<IconFileImport size={16} />} onClick={() => setImporting(true)}>
            {t('workspace.import')}
          </Button>
        </Group>
        {status.phase === 'writing' && (
          <Stack gap={4}>
            <Progress
              value={percent(status.done, status.total)}
              animated
              striped
              aria-label={t('workspace.exporting')}
            />
            <Text size="xs" c="dimmed">
              {t('workspace.exporting')}
            </Text>
          </Stack>
        )}
        {status.phase === 'downloading' && (
          <Stack gap={4}>
            <Progress value={percent(status.bytes, status.size)} aria-label={t('workspace.exporting')} />
            <Text size="xs" c="dimmed">
              {t('workspace.downloading', { percent: percent(status.bytes, status.size) })}
            </Text>
          </Stack>
        )}
        {(saved ?? (status.phase === 'saved' ? status.fileName : null)) && (
          <Text size="sm" c="teal" role="status">
            {t('workspace.exported', { name: saved ?? (status.phase === 'saved' ? status.fileName : '') })}
          </Text>
        )}
      </Stack>
      <ReplaceDataModal
        replacement={importing ? { kind: 'workspace' } : null}
        host={host}
        onClose={() => setImporting(false)}
      />
    </Paper>
  );
}
