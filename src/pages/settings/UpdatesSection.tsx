import { Alert, Button, Group, Modal, Progress, ScrollArea, Stack, Switch, Text } from '@mantine/core';
import { IconAlertTriangle, IconDownload, IconInfoCircle, IconRefresh, IconRotateClockwise } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppErrorPayload, UpdateStatus } from '#contract';
import { getApi } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useDateTimeFormats } from '../../i18n/format';

function useUpdateStatus() {
  const [status, setStatus] = useState<UpdateStatus | null>(null);
  const [error, setError] = useState<AppErrorPayload | null>(null);
  useEffect(() => {
    const api = getApi();
    void api.invoke('updates:status', {}).then((r) => (r.ok ? setStatus(r.value) : setError(r.error)));
    return api.on('updates:status', setStatus);
  }, []);
  async function run(channel: 'updates:check' | 'updates:download' | 'updates:install'): Promise<void> {
    const result = await getApi().invoke(channel, {});
    if (result.ok) setStatus(result.value);
    else setError(result.error);
  }
  async function setAutoDownload(autoDownload: boolean): Promise<void> {
    const result = await getApi().invoke('updates:setAutoDownload', { autoDownload });
    if (result.ok) setStatus(result.value);
    else setError(result.error);
  }
  return { status, error, setError, run, setAutoDownload };
}

/** What changes, before the app closes to install it. */
function ReleaseNotesModal({
  status,
  opened,
  onClose,
  onRestart,
}: {
  status: UpdateStatus;
  opened: boolean;
  onClose: () => void;
  onRestart: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('updates.notesTitle', { version: status.version ?? '' })}
      size="lg"
    >
      <Stack gap="md">
        <ScrollArea.Autosize mah={320} type="auto">
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} data-testid="release-notes">
            {status.releaseNotes ?? t('updates.noNotes')}
          </Text>
        </ScrollArea.Autosize>
        <Text size="sm" c="dimmed">
          {t('updates.notesRestart')}
        </Text>
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            {t('updates.later')}
          </Button>
          <Button leftSection={<IconRotateClockwise size={16} />} onClick={onRestart}>
            {t('updates.restart')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

/** Settings → About → Updates: the version, "Check for updates", the download, "Restart to update". */
export function UpdatesSection() {
  const { t } = useTranslation();
  const { dateTime } = useDateTimeFormats();
  const { status, error, setError, run, setAutoDownload } = useUpdateStatus();
  const [notesOpen, setNotesOpen] = useState(false);
  if (!status) return error ? <ErrorAlert error={error} /> : null;

  if (status.state === 'unsupported') {
    return (
      <Alert
        color="gray"
        variant="light"
        icon={<IconInfoCircle size={18} />}
        title={t('updates.title')}
        // Information, not a problem: screen readers should not announce it as an alert.
        role="note"
        data-testid="updates"
      >
        {status.reason === 'headless' ? t('updates.headless') : t('updates.development')}
      </Alert>
    );
  }

  const version = status.version ?? '';
  const percent = Math.round(status.progress?.percent ?? 0);
  return (
    <Stack gap="sm" data-testid="updates">
      <Text fw={600} size="sm">
        {t('updates.title')}
      </Text>
      {error && <ErrorAlert error={error} onClose={() => setError(null)} />}
      {status.error && (
        <Alert color="yellow" variant="light" icon={<IconAlertTriangle size={18} />}>
          {t('updates.failed', { error: status.error })}
        </Alert>
      )}
      {status.state === 'available' && <Text size="sm">{t('updates.available', { version })}</Text>}
      {status.state === 'downloading' && (
        <Stack gap={4}>
          <Progress value={percent} animated aria-label={t('updates.downloading', { version, percent })} />
          <Text size="xs" c="dimmed">
            {t('updates.downloading', { version, percent })}
          </Text>
        </Stack>
      )}
      {status.state === 'downloaded' && (
        <Text size="sm" fw={500}>
          {t('updates.downloaded', { version })}
        </Text>
      )}
      {status.state === 'installing' && (
        <Text size="sm" role="status">
          {t('updates.installing')}
        </Text>
      )}
      {(status.state === 'idle' || status.state === 'checking') && status.lastCheckedAt !== null && (
        <Text size="sm" c="dimmed">
          {status.state === 'idle' && !status.error ? `${t('updates.upToDate')} ` : ''}
          {t('updates.lastChecked', { time: dateTime(status.lastCheckedAt) })}
        </Text>
      )}
      <Group gap="sm">
        {status.state === 'downloaded' ? (
          <Button leftSection={<IconRotateClockwise size={16} />} onClick={() => setNotesOpen(true)}>
            {t('updates.restart')}
          </Button>
        ) : status.state === 'available' ? (
          <Button leftSection={<IconDownload size={16} />} onClick={() => void run('updates:download')}>
            {t('updates.download')}
          </Button>
        ) : (
          <Button
            variant="default"
            leftSection={<IconRefresh size={16} />}
            loading={status.state === 'checking'}
            disabled={status.state === 'downloading' || status.state === 'installing'}
            onClick={() => void run('updates:check')}
          >
            {status.state === 'checking' ? t('updates.checking') : t('updates.check')}
          </Button>
        )}
      </Group>
      <Switch
        label={t('updates.autoDownload')}
        description={t('updates.autoDownloadHint')}
        checked={status.autoDownload}
        onChange={(e) => void setAutoDownload(e.currentTarget.checked)}
      />
      <ReleaseNotesModal
        status={status}
        opened={notesOpen && status.state === 'downloaded'}
        onClose={() => setNotesOpen(false)}
        onRestart={() => {
          setNotesOpen(false);
          void run('updates:install');
        }}
      />
    </Stack>
  );
}
