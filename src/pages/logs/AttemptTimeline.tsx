import { Badge, Button, Code, Collapse, Group, Paper, Stack, Text, Timeline } from '@mantine/core';
import { IconAlertTriangle, IconCheck, IconClock, IconX } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BulkAttemptBadge } from '../../components/backlog/BulkAttemptBadge';
import { troubleshootingHint, type AttemptView, type IntegrationType, type RecordedCall } from '#contract';
import { prettyBody, useLogFormatters } from './format';
import { LimitFacts } from './LimitFacts';
import { useCallLabel } from '../send-leads/call-label';
import { useHintText } from './hint-text';

/**
 * A request or response body: JSON indented, long lines wrapped inside the card (a URL or a token
 * has no spaces to break at), tall ones scrolled.
 */
function Body({ text, testId }: { text: string; testId: string }) {
  return (
    <Code
      block
      fz="xs"
      mah={220}
      style={{ overflow: 'auto', whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}
      data-testid={testId}
    >
      {text}
    </Code>
  );
}

function CallView({ call }: { call: RecordedCall }) {
  const { t } = useTranslation();
  const callLabel = useCallLabel();
  const [open, setOpen] = useState(false);
  const body = prettyBody(call.requestBody);
  return (
    <Paper withBorder p="xs" radius="sm" data-testid="recorded-call">
      <Group gap="xs" wrap="nowrap" justify="space-between">
        <Group gap={6} wrap="nowrap" miw={0}>
          <Badge size="sm" variant="default" style={{ flexShrink: 0 }}>
            {call.method}
          </Badge>
          <Text size="xs" ff="monospace" truncate="end" title={call.url}>
            {call.url}
          </Text>
        </Group>
        <Group gap={6} wrap="nowrap" style={{ flexShrink: 0 }}>
          {call.status !== null && (
            <Badge size="sm" color={call.status < 300 ? 'green' : 'red'} variant="light">
              {call.status}
            </Badge>
          )}
          <Text size="xs" c="dimmed">
            {t('logs.drawer.attempt.duration', { ms: Math.round(call.durationMs) })}
          </Text>
        </Group>
      </Group>
      {call.label !== null && (
        <Text size="xs" c="dimmed" mt={4}>
          {callLabel(call.label)}
        </Text>
      )}
      {call.error !== null && (
        <Text size="xs" c="red" mt={4}>
          {t('logs.drawer.attempt.callError', { message: call.error.message })}
        </Text>
      )}
      <Text size="xs" fw={600} mt="xs">
        {t('logs.drawer.attempt.request')}
      </Text>
      {body === null ? (
        <Text size="xs" c="dimmed">
          {t('logs.drawer.attempt.noBody')}
        </Text>
      ) : (
        <Body text={body} testId="request-body" />
      )}
      {call.responseExcerpt !== null && (
        <>
          <Button variant="subtle" size="compact-xs" mt={6} onClick={() => setOpen((o) => !o)} aria-expanded={open}>
            {open ? t('logs.drawer.attempt.hideResponse') : t('logs.drawer.attempt.showResponse')}
          </Button>
          <Collapse expanded={open}>
            <Body text={prettyBody(call.responseExcerpt) ?? call.responseExcerpt} testId="response-excerpt" />
          </Collapse>
        </>
      )}
    </Paper>
  );
}

function bulletFor(attempt: AttemptView) {
  if (attempt.outcome === 'sent') return { color: 'green', icon: <IconCheck size={12} /> };
  if (attempt.outcome === 'rate_limited' || attempt.outcome === 'held' || attempt.outcome === 'interrupted') {
    return { color: 'yellow', icon: <IconClock size={12} /> };
  }
  if (attempt.outcome === 'cancelled') return { color: 'gray', icon: <IconX size={12} /> };
  return { color: 'red', icon: <IconAlertTriangle size={12} /> };
}

function AttemptItem({ attempt, integrationType }: { attempt: AttemptView; integrationType: IntegrationType }) {
  const { t } = useTranslation();
  const { dateTime } = useLogFormatters();
  const hintText = useHintText(integrationType);
  const hint =
    attempt.outcome === 'sent'
      ? null
      : troubleshootingHint({
          integrationType,
          errorClass: attempt.errorClass,
          status: attempt.statusCode,
          message: attempt.message,
        });
  return (
    <Stack gap={6} data-testid="attempt">
      <Group gap="xs">
        <Text size="xs" c="dimmed">
          {dateTime(attempt.startedAt)}
        </Text>
        {attempt.durationMs !== null && (
          <Text size="xs" c="dimmed">
            · {t('logs.drawer.attempt.duration', { ms: attempt.durationMs })}
          </Text>
        )}
        {attempt.errorClass !== null && (
          <Badge size="xs" variant="light" color="red">
            {t(`logs.drawer.errorClasses.${attempt.errorClass}`)}
          </Badge>
        )}
        {attempt.statusCode !== null && (
          <Badge size="xs" variant="outline" color={attempt.statusCode < 300 ? 'green' : 'red'}>
            {t('logs.drawer.attempt.status', { status: attempt.statusCode })}
          </Badge>
        )}
      </Group>
      {attempt.bulk && <BulkAttemptBadge bulk={attempt.bulk} />}
      {attempt.message !== null && <Text size="sm">{attempt.message}</Text>}
      {hint !== null && (
        <Text size="xs" c="orange" data-testid="attempt-hint">
          {hintText(hint)}
        </Text>
      )}
      <LimitFacts headers={attempt.responseHeaders} />
      {attempt.notes.length > 0 && (
        <Stack gap={0}>
          {attempt.notes.map((note) => (
            <Text key={note} size="xs" c="dimmed">
              • {note}
            </Text>
          ))}
        </Stack>
      )}
      {attempt.calls.length > 0 && (
        <Stack gap={6}>
          {attempt.calls.map((call, i) => (
            <CallView key={i} call={call} />
          ))}
        </Stack>
      )}
      {attempt.calls.length === 0 && attempt.responseExcerpt !== null && (
        <Body text={prettyBody(attempt.responseExcerpt) ?? attempt.responseExcerpt} testId="response-excerpt" />
      )}
    </Stack>
  );
}

export function AttemptTimeline({
  attempts,
  integrationType,
}: {
  attempts: AttemptView[];
  integrationType: IntegrationType;
}) {
  const { t } = useTranslation();
  if (attempts.length === 0) return <Text c="dimmed">{t('logs.drawer.noAttempts')}</Text>;
  return (
    <Timeline bulletSize={22} lineWidth={2} active={attempts.length} data-testid="attempt-timeline">
      {attempts.map((attempt, index) => {
        const bullet = bulletFor(attempt);
        return (
          <Timeline.Item
            // A try that spent no attempt (a rate limit, a bulk request sent back) shares its number with the next.
            key={index}
            bullet={bullet.icon}
            color={bullet.color}
            title={`${t('logs.drawer.attempt.title', { n: attempt.number })} · ${t(`logs.drawer.outcomes.${attempt.outcome}`)}`}
          >
            <AttemptItem attempt={attempt} integrationType={integrationType} />
          </Timeline.Item>
        );
      })}
    </Timeline>
  );
}
