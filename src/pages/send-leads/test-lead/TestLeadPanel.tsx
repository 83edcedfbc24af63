import { Button, Code, Group, Stack, Text } from '@mantine/core';
import { IconSend } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { IntegrationSummary } from '#contract';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useIntegrationErrorText } from '../../../i18n/integration-errors';
import { CallList } from './CallList';
import { TestLeadSummary } from './TestLeadSummary';
import { isSettled, useTestLead } from './use-test-lead';

/** "Send test lead" and its result, inline: used after activation and from the integration's card. */
export function TestLeadPanel({
  integrationId,
  type,
  autoFocus = false,
}: {
  integrationId: string;
  type: IntegrationSummary['type'];
  autoFocus?: boolean;
}) {
  const { t } = useTranslation();
  const { text } = useIntegrationErrorText(type);
  const { state, start } = useTestLead(integrationId);
  const running = state.phase === 'starting' || (state.phase === 'following' && !isSettled(state.detail));
  const ran = state.phase === 'following' || state.phase === 'failed_to_start';

  return (
    <Stack gap="md" data-testid="test-lead">
      <Text size="sm" c="dimmed">
        {t('testLead.intro')}
      </Text>
      <Group>
        <Button
          leftSection={<IconSend size={16} />}
          loading={running}
          onClick={() => void start()}
          data-autofocus={autoFocus || undefined}
        >
          {ran ? t('testLead.again') : t('testLead.button')}
        </Button>
      </Group>
      {state.phase === 'failed_to_start' && (
        <ErrorAlert error={state.error} message={text(state.error)} title={t('testLead.startFailed')} />
      )}
      {state.phase === 'following' && (
        <Stack gap="md" aria-live="polite">
          <Text size="sm">
            {t('testLead.contact')} <Code>{state.started.email}</Code>
          </Text>
          <TestLeadSummary email={state.started.email} detail={state.detail} type={type} />
          {state.readError && <ErrorAlert error={state.readError} />}
          {state.detail && <CallList attempts={state.detail.attempts} />}
        </Stack>
      )}
    </Stack>
  );
}
