import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { IntegrationDetail } from '#contract';
import { useIntegrationErrorText } from '../../../i18n/integration-errors';
import { isRunning, SaveButtons } from '../shared/SaveButtons';
import type { SaveMode, StagedSave } from '../shared/use-staged-save';
import { RequestPreview } from './RequestPreview';
import { useWebhookDraft } from './store';
import { useWebhookPreview } from './use-webhook-preview';

interface ReviewStepProps {
  saver: StagedSave;
  onSaved: (mode: SaveMode, detail: IntegrationDetail) => void;
}

export function ReviewStep({ saver, onSaved }: ReviewStepProps) {
  const { t } = useTranslation();
  const { text } = useIntegrationErrorText('webhook');
  const draft = useWebhookDraft();
  const preview = useWebhookPreview();
  const running = isRunning(draft.status);

  return (
    <Stack gap="lg">
      <Title order={3} size="h5">
        {t('webhookWizard.review.requestTitle')}
      </Title>
      <RequestPreview query={preview} />
      <Text size="xs" c="dimmed">
        {t('webhookWizard.review.testLead')}
      </Text>
      <SaveButtons
        status={draft.status}
        saver={saver}
        onSaved={onSaved}
        color="grape"
        hint={running ? t('webhookWizard.review.saveRunningHint') : t('webhookWizard.review.saveHint')}
        failure={{ title: (stage) => t(`webhookWizard.review.failed.${stage}`), errorText: text }}
      />
    </Stack>
  );
}
