import { Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { IntegrationDetail } from '../../../../electron/contract';
import { ErrorAlert } from '../../../components/ErrorAlert';
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
  const { text } = useIntegrationErrorText();
  const draft = useWebhookDraft();
  const preview = useWebhookPreview();
  const running = isRunning(draft.status);
  const { busy, failure } = saver;

  async function submit(mode: SaveMode): Promise<void> {
    const detail = await saver.save(mode);
    if (detail) onSaved(mode, detail);
  }

  return (
    <Stack gap="lg">
      <Title order={3} size="h5">
        {t('webhookWizard.review.requestTitle')}
      </Title>
      <RequestPreview query={preview} />
      <SaveButtons
        status={draft.status}
        busy={busy}
        onSubmit={(mode) => void submit(mode)}
        color="grape"
        hint={running ? t('webhookWizard.review.saveRunningHint') : t('webhookWizard.review.saveHint')}
      />
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
