import { Alert, Group, Loader, Text } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconCircleX, IconClock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { DispatchView } from '../../../../electron/contract';
import type { DispatchDetail } from './use-test-lead';

function useTime(): (epochMs: number) => string {
  const { i18n } = useTranslation();
  const format = new Intl.DateTimeFormat(i18n.language, { timeStyle: 'medium' });
  return (epochMs) => format.format(new Date(epochMs));
}

/** Why it failed, in the guide's words where the guide has some (401 and 429 troubleshooting). */
function FailureText({ dispatch }: { dispatch: DispatchView }) {
  const { t } = useTranslation();
  const cls = dispatch.lastErrorClass;
  return (
    <Text size="sm">
      {cls ? t(`testLead.errorClasses.${cls}`) : t('testLead.failed.unknown')}
      {dispatch.lastStatus !== null && ` (HTTP ${dispatch.lastStatus})`}
    </Text>
  );
}

/** The verdict above the calls: what happened to the test lead, in one sentence. */
export function TestLeadSummary({ email, detail }: { email: string; detail: DispatchDetail | null }) {
  const { t } = useTranslation();
  const time = useTime();
  const dispatch = detail?.dispatch;

  if (!dispatch || dispatch.state === 'pending' || dispatch.state === 'sending') {
    return (
      <Group gap="sm" role="status">
        <Loader size="xs" />
        <Text size="sm">{t(dispatch?.state === 'sending' ? 'testLead.sending' : 'testLead.queued', { email })}</Text>
      </Group>
    );
  }

  switch (dispatch.state) {
    case 'sent':
      return (
        <Alert color="teal" icon={<IconCircleCheck size={20} />} title={t('testLead.success.title')} role="status">
          <Text size="sm">{t('testLead.success.body', { email })}</Text>
          <Text size="sm" mt={4}>
            {t('testLead.success.calls', { count: detail.attempts.at(-1)?.calls.length ?? 0 })}
          </Text>
        </Alert>
      );
    case 'error':
      return (
        <Alert color="red" icon={<IconCircleX size={20} />} title={t('testLead.failed.title')} role="alert">
          <FailureText dispatch={dispatch} />
        </Alert>
      );
    case 'retrying':
      return (
        <Alert color="yellow" icon={<IconClock size={20} />} title={t('testLead.retrying.title')} role="status">
          <FailureText dispatch={dispatch} />
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
          <Text size="sm">{t(`testLead.held.${dispatch.heldReason ?? 'paused'}`)}</Text>
        </Alert>
      );
    case 'skipped':
    case 'cancelled':
      return (
        <Alert color="gray" icon={<IconAlertTriangle size={20} />} title={t(`testLead.${dispatch.state}.title`)}>
          <Text size="sm">{t(`testLead.${dispatch.state}.body`)}</Text>
        </Alert>
      );
  }
}
