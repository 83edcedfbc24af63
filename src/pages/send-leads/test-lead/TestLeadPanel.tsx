import { Button, Checkbox, Code, Group, List, Stack, Text } from '@mantine/core';
import { IconSend } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AttemptView, IntegrationSummary } from '#contract';
import { getApi } from '../../../api';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useIntegrationErrorText } from '../../../i18n/integration-errors';
import { useApiQuery } from '../use-api-query';
import { hasCompanyStep } from './call-outcome';
import { CallList } from './CallList';
import { TestLeadSummary } from './TestLeadSummary';
import { isSettled, useTestLead } from './use-test-lead';

type IntegrationType = IntegrationSummary['type'];

/** What the connector noted on the way (a step skipped, a record created, why the contact is unmarked). */
function AttemptNotes({ attempt }: { attempt: AttemptView | undefined }) {
  const { t } = useTranslation();
  if (!attempt || attempt.notes.length === 0) return null;
  return (
    <Stack gap={4} data-testid="test-lead-notes">
      <Text size="sm" fw={600}>
        {t('testLead.notes')}
      </Text>
      <List size="sm" spacing={2}>
        {attempt.notes.map((note, index) => (
          <List.Item key={index}>{note}</List.Item>
        ))}
      </List>
    </Stack>
  );
}

/**
 * Whether this integration has a company step to offer the test lead: read from its saved mapping,
 * so the choice only appears where the tool would find or create a company.
 */
function useCompanyStep(integrationId: string, type: IntegrationType): boolean {
  const detail = useApiQuery(type === 'webhook' ? null : integrationId, () =>
    getApi().invoke('integrations:get', { id: integrationId }),
  );
  return detail.status === 'ok' && hasCompanyStep(detail.value);
}

/** "Send test lead" and its result, inline: used after activation and from the integration's card. */
export function TestLeadPanel({
  integrationId,
  type,
  autoFocus = false,
}: {
  integrationId: string;
  type: IntegrationType;
  autoFocus?: boolean;
}) {
  const { t } = useTranslation();
  const { text } = useIntegrationErrorText(type);
  const { state, start } = useTestLead(integrationId);
  const companyStep = useCompanyStep(integrationId, type);
  const [createCompany, setCreateCompany] = useState(false);
  const running = state.phase === 'starting' || (state.phase === 'following' && !isSettled(state.detail));
  const ran = state.phase === 'following' || state.phase === 'failed_to_start';

  return (
    <Stack gap="md" data-testid="test-lead">
      <Text size="sm" c="dimmed" data-testid="test-lead-intro">
        {t('testLead.intro')} {t(`testLead.marker.${type}`)}
      </Text>
      {companyStep && type !== 'webhook' && (
        <Checkbox
          label={t(`testLead.company.${type}`, { company: t('testLead.testCompany') })}
          description={t(`testLead.companyHint.${type}`)}
          checked={createCompany}
          disabled={running}
          onChange={(event) => setCreateCompany(event.currentTarget.checked)}
        />
      )}
      <Group>
        <Button
          leftSection={<IconSend size={16} />}
          loading={running}
          onClick={() => void start({ createCompany: companyStep && createCompany })}
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
          {isSettled(state.detail) && <AttemptNotes attempt={state.detail?.attempts.at(-1)} />}
        </Stack>
      )}
    </Stack>
  );
}
