import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { IconPlugConnectedX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ConnectionState } from '../api';
import { ReconnectCountdown } from './ReconnectCountdown';

/**
 * Shown over the app when a working connection drops: the screen stays readable underneath, but
 * nothing can be clicked that would fail anyway.
 */
export function ConnectionLostModal({ state, onRetry }: { state: ConnectionState; onRetry: () => void }) {
  const { t } = useTranslation();
  const opened = state.status === 'reconnecting' || state.status === 'connecting';
  return (
    <Modal
      opened={opened}
      onClose={() => undefined}
      withCloseButton={false}
      closeOnEscape={false}
      closeOnClickOutside={false}
      title={
        <Group gap="xs">
          <IconPlugConnectedX size={20} />
          <Text fw={600}>{t('connection.lost.title')}</Text>
        </Group>
      }
    >
      <Stack gap="md">
        <Text size="sm">{t('connection.lost.body')}</Text>
        {state.status === 'reconnecting' && <ReconnectCountdown retryAt={state.retryAt} />}
        <Text size="sm" c="dimmed">
          {t('connection.lost.restarted')}
        </Text>
        <Group justify="flex-end">
          <Button onClick={onRetry}>{t('connection.lost.retry')}</Button>
        </Group>
      </Stack>
    </Modal>
  );
}
