import { NumberInput, SegmentedControl, Stack, Text, TextInput, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { webhookMethods } from '#contract';
import { HeadersEditor } from './HeadersEditor';
import { useWebhookDraft, useWebhookPatch } from './store';
import { urlProblem } from './validate';

export function EndpointStep() {
  const { t } = useTranslation();
  const draft = useWebhookDraft();
  const patch = useWebhookPatch();
  const methodLabel = useId();
  const problem = urlProblem(draft.url);
  // "Empty" is what "Next" explains; the field itself only complains about what was typed.
  const urlError = problem && problem !== 'empty' ? t(`webhookWizard.urlProblems.${problem}`) : null;

  return (
    <Stack gap="lg" maw={760}>
      <TextInput
        label={t('webhookWizard.endpoint.nameLabel')}
        value={draft.name}
        onChange={(e) => patch({ name: e.currentTarget.value })}
        required
      />
      <TextInput
        label={t('webhookWizard.endpoint.urlLabel')}
        description={t('webhookWizard.endpoint.urlHint')}
        placeholder={t('webhookWizard.endpoint.urlPlaceholder')}
        value={draft.url}
        onChange={(e) => patch({ url: e.currentTarget.value })}
        error={urlError}
        required
        ff="monospace"
      />
      <Stack gap={6}>
        <Text size="sm" fw={500} id={methodLabel}>
          {t('webhookWizard.endpoint.methodLabel')}
        </Text>
        <SegmentedControl
          aria-labelledby={methodLabel}
          data={[...webhookMethods]}
          value={draft.method}
          onChange={(value) => patch({ method: value })}
          style={{ alignSelf: 'flex-start' }}
        />
      </Stack>
      <NumberInput
        label={t('webhookWizard.endpoint.timeoutLabel')}
        description={t('webhookWizard.endpoint.timeoutHint')}
        min={1}
        max={60}
        clampBehavior="strict"
        allowDecimal={false}
        value={draft.timeoutSeconds}
        onChange={(value) => patch({ timeoutSeconds: typeof value === 'number' ? value : 10 })}
        w={220}
      />
      <Stack gap="xs">
        <Title order={3} size="h5">
          {t('webhookWizard.endpoint.headersTitle')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('webhookWizard.endpoint.headersHint')}
        </Text>
        <HeadersEditor rows={draft.headers} onChange={(headers) => patch({ headers })} />
      </Stack>
    </Stack>
  );
}
