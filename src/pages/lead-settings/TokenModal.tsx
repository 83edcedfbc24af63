import { Alert, Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CopyAction, CopyField } from './CopyField';
import { curlExample } from './curl';

/**
 * The token, once: the core keeps only its hash. Closing needs the button (not a stray click
 * outside), so nobody loses it by accident.
 */
export function TokenModal({
  token,
  endpoint,
  onClose,
}: {
  token: string | null;
  endpoint: string | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  // Keeps the text through the closing transition; dropped with the modal.
  const [shown, setShown] = useState(token);
  if (token !== null && token !== shown) setShown(token);
  const value = token ?? shown ?? '';

  return (
    <Modal
      opened={token !== null}
      onClose={onClose}
      title={t('leadSettings.tokenModal.title')}
      closeOnClickOutside={false}
      size="lg"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <Stack gap="md" data-testid="token-modal">
        <Alert
          color="orange"
          variant="light"
          icon={<IconAlertTriangle size={18} />}
          title={t('leadSettings.tokenModal.once')}
        >
          {t('leadSettings.tokenModal.onceBody')}
        </Alert>
        <Stack gap={4}>
          <Text size="sm" fw={500}>
            {t('leadSettings.tokenModal.tokenLabel')}
          </Text>
          <Group gap="xs" wrap="nowrap" align="flex-start">
            <TextInput
              aria-label={t('leadSettings.tokenModal.tokenLabel')}
              value={value}
              readOnly
              onFocus={(e) => e.currentTarget.select()}
              styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
              style={{ flex: 1 }}
              data-testid="intake-token"
            />
            <CopyAction
              value={value}
              copyLabel={t('leadSettings.tokenModal.copy')}
              copiedLabel={t('leadSettings.tokenModal.copied')}
            />
          </Group>
        </Stack>
        {endpoint && (
          <Stack gap={4}>
            <Text size="sm" fw={500}>
              {t('leadSettings.tokenModal.example')}
            </Text>
            <CopyField
              value={curlExample(endpoint, value)}
              block
              copyLabel={t('leadSettings.tokenModal.copyExample')}
              testId="token-curl"
            />
          </Stack>
        )}
        <Group justify="flex-end">
          <Button onClick={onClose}>{t('leadSettings.tokenModal.done')}</Button>
        </Group>
      </Stack>
    </Modal>
  );
}
