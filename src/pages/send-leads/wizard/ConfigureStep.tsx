import { Stack, Text, TextInput } from '@mantine/core';
import { IconRefresh } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { INTEGRATION_NAME_MAX } from '../../../../electron/contract';
import { useDraft, usePatch } from './wizard-store';

export function nameProblem(name: string): 'empty' | 'too_long' | null {
  const trimmed = name.trim();
  if (trimmed === '') return 'empty';
  return trimmed.length > INTEGRATION_NAME_MAX ? 'too_long' : null;
}

export function ConfigureStep() {
  const { t } = useTranslation();
  const draft = useDraft();
  const patch = usePatch();
  // Complain only after the user touched the field; the suggested name is valid anyway.
  const [touched, setTouched] = useState(false);
  const problem = nameProblem(draft.name);

  return (
    <Stack gap="lg" maw={640}>
      <TextInput
        label={t('acWizard.configure.nameLabel')}
        description={t('acWizard.configure.nameHint')}
        placeholder={t('acWizard.configure.namePlaceholder')}
        value={draft.name}
        onChange={(event) => {
          setTouched(true);
          patch({ name: event.currentTarget.value });
        }}
        error={touched && problem ? t(`integrationErrors.name.${problem}`, { max: INTEGRATION_NAME_MAX }) : undefined}
        required
        autoComplete="off"
      />
      <TextInput
        label={t('acWizard.configure.actionLabel')}
        value={t('acWizard.configure.action')}
        readOnly
        leftSection={<IconRefresh size={16} />}
        description={t('acWizard.configure.actionHint')}
      />
      <Text size="sm" c="dimmed">
        {t('acWizard.configure.actionMore')}
      </Text>
    </Stack>
  );
}
