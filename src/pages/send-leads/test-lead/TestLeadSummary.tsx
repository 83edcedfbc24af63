import { Alert, Group, Loader, Text } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconCircleX, IconClock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { DispatchView, IntegrationSummary } from '#contract';
import { useCrmNames } from '../../../i18n/crm-names';
import { tally } from './call-outcome';
import type { DispatchDetail } from './use-test-lead';

type IntegrationType = IntegrationSummary['type'];

function useTime(): (epochMs: number) => string {
  const { i18n } = useTranslation();
  const format = new Intl.DateTimeFormat(i18n.language, { timeStyle: 'medium' });
  return (epochMs) => format.format(new Date(epochMs));
}

/** Why it failed, in the guide's words where the guide has some (401 and 429 troubleshooting). */
function FailureText({ dispatch, type }: { dispatch: DispatchView; type: IntegrationType }) {
  const { t } = useTranslation();
  const target = useCrmNames(type);
  const cls = dispatch.lastErrorClass;
  return (
    <Text size="sm">
      {cls === 'auth'
        ? t(`testLead.authByType.${type}`)
        : cls
          ? t(`testLead.errorClasses.${cls}`, target)
          : t('testLead.failed.unknown', target)}
      {dispatch.lastStatus !== null && ` (HTTP ${dispatch.lastStatus})`}
    </Text>
  );
}

/** The verdict above the calls: what happened to the test lead, in one sentence. */
export function TestLeadSummary({
  email,
  detail,
  type,
}: {
  email: string;
  detail: DispatchDetail | null;
  type: IntegrationType;
}) {
  const { t } = useTranslation();
  const target = useCrmNames(type);
  const time = useTime();
  const dispatch = detail?.dispatch;

  if (!dispatch || dispatch.state === 'pending' || dispatch.state === 'sending') {
    return (
      <Group gap="sm" role="status">
        <Loader size="xs" />
        <Text size="sm">
          {t(dispatch?.state === 'sending' ? 'testLead.sending' : 'testLead.queued', { email, ...target })}
        </Text>
      </Group>
    );
  }

  switch (dispatch.state) {
    case 'sent': {
      // Counted as the list below shows them: calls to the tool (a 401 before a renewal is one the
      // tool refused), the renewal itself apart.
      const { requests, accepted, renewed } = tally(detail.attempts.at(-1)?.calls ?? []);
      return (
        <Alert color="teal" icon={<IconCircleCheck size={20} />} title={t('testLead.success.title')} role="status">
          <Text size="sm">{t(`testLead.success.body_${type}`, { email })}</Text>
          <Text size="sm" mt={4} data-testid="test-lead-count">
            {accepted === requests
              ? t('testLead.success.calls', { count: requests, ...target })
              : t('testLead.success.partial', { count: requests, accepted, ...target })}
            {renewed > 0 && ` ${t('testLead.success.renewed')}`}
          </Text>
        </Alert>
      );
    }
    case 'error':
      return (
        <Alert color="red" icon={<IconCircleX size={20} />} title={t('testLead.failed.title')} role="alert">
          <FailureText dispatch={dispatch} type={type} />
        </Alert>
      );
    case 'retrying':
      return (
        <Alert color="yellow" icon={<IconClock size={20} />} title={t('testLead.retrying.title')} role="status">
          <FailureText dispatch={dispatch} type={type} />
          {dispatch.nextAttemptAt !== null && (
            <Text size="sm" mt={4}>
              {t('testLead.retrying.next', { time: time(dispatch.nextAttemptAt) })}
            </Text>
          )}
        </Alert>
      );
    case 'held':
      return (
        <Alert color="yellow" icon={<IconAlertTriangle size={20} />} title={t('testLead.held.title')} role="status">
          <Text size="sm">{t(`testLead.held.${dispatch.heldReason ?? 'paused'}`, target)}</Text>
        </Alert>
      );
    case 'skipped':
    case 'cancelled':
      return (
        <Alert color="gray" icon={<IconAlertTriangle size={20} />} title={t(`testLead.${dispatch.state}.title`)}>
          <Text size="sm">{t(`testLead.${dispatch.state}.body`, target)}</Text>
        </Alert>
      );
  }
}
