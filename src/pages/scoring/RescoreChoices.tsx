import { Alert, Group, Loader, Radio, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { rescoreQueuedPolicies, rescoreScopes, type RescoreQueuedPolicy, type RescoreScope } from '#contract';
import type { PreviewState } from './use-rescore';

export interface RescoreChoice {
  scope: RescoreScope;
  queued: RescoreQueuedPolicy;
}

/** The safer choices: leads already sent stay as they were sent, and nothing unintended goes out. */
export const DEFAULT_RESCORE_CHOICE: RescoreChoice = { scope: 'unsent', queued: 'cancel' };

function Options<T extends string>({
  label,
  values,
  value,
  onChange,
  textOf,
  testId,
}: {
  label: string;
  values: readonly T[];
  value: T;
  onChange: (value: T) => void;
  textOf: (value: T) => { title: string; hint: string };
  testId: string;
}) {
  return (
    <Radio.Group
      value={value}
      onChange={(v) => onChange(values.find((x) => x === v) ?? value)}
      label={label}
      data-testid={testId}
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs" mt="xs">
        {values.map((v) => {
          const { title, hint } = textOf(v);
          return (
            <Radio.Card key={v} value={v} radius="md" p="sm" h="100%">
              <Group wrap="nowrap" align="flex-start" gap="sm">
                <Radio.Indicator mt={2} />
                <div>
                  <Text size="sm" fw={600}>
                    {title}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {hint}
                  </Text>
                </div>
              </Group>
            </Radio.Card>
          );
        })}
      </SimpleGrid>
    </Radio.Group>
  );
}

/** What the chosen scope would change, in a sentence or two (or that it is being counted). */
function PreviewLine({ preview, scope }: { preview: PreviewState; scope: RescoreScope }) {
  const { t, i18n } = useTranslation();
  const number = new Intl.NumberFormat(i18n.language);
  if (preview.status === 'loading') {
    return (
      <Group gap="xs" data-testid="rescore-preview" data-state="loading">
        <Loader size="xs" />
        <Text size="sm" c="dimmed">
          {t('scoring.rescore.preview.counting')}
        </Text>
      </Group>
    );
  }
  if (preview.status === 'failed') {
    return (
      <Text size="sm" c="dimmed" data-testid="rescore-preview" data-state="failed">
        {t('scoring.rescore.preview.failed')}
      </Text>
    );
  }
  const c = preview.preview[scope];
  return (
    <Stack gap={2} data-testid="rescore-preview" data-state="ready">
      <Text size="sm" fw={500}>
        {c.changed === 0
          ? t('scoring.rescore.preview.nothing')
          : t('scoring.rescore.preview.changes', {
              count: c.changed,
              n: number.format(c.changed),
              total: number.format(c.leads),
              newly: number.format(c.newlyQualified),
              noLonger: number.format(c.noLongerQualified),
            })}
      </Text>
      {c.queuedOfNoLonger > 0 && (
        <Text size="sm" c="dimmed">
          {t('scoring.rescore.preview.queued', { count: c.queuedOfNoLonger, n: number.format(c.queuedOfNoLonger) })}
        </Text>
      )}
    </Stack>
  );
}

/** The two choices a re-score asks for, with what the chosen scope would change. */
export function RescoreChoices({
  profileName,
  preview,
  choice,
  onChange,
}: {
  profileName: string;
  preview: PreviewState;
  choice: RescoreChoice;
  onChange: (choice: RescoreChoice) => void;
}) {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      <Text size="sm">{t('scoring.rescore.intro', { name: profileName })}</Text>
      <PreviewLine preview={preview} scope={choice.scope} />
      <Options
        label={t('scoring.rescore.scope.label')}
        values={rescoreScopes}
        value={choice.scope}
        onChange={(scope) => onChange({ ...choice, scope })}
        textOf={(v) => ({ title: t(`scoring.rescore.scope.${v}`), hint: t(`scoring.rescore.scope.${v}Hint`) })}
        testId="rescore-scope"
      />
      <Options
        label={t('scoring.rescore.queued.label')}
        values={rescoreQueuedPolicies}
        value={choice.queued}
        onChange={(queued) => onChange({ ...choice, queued })}
        textOf={(v) => ({ title: t(`scoring.rescore.queued.${v}`), hint: t(`scoring.rescore.queued.${v}Hint`) })}
        testId="rescore-queued"
      />
      <Alert variant="light" color="blue" icon={<IconInfoCircle size={18} />} p="sm">
        <Text size="xs">{t('scoring.rescore.newlyNote')}</Text>
      </Alert>
    </Stack>
  );
}
