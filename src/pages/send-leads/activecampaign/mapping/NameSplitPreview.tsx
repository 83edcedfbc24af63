import { Group, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getApi } from '../../../../api';
import { useApiQuery } from '../../use-api-query';

const SPLIT_DELAY_MS = 250;

function SplitPart({ label, value, testId }: { label: string; value: string | undefined; testId: string }) {
  return (
    <Text size="xs">
      <Text span c="dimmed" inherit>
        {label}:
      </Text>{' '}
      <Text span fw={600} inherit data-testid={testId}>
        {value || '—'}
      </Text>
    </Text>
  );
}

/** Shows how the core splits a full name, with Brazilian particles ("da Silva"), for any name typed. */
export function NameSplitPreview({ disabled }: { disabled: boolean }) {
  const { t } = useTranslation();
  const [name, setName] = useState('Maria da Silva Santos');
  const split = useApiQuery(
    name.trim() === '' ? null : name,
    () => getApi().invoke('activecampaign:splitName', { fullName: name }),
    SPLIT_DELAY_MS,
  );
  const answer = split.status === 'ok' ? split.value : split.last;
  const shown = name.trim() === '' ? undefined : answer;

  return (
    <Stack gap={6} opacity={disabled ? 0.5 : 1}>
      <TextInput
        label={t('activecampaignWizard.mapping.tryName')}
        size="xs"
        value={name}
        onChange={(event) => setName(event.currentTarget.value)}
        disabled={disabled}
        maw={280}
        autoComplete="off"
      />
      {/* Always on screen, dashes until the first answer: a line that appeared later would push the
          wizard's Next button down under the pointer of someone about to click it. */}
      <Group gap="lg" data-testid="name-split" aria-live="polite">
        <SplitPart label={t('activecampaignWizard.mapping.firstName')} value={shown?.firstName} testId="split-first" />
        <SplitPart label={t('activecampaignWizard.mapping.lastName')} value={shown?.lastName} testId="split-last" />
      </Group>
    </Stack>
  );
}
