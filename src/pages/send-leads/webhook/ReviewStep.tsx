import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconDeviceFloppy, IconPower } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { IntegrationDetail } from '../../../../electron/contract';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useIntegrationErrorText } from '../../../i18n/integration-errors';
import { RequestPreview } from './RequestPreview';
import { useWebhookDraft } from './store';
import { useWebhookPreview } from './use-webhook-preview';
import type { useSaveWebhook, WebhookSaveMode } from './use-save-webhook';

interface ReviewStepProps {
  saver: ReturnType<typeof useSaveWebhook>;
  onSaved: (mode: WebhookSaveMode, detail: IntegrationDetail) => void;
}

export function ReviewStep({ saver, onSaved }: ReviewStepProps) {
  const { t } = useTranslation();
  const { text } = useIntegrationErrorText();
  const draft = useWebhookDraft();
  const preview = useWebhookPreview();
  // A running webhook keeps running: saving must not silently turn it back into a draft.
  const running = draft.status === 'active' || draft.status === 'paused' || draft.status === 'needs_attention';
  const { busy, failure } = saver;

  async function submit(mode: WebhookSaveMode): Promise<void> {
    const detail = await saver.save(mode);
    if (detail) onSaved(mode, detail);
  }

  return (
    <Stack gap="lg">
      <Title order={3} size="h5">
        {t('webhookWizard.review.requestTitle')}
      </Title>
      <RequestPreview query={preview} />
      <Paper withBorder p="md" radius="md">
        <Group justify="space-between" gap="md">
          <Text size="sm" c="dimmed" maw={420}>
            {running ? t('webhookWizard.review.saveRunningHint') : t('webhookWizard.review.saveHint')}
          </Text>
          <Group gap="sm">
            {running ? (
              <Button
                leftSection={<IconDeviceFloppy size={16} />}
                loading={busy === 'keep'}
                onClick={() => void submit('keep')}
              >
                {t('webhookWizard.review.saveChanges')}
              </Button>
            ) : (
              <>
                <Button
                  variant="default"
                  leftSection={<IconDeviceFloppy size={16} />}
                  loading={busy === 'draft'}
                  disabled={busy === 'activate'}
                  onClick={() => void submit('draft')}
                >
                  {t('webhookWizard.review.saveDraft')}
                </Button>
                <Button
                  color="grape"
                  leftSection={<IconPower size={16} />}
                  loading={busy === 'activate'}
                  disabled={busy === 'draft'}
                  onClick={() => void submit('activate')}
                >
                  {t('webhookWizard.review.activate')}
                </Button>
              </>
            )}
          </Group>
        </Group>
      </Paper>
      {failure && (
        <ErrorAlert
          error={failure.error}
          title={t(`webhookWizard.review.failed.${failure.stage}`)}
          message={text(failure.error)}
        />
      )}
    </Stack>
  );
}
