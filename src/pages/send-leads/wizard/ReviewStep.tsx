import { Alert, Group, List, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { getApi } from '../../../api';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useIntegrationErrorText } from '../../../i18n/integration-errors';
import { useApiQuery } from '../use-api-query';
import { toConfig, typedKey } from './draft';
import { PreviewCalls } from './PreviewCalls';
import { useRangeLabel } from './range-label';
import { SaveActions, type SaveActionsProps } from './SaveActions';
import { useDraft } from './wizard-store';

const PREVIEW_DELAY_MS = 200;

/** The guide's "Activate and test", preceded by exactly what activation would make the app send. */
export function ReviewStep(props: SaveActionsProps) {
  const { t } = useTranslation();
  const { text } = useIntegrationErrorText('activecampaign');
  const { nameOf } = useRangeLabel();
  const draft = useDraft();
  const config = toConfig(draft);
  const apiKey = typedKey(draft);
  const preview = useApiQuery(
    JSON.stringify([config, apiKey, draft.integrationId]),
    () =>
      getApi().invoke('activecampaign:preview', {
        config,
        // The sample is the client's test lead, scored with its profile.
        clientId: draft.clientId,
        ...(apiKey !== undefined ? { apiKey } : {}),
        ...(draft.integrationId !== null ? { integrationId: draft.integrationId } : {}),
      }),
    PREVIEW_DELAY_MS,
  );
  // Saving adds the id to the query; the previous answer stays up while the same calls reload.
  const shown = preview.status === 'ok' ? preview.value : preview.last;

  return (
    <Stack gap="lg">
      <Text size="sm" c="dimmed" maw={760}>
        {t('acWizard.review.intro')}
      </Text>
      {shown && (
        <Paper withBorder p="sm" radius="md" bg="var(--mantine-color-default-hover)">
          <Text size="sm">
            {t('acWizard.review.sample', {
              name: shown.lead.fullName,
              email: shown.lead.email,
              score: shown.lead.score ?? '—',
              range: shown.lead.scoreRange ? nameOf(shown.lead.scoreRange) : '—',
            })}
          </Text>
          <Text size="sm" c="dimmed" mt={4}>
            {t('acWizard.review.testLead')}
          </Text>
        </Paper>
      )}
      <SaveActions {...props} />
      {preview.status === 'error' && (
        <ErrorAlert error={preview.error} message={text(preview.error)} onRetry={preview.reload} />
      )}
      {preview.status === 'loading' && !shown && <Loader size="sm" />}
      {shown && (
        <Stack gap="md">
          <Group gap="xs" align="baseline">
            <Title order={3} size="h5">
              {t('acWizard.review.callsTitle', { count: shown.requests.length })}
            </Title>
            <Text size="xs" c="dimmed">
              {shown.live ? t('acWizard.review.liveMode') : t('acWizard.review.offlineMode')}
            </Text>
          </Group>
          {shown.error && (
            <Alert color="yellow" icon={<IconAlertTriangle size={18} />} title={t('acWizard.review.stopped')}>
              <Text size="sm">{shown.error}</Text>
            </Alert>
          )}
          <PreviewCalls requests={shown.requests} label={t('acWizard.review.callsLabel')} />
          {shown.notes.length > 0 && (
            <Stack gap={4}>
              <Text size="sm" fw={600}>
                {t('acWizard.review.notes')}
              </Text>
              <List size="sm" spacing={2}>
                {shown.notes.map((note, index) => (
                  <List.Item key={index}>{note}</List.Item>
                ))}
              </List>
            </Stack>
          )}
        </Stack>
      )}
    </Stack>
  );
}
