import { Alert, PasswordInput, Radio, Select, Stack, Text, TextInput } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { AccountDraft, CopySource } from './flow-state';

export interface AcAccountOption {
  integrationId: string;
  label: string;
}

interface AccountChooserProps {
  title: string;
  value: AccountDraft;
  onChange: (value: AccountDraft) => void;
  /** A copy: "the same account" as the integration copied. */
  source: CopySource | null;
  /** A template import: the accounts of integrations already set up. */
  existing: AcAccountOption[];
}

/** Where an imported or copied ActiveCampaign integration sends: a known account, or one typed now. */
export function AccountChooser({ title, value, onChange, source, existing }: AccountChooserProps) {
  const { t } = useTranslation();
  const pick = (kind: string) => {
    if (kind === 'same') onChange({ kind: 'same' });
    else if (kind === 'integration') onChange({ kind: 'integration', integrationId: null });
    else onChange({ kind: 'key', apiUrl: '', apiKey: '' });
  };
  return (
    <Stack gap="xs">
      <Radio.Group label={title} value={value.kind} onChange={pick}>
        <Stack gap={6} mt={6}>
          {source ? (
            <Radio value="same" label={t('templates.account.same', { name: source.name, hint: source.hint ?? '' })} />
          ) : (
            existing.length > 0 && <Radio value="integration" label={t('templates.account.existing')} />
          )}
          <Radio value="key" label={t('templates.account.key')} />
        </Stack>
      </Radio.Group>
      {value.kind === 'same' && (
        <Alert color="yellow" variant="light" icon={<IconAlertTriangle size={18} />} p="xs">
          <Text size="sm">{t('templates.account.sameWarning')}</Text>
        </Alert>
      )}
      {value.kind === 'integration' && (
        <Select
          label={t('templates.account.existingPick')}
          placeholder={t('templates.account.existingPlaceholder')}
          data={existing.map((e) => ({ value: e.integrationId, label: e.label }))}
          value={value.integrationId}
          onChange={(integrationId) => onChange({ kind: 'integration', integrationId })}
          searchable
          comboboxProps={{ withinPortal: true }}
        />
      )}
      {value.kind === 'key' && (
        <>
          <TextInput
            label={t('templates.account.apiUrl')}
            placeholder="https://account.api-us1.com"
            value={value.apiUrl}
            onChange={(e) => onChange({ ...value, apiUrl: e.currentTarget.value })}
          />
          <PasswordInput
            label={t('templates.account.apiKey')}
            description={t('templates.account.keyHelp')}
            value={value.apiKey}
            onChange={(e) => onChange({ ...value, apiKey: e.currentTarget.value })}
            autoComplete="off"
          />
        </>
      )}
    </Stack>
  );
}
