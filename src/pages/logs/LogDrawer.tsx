import { Alert, Button, Center, Divider, Drawer, Group, Loader, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconBulb, IconPlayerPlay, IconRefresh } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { troubleshootingHint, type AppErrorPayload, type DispatchView, type LogRow } from '#contract';
import { getApi } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { AttemptTimeline } from './AttemptTimeline';
import { useLogFormatters } from './format';
import { LeadFields } from './LeadFields';
import { StateBadge } from './StateBadge';
import { useDispatchDetail } from './use-dispatch-detail';
import { useHintText } from './hint-text';

export interface DrawerTarget {
  id: string;
  /** The list row it was opened from: names of the client, integration and lead, the attempt budget. */
  context: LogRow;
}

/** What the core accepts (see the outbox's retryNow and resend statements). */
function canRetry(d: DispatchView): boolean {
  return d.state === 'pending' || d.state === 'retrying' || (d.state === 'held' && d.heldReason === 'offline');
}
function canResend(d: DispatchView): boolean {
  return d.state === 'sent' || d.state === 'error' || d.state === 'cancelled';
}

function Summary({ d, context }: { d: DispatchView; context: LogRow }) {
  const { t } = useTranslation();
  const { dateTime } = useLogFormatters();
  const item = (label: string, value: string) => (
    <Stack gap={0} miw={0}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm">{value}</Text>
    </Stack>
  );
  return (
    <SimpleGrid cols={3} spacing="sm" verticalSpacing="xs" data-testid="dispatch-summary">
      {item(t('logs.drawer.summary.client'), context.clientName)}
      {item(t('logs.drawer.summary.integration'), context.integrationName)}
      {item(t('logs.drawer.summary.created'), dateTime(d.createdAt))}
      {item(t('logs.drawer.summary.updated'), dateTime(d.updatedAt))}
      {item(
        t('logs.drawer.summary.attempts'),
        t('logs.drawer.summary.attemptsOf', { n: d.attemptCount, max: context.maxAttempts }),
      )}
      {d.nextAttemptAt !== null && item(t('logs.drawer.summary.nextAttempt'), dateTime(d.nextAttemptAt))}
      {d.skipReason !== null && item(t('logs.drawer.summary.skipReason'), d.skipReason)}
      {d.resendOf !== null && item(t('logs.drawer.summary.resendOf'), d.resendOf.slice(0, 8))}
    </SimpleGrid>
  );
}

type Message = { forId: string; kind: 'retry' | 'resend' } & ({ text: string } | { error: AppErrorPayload });

interface LogDrawerProps {
  target: DrawerTarget | null;
  onClose: () => void;
  /** A resend creates a new dispatch; the drawer follows it. */
  onOpen: (target: DrawerTarget) => void;
}

export function LogDrawer({ target, onClose, onOpen }: LogDrawerProps) {
  const { t } = useTranslation();
  const { detail, lead, error, reload } = useDispatchDetail(target?.id ?? null, target?.context.leadId ?? null);
  const [busy, setBusy] = useState<'retry' | 'resend' | null>(null);
  // Each message belongs to the dispatch it is about; after a resend that is the new one.
  const [message, setMessage] = useState<Message | null>(null);

  async function act(kind: 'retry' | 'resend') {
    if (!target) return;
    setBusy(kind);
    setMessage(null);
    const channel = kind === 'retry' ? 'dispatch:retryNow' : 'dispatch:resend';
    const result = await getApi().invoke(channel, { id: target.id });
    setBusy(null);
    if (!result.ok) {
      setMessage({ forId: target.id, kind, error: result.error });
    } else if (kind === 'resend') {
      onOpen({ id: result.value.id, context: { ...target.context, id: result.value.id } });
      setMessage({ forId: result.value.id, kind, text: t('logs.drawer.resent') });
    } else {
      reload();
      setMessage({ forId: target.id, kind, text: t('logs.drawer.retried') });
    }
  }
  const shown = message !== null && message.forId === target?.id ? message : null;

  const d = detail?.dispatch ?? null;
  const context = target?.context ?? null;
  const hintText = useHintText(context?.integrationType ?? null);
  const hint =
    d && context && d.state !== 'sent' && d.state !== 'skipped' && d.state !== 'cancelled'
      ? troubleshootingHint({
          integrationType: context.integrationType,
          errorClass: d.lastErrorClass,
          status: d.lastStatus,
          message: d.lastError,
        })
      : null;

  return (
    <Drawer
      opened={target !== null}
      onClose={onClose}
      position="right"
      size={720}
      title={
        <Title order={2} size="h4">
          {t('logs.drawer.title')}
        </Title>
      }
      closeButtonProps={{ 'aria-label': t('common.close') }}
      data-testid="log-drawer"
    >
      {target && !detail && !error && (
        <Center py="xl">
          <Loader size="sm" aria-label={t('logs.drawer.loading')} />
        </Center>
      )}
      {error && <ErrorAlert error={error} onRetry={reload} />}
      {d && context && (
        <Stack gap="md">
          <Group justify="space-between" align="flex-start" wrap="nowrap">
            <Stack gap={2} miw={0}>
              <Text fw={600} truncate="end">
                {lead?.fullName || context.leadEmail}
              </Text>
              <StateBadge row={{ ...d, maxAttempts: context.maxAttempts }} />
            </Stack>
            <Group gap="xs" wrap="nowrap">
              {canRetry(d) && (
                <Button
                  leftSection={<IconPlayerPlay size={16} />}
                  loading={busy === 'retry'}
                  onClick={() => void act('retry')}
                >
                  {t('logs.drawer.retryNow')}
                </Button>
              )}
              {canResend(d) && (
                <Button
                  variant="light"
                  leftSection={<IconRefresh size={16} />}
                  loading={busy === 'resend'}
                  onClick={() => void act('resend')}
                >
                  {t('logs.drawer.resend')}
                </Button>
              )}
            </Group>
          </Group>
          {shown && 'text' in shown && (
            <Alert color="green" variant="light" withCloseButton onClose={() => setMessage(null)} role="status">
              {shown.text}
            </Alert>
          )}
          {shown && 'error' in shown && (
            <ErrorAlert
              error={shown.error}
              message={shown.error.code === 'conflict' ? t(`logs.actionErrors.${shown.kind}`) : undefined}
              onClose={() => setMessage(null)}
            />
          )}
          {hint && (
            <Alert color="orange" variant="light" icon={<IconBulb size={18} />} title={t('logs.drawer.hintTitle')}>
              <Text size="sm" data-testid="dispatch-hint">
                {hintText(hint)}
              </Text>
              {/* The CRM's own words, in the alert's colour: grey would not read on its tint. */}
              {d.lastError && (
                <Text size="xs" mt={4} data-testid="dispatch-last-error">
                  {d.lastError}
                </Text>
              )}
            </Alert>
          )}
          <Divider label={t('logs.drawer.lead')} labelPosition="left" />
          {lead && <LeadFields lead={lead} />}
          <Divider label={t('logs.drawer.dispatch')} labelPosition="left" />
          <Summary d={d} context={context} />
          <Divider label={t('logs.drawer.attempts')} labelPosition="left" />
          <AttemptTimeline attempts={detail?.attempts ?? []} integrationType={context.integrationType} />
        </Stack>
      )}
    </Drawer>
  );
}
