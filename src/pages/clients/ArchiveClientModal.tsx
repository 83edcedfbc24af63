import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppErrorPayload, Client } from '#contract';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useClients } from '../../stores/clients';

function ArchiveBody({ client, onDone }: { client: Client; onDone: () => void }) {
  const { t } = useTranslation();
  const archive = useClients((s) => s.archive);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppErrorPayload | null>(null);

  async function confirm(): Promise<void> {
    setBusy(true);
    const result = await archive(client.id);
    setBusy(false);
    if (result.ok) onDone();
    else setError(result.error);
  }

  return (
    <Stack gap="lg">
      {error && <ErrorAlert error={error} />}
      <Text size="sm">{t('clients.archive.body')}</Text>
      <Group justify="flex-end" gap="sm">
        <Button variant="default" onClick={onDone} data-autofocus>
          {t('common.cancel')}
        </Button>
        <Button color="red" loading={busy} onClick={() => void confirm()}>
          {t('clients.archive.confirm')}
        </Button>
      </Group>
    </Stack>
  );
}

export function ArchiveClientModal({ client, onClose }: { client: Client | null; onClose: () => void }) {
  const { t } = useTranslation();
  // Keeps the name in the title through the closing transition.
  const [shown, setShown] = useState(client);
  if (client !== null && client !== shown) setShown(client);
  return (
    <Modal
      opened={client !== null}
      onClose={onClose}
      title={shown ? t('clients.archive.title', { name: shown.name }) : ''}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {client && <ArchiveBody client={client} onDone={onClose} />}
    </Modal>
  );
}
