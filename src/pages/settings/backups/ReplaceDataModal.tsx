import { Alert, Button, FileButton, Group, Modal, Progress, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconFileUpload, IconRestore } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppErrorPayload, RestoreSource } from '#contract';
import { getApi } from '../../../api';
import { useRefusalText } from './refusal-text';
import { sourceFor } from './restore-source';

/** What is about to replace the data here. */
export type Replacement = { kind: 'backup'; id: string; date: string } | { kind: 'file' } | { kind: 'workspace' };

const ACCEPT = { file: '.db,.zbl,.sqlite,application/octet-stream', workspace: '.zbl,application/octet-stream' };

/**
 * Confirms a restore (a backup of the list, or a file) or a workspace import, says the current data
 * is kept as a backup first, and starts it. In the browser, the file is chosen here and sent before
 * the core checks it; in the desktop app the system's dialog opens after the confirmation.
 */
export function ReplaceDataModal({
  replacement,
  host,
  onClose,
}: {
  replacement: Replacement | null;
  host: 'electron' | 'headless';
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const refusalText = useRefusalText();
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [sent, setSent] = useState<number | null>(null);
  const [error, setError] = useState<AppErrorPayload | null>(null);

  const close = (): void => {
    if (busy) return;
    setFile(null);
    setError(null);
    setSent(null);
    onClose();
  };

  async function start(): Promise<void> {
    if (!replacement) return;
    setBusy(true);
    setError(null);
    let source: RestoreSource;
    if (replacement.kind === 'backup') source = { kind: 'backup', id: replacement.id };
    else {
      const chosen = await sourceFor(host, file, setSent);
      setSent(null);
      if (!chosen.ok) {
        setBusy(false);
        setError(chosen.error);
        return;
      }
      source = chosen.value;
    }
    const channel = replacement.kind === 'workspace' ? 'workspace:import' : 'backup:restore';
    const result = await getApi().invoke(channel, { source });
    setBusy(false);
    if (!result.ok) return setError(result.error);
    // Restarting: the whole page shows it and reloads. Cancelled: the dialog was closed, nothing to say.
    close();
  }

  const workspace = replacement?.kind === 'workspace';
  const needsFile = host === 'headless' && replacement !== null && replacement.kind !== 'backup';
  const title = workspace
    ? t('workspace.confirm.title')
    : replacement?.kind === 'backup'
      ? t('backups.confirm.title')
      : t('backups.confirm.titleFile');

  return (
    <Modal opened={replacement !== null} onClose={close} title={title} size="lg" closeOnClickOutside={!busy}>
      <Stack gap="md">
        <Text size="sm">
          {workspace
            ? t('workspace.confirm.body')
            : replacement?.kind === 'backup'
              ? t('backups.confirm.body', { date: replacement.date })
              : t('backups.confirm.bodyFile')}
        </Text>
        <Text size="sm" c="dimmed">
          {t('backups.confirm.restart')}
        </Text>
        {needsFile && (
          <Group gap="sm">
            <FileButton onChange={setFile} accept={workspace ? ACCEPT.workspace : ACCEPT.file} disabled={busy}>
              {(props) => (
                <Button variant="default" leftSection={<IconFileUpload size={16} />} {...props}>
                  {t('backups.confirm.choose')}
                </Button>
              )}
            </FileButton>
            {file && (
              <Text size="sm" data-testid="chosen-file">
                {t('backups.confirm.chosen', { name: file.name })}
              </Text>
            )}
          </Group>
        )}
        {sent !== null && (
          <Stack gap={4}>
            <Progress value={sent} animated striped aria-label={t('backups.uploading', { percent: sent })} />
            <Text size="xs" c="dimmed">
              {t('backups.uploading', { percent: sent })}
            </Text>
          </Stack>
        )}
        {error && (
          <Alert
            color="red"
            variant="light"
            role="alert"
            icon={<IconAlertTriangle size={18} />}
            title={t('backups.refused.title')}
          >
            {refusalText(error)}
          </Alert>
        )}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={close} disabled={busy}>
            {t('common.cancel')}
          </Button>
          <Button
            color="red"
            leftSection={<IconRestore size={16} />}
            loading={busy}
            disabled={needsFile && file === null}
            onClick={() => void start()}
          >
            {workspace ? t('workspace.confirm.confirm') : t('backups.confirm.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
