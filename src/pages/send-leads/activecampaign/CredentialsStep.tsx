import { Alert, Group, List, Loader, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconInfoCircle, IconLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { isRejected, issueOn, useIntegrationErrorText } from '../../../i18n/integration-errors';
import { hasCredentials } from './draft';
import type { WizardLookups } from './use-wizard-lookups';
import { useActiveCampaignDraft, useActiveCampaignPatch } from './store';

function ConnectionState({ lookups }: { lookups: WizardLookups }) {
  const { t } = useTranslation();
  const { text } = useIntegrationErrorText('activecampaign');
  const draft = useActiveCampaignDraft();
  const { check } = lookups;

  if (!hasCredentials(draft)) {
    return (
      <Text size="sm" c="dimmed" data-testid="connection-state">
        {t('activecampaignWizard.credentials.waiting')}
      </Text>
    );
  }
  if (check.status === 'loading' || check.status === 'idle') {
    return (
      <Group gap="xs" role="status" data-testid="connection-state">
        <Loader size="xs" />
        <Text size="sm">{t('activecampaignWizard.credentials.checking')}</Text>
      </Group>
    );
  }
  if (check.status === 'ok') {
    return (
      <Alert
        color="teal"
        icon={<IconCircleCheck size={20} />}
        title={t('activecampaignWizard.credentials.connectedTitle')}
        role="status"
        data-testid="connection-state"
      >
        {t('activecampaignWizard.credentials.connected', {
          name: check.value.user.name,
          email: check.value.user.email,
        })}
      </Alert>
    );
  }
  const { error } = check;
  if (isRejected(error)) {
    return (
      <Alert
        color="red"
        icon={<IconAlertTriangle size={20} />}
        title={t('activecampaignWizard.credentials.rejectedTitle')}
        role="alert"
        data-testid="connection-state"
      >
        {t('integrationErrors.rejected')}
      </Alert>
    );
  }
  // Field problems are shown under their field; anything else (limits, outages) here.
  if (issueOn(error, 'apiUrl') || issueOn(error, 'apiKey')) return null;
  return <ErrorAlert error={error} message={text(error)} onRetry={check.reload} />;
}

export function CredentialsStep({ lookups }: { lookups: WizardLookups }) {
  const { t } = useTranslation();
  const { fieldText } = useIntegrationErrorText('activecampaign');
  const draft = useActiveCampaignDraft();
  const patch = useActiveCampaignPatch();
  const error = lookups.check.status === 'error' ? lookups.check.error : null;
  const rejected = isRejected(error);
  const editing = draft.keyHint !== null;

  return (
    <Stack gap="lg" maw={640}>
      <Alert
        variant="light"
        color="blue"
        icon={<IconInfoCircle size={20} />}
        title={t('activecampaignWizard.credentials.whereTitle')}
      >
        <List size="sm" spacing={4} type="ordered">
          <List.Item>{t('activecampaignWizard.credentials.where1')}</List.Item>
          <List.Item>{t('activecampaignWizard.credentials.where2')}</List.Item>
        </List>
      </Alert>
      <TextInput
        label={t('activecampaignWizard.credentials.urlLabel')}
        description={t('activecampaignWizard.credentials.urlHint')}
        placeholder="https://YOUR-ACCOUNT.api-us1.com"
        value={draft.apiUrl}
        onChange={(event) => patch({ apiUrl: event.currentTarget.value })}
        error={rejected || fieldText(error, 'apiUrl')}
        autoComplete="off"
        spellCheck={false}
        required
      />
      <PasswordInput
        label={t('activecampaignWizard.credentials.keyLabel')}
        description={
          editing && draft.keyHint
            ? t('activecampaignWizard.credentials.keyStored', { hint: draft.keyHint })
            : t('activecampaignWizard.credentials.keyHint')
        }
        placeholder={
          editing
            ? t('activecampaignWizard.credentials.keyKeepPlaceholder')
            : t('activecampaignWizard.credentials.keyPlaceholder')
        }
        value={draft.apiKey}
        onChange={(event) => patch({ apiKey: event.currentTarget.value })}
        error={rejected || fieldText(error, 'apiKey')}
        // PasswordInput marks its inner input with data-invalid only; assistive technology needs this.
        aria-invalid={rejected || issueOn(error, 'apiKey') !== undefined}
        autoComplete="off"
        spellCheck={false}
        required={!editing}
      />
      <Group gap="xs" wrap="nowrap" align="flex-start">
        <IconLock size={16} color="var(--mantine-color-dimmed)" style={{ flexShrink: 0, marginTop: 2 }} aria-hidden />
        <Text size="xs" c="dimmed">
          {t('activecampaignWizard.credentials.secret')}
        </Text>
      </Group>
      <ConnectionState lookups={lookups} />
    </Stack>
  );
}
