import { Alert, Group, Loader, Stack, Text } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { IntegrationDetail } from '../../../../electron/contract';
import { getApi } from '../../../api';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { SaveButtons } from '../shared/SaveButtons';
import type { SaveMode, StagedSave } from '../shared/use-staged-save';
import { useApiQuery } from '../use-api-query';
import { PreviewCalls } from '../wizard/PreviewCalls';
import { toHubspotConfig } from './draft';
import { useHubspotErrorText } from './error-text';
import { useHubspotDraft } from './store';

interface ReviewStepProps {
  saver: StagedSave;
  onSaved: (mode: SaveMode, detail: IntegrationDetail) => void;
}

function Preview() {
  const { t } = useTranslation();
  const errorText = useHubspotErrorText();
  const draft = useHubspotDraft();
  const input = {
    config: toHubspotConfig(draft),
    ...(draft.integrationId !== null ? { integrationId: draft.integrationId } : {}),
    ...(draft.auth === 'token' && draft.token.trim() !== '' ? { token: draft.token } : {}),
    ...(draft.auth === 'oauth' && draft.connectionId !== null ? { connectionId: draft.connectionId } : {}),
  };
  const preview = useApiQuery(JSON.stringify(input), () => getApi().invoke('hubspot:preview', input), 300);
  if (preview.status === 'error') {
    return <ErrorAlert error={preview.error} message={errorText(preview.error)} onRetry={preview.reload} />;
  }
  const value = preview.status === 'ok' ? preview.value : preview.last;
  if (!value) {
    return (
      <Group gap="xs" role="status">
        <Loader size="xs" />
      </Group>
    );
  }
  return (
    <Stack gap="sm" data-testid="hubspot-preview">
      {value.live && (
        <Alert variant="light" color="blue" icon={<IconInfoCircle size={18} />}>
          <Text size="sm">{t('hubspotWizard.review.live')}</Text>
        </Alert>
      )}
      <PreviewCalls requests={value.requests} />
      {value.error && (
        <Alert color="yellow" variant="light">
          <Text size="sm">{value.error}</Text>
        </Alert>
      )}
    </Stack>
  );
}

export function ReviewStep({ saver, onSaved }: ReviewStepProps) {
  const { t } = useTranslation();
  const errorText = useHubspotErrorText();
  const draft = useHubspotDraft();
  const { busy, failure } = saver;

  async function submit(mode: SaveMode): Promise<void> {
    const detail = await saver.save(mode);
    if (detail) onSaved(mode, detail);
  }

  return (
    <Stack gap="lg">
      <Text size="sm" c="dimmed" maw={720}>
        {t('hubspotWizard.review.intro')}
      </Text>
      <Preview />
      <SaveButtons status={draft.status} busy={busy} onSubmit={(mode) => void submit(mode)} color="orange" />
      {failure && (
        <ErrorAlert
          error={failure.error}
          title={t(`hubspotWizard.review.failed.${failure.stage}`)}
          message={errorText(failure.error)}
        />
      )}
    </Stack>
  );
}
