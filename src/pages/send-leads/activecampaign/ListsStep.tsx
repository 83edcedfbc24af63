import { Alert, Group, MultiSelect, Stack, Switch, Text } from '@mantine/core';
import { IconAlertTriangle, IconInfoCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useIntegrationErrorText } from '../../../i18n/integration-errors';
import { namedClearButton, namedPills } from '../shared/named-pills';
import type { WizardLookups } from './use-wizard-lookups';
import { useActiveCampaignDraft, useActiveCampaignPatch } from './store';

/** Rendering thousands of options at once is slow; searching narrows the rest. */
const VISIBLE_OPTIONS = 200;

export function ListsStep({ lookups }: { lookups: WizardLookups }) {
  const { t } = useTranslation();
  const { text } = useIntegrationErrorText('activecampaign');
  const draft = useActiveCampaignDraft();
  const patch = useActiveCampaignPatch();
  const { lists } = lookups;
  const available = lists.status === 'ok' ? lists.value : (lists.last ?? []);
  // Lists chosen earlier stay visible even if the account no longer reports them.
  const known = new Map(available.map((l) => [l.id, l.name]));
  for (const l of draft.lists) if (!known.has(l.id)) known.set(l.id, l.name);
  const data = [...known].map(([value, label]) => ({ value, label }));

  return (
    <Stack gap="lg" maw={720}>
      {lists.status === 'error' && (
        <ErrorAlert error={lists.error} message={text(lists.error)} onRetry={lists.reload} />
      )}
      <MultiSelect
        label={t('activecampaignWizard.lists.label')}
        description={
          lists.status === 'ok'
            ? t('activecampaignWizard.lists.hint', { count: lists.value.length })
            : t('activecampaignWizard.lists.loading')
        }
        placeholder={draft.lists.length === 0 ? t('activecampaignWizard.lists.placeholder') : undefined}
        data={data}
        value={draft.lists.map((l) => l.id)}
        onChange={(ids) => patch({ lists: ids.map((id) => ({ id, name: known.get(id) ?? id })) })}
        searchable
        clearable
        renderPill={namedPills((name) => t('activecampaignWizard.lists.removeList', { name }))}
        clearButtonProps={namedClearButton(t('activecampaignWizard.lists.removeAll'))}
        limit={VISIBLE_OPTIONS}
        nothingFoundMessage={t('activecampaignWizard.lists.nothingFound')}
        disabled={lists.status === 'loading' && available.length === 0}
        comboboxProps={{ shadow: 'md' }}
      />
      <Group gap="xs" wrap="nowrap" align="flex-start">
        <IconInfoCircle size={18} style={{ flexShrink: 0, marginTop: 1 }} aria-hidden />
        <Text size="sm">{t('activecampaignWizard.lists.activeNote')}</Text>
      </Group>
      <Alert
        color="yellow"
        variant="light"
        icon={<IconAlertTriangle size={20} />}
        title={t('activecampaignWizard.lists.resubscribeTitle')}
      >
        <Stack gap="sm">
          <Text size="sm">{t('activecampaignWizard.lists.resubscribeBody')}</Text>
          <Switch
            label={t('activecampaignWizard.lists.resubscribeToggle')}
            description={
              draft.resubscribeUnsubscribed
                ? t('activecampaignWizard.lists.resubscribeOn')
                : t('activecampaignWizard.lists.resubscribeOff')
            }
            checked={draft.resubscribeUnsubscribed}
            onChange={(event) => patch({ resubscribeUnsubscribed: event.currentTarget.checked })}
          />
        </Stack>
      </Alert>
      <Text size="xs" c="dimmed">
        {t('activecampaignWizard.lists.archived')}
      </Text>
    </Stack>
  );
}
