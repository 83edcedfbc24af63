import { Group, Stack, Text, TextInput, ThemeIcon } from '@mantine/core';
import { IconRefresh } from '@tabler/icons-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { INTEGRATION_NAME_MAX } from '#contract';
import { useActiveCampaignDraft, useActiveCampaignPatch } from './store';

export function nameProblem(name: string): 'empty' | 'too_long' | null {
  const trimmed = name.trim();
  if (trimmed === '') return 'empty';
  return trimmed.length > INTEGRATION_NAME_MAX ? 'too_long' : null;
}

export function ConfigureStep() {
  const { t } = useTranslation();
  const draft = useActiveCampaignDraft();
  const patch = useActiveCampaignPatch();
  // Complain only after the user touched the field; the suggested name is valid anyway.
  const [touched, setTouched] = useState(false);
  const problem = nameProblem(draft.name);
  const actionId = useId();

  return (
    <Stack gap="lg" maw={640}>
      <TextInput
        label={t('activecampaignWizard.configure.nameLabel')}
        description={t('activecampaignWizard.configure.nameHint')}
        placeholder={t('activecampaignWizard.configure.namePlaceholder')}
        value={draft.name}
        onChange={(event) => {
          setTouched(true);
          patch({ name: event.currentTarget.value });
        }}
        error={touched && problem ? t(`integrationErrors.name.${problem}`, { max: INTEGRATION_NAME_MAX }) : undefined}
        required
        autoComplete="off"
      />
      {/* The one action there is: shown as a fact, not as a field that looks editable and is not. */}
      <Stack gap={6} role="group" aria-labelledby={actionId}>
        <Text id={actionId} size="sm" fw={500}>
          {t('activecampaignWizard.configure.actionLabel')}
        </Text>
        <Group gap="xs" wrap="nowrap">
          <ThemeIcon variant="light" size="md" radius="xl" aria-hidden>
            <IconRefresh size={16} />
          </ThemeIcon>
          <Text size="sm" fw={600} data-testid="ac-action">
            {t('activecampaignWizard.configure.action')}
          </Text>
        </Group>
        <Text size="sm" c="dimmed">
          {t('activecampaignWizard.configure.actionHint')} {t('activecampaignWizard.configure.actionMore')}
        </Text>
      </Stack>
    </Stack>
  );
}
