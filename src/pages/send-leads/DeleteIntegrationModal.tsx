import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppErrorPayload, IntegrationSummary } from '#contract';
import { getApi } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useIntegrations } from '../../stores/integrations';

function DeleteBody({ item, onDone }: { item: IntegrationSummary; onDone: () => void }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppErrorPayload | null>(null);

  async function confirm(): Promise<void> {
    setBusy(true);
    const result = await getApi().invoke('integrations:delete', { id: item.id });
    setBusy(false);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    notifications.show({ color: 'teal', message: t('sendLeads.notify.deleted', { name: item.name }) });
    await useIntegrations.getState().refresh();
    onDone();
  }

  return (
    <Stack gap="lg">
      {error && <ErrorAlert error={error} />}
      <Text size="sm">{t('sendLeads.delete.body')}</Text>
      <Text size="sm" fw={500}>
        {t('sendLeads.delete.key')}
      </Text>
      <Group justify="flex-end" gap="sm">
        <Button variant="default" onClick={onDone} data-autofocus>
          {t('common.cancel')}
        </Button>
        <Button color="red" loading={busy} onClick={() => void confirm()}>
          {t('sendLeads.delete.confirm')}
        </Button>
      </Group>
    </Stack>
  );
}

export function DeleteIntegrationModal({ item, onClose }: { item: IntegrationSummary | null; onClose: () => void }) {
  const { t } = useTranslation();
  // Keeps the name in the title through the closing transition.
  const [shown, setShown] = useState(item);
  if (item !== null && item !== shown) setShown(item);
  return (
    <Modal
      opened={item !== null}
      onClose={onClose}
      title={shown ? t('sendLeads.delete.title', { name: shown.name }) : ''}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {item && <DeleteBody item={item} onDone={onClose} />}
    </Modal>
  );
}
