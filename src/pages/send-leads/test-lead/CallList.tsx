import { Badge, Group, Paper, Stack, Text, ThemeIcon } from '@mantine/core';
import { IconCheck, IconKey, IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { AttemptView, RecordedCall } from '#contract';
import { useCallLabel } from '../call-label';
import { isRenewal, succeeded, tally } from './call-outcome';

function Duration({ ms }: { ms: number }) {
  const { t } = useTranslation();
  return (
    <Text size="xs" c="dimmed" w={64} ta="right">
      {t('testLead.calls.duration', { ms: Math.round(ms) })}
    </Text>
  );
}

function Target({ call }: { call: RecordedCall }) {
  return (
    <Text size="xs" ff="monospace" c="dimmed" mt={4} style={{ wordBreak: 'break-all' }}>
      <Text span fw={700} inherit>
        {call.method}
      </Text>{' '}
      {call.url}
    </Text>
  );
}

/**
 * A call to the tool. `renewedAfter`: it was refused with 401 and the access token was renewed
 * before it was repeated, so the refusal is part of the story rather than where the send stopped.
 */
function CallRow({ call, number, renewedAfter }: { call: RecordedCall; number: number; renewedAfter: boolean }) {
  const { t } = useTranslation();
  const ok = succeeded(call);
  const color = ok ? 'teal' : renewedAfter ? 'orange' : 'red';
  const callLabel = useCallLabel();
  return (
    <Paper withBorder p="xs" radius="md" data-testid="call" data-ok={ok || undefined} role="listitem">
      <Group justify="space-between" wrap="nowrap" gap="sm">
        <Group gap="xs" wrap="nowrap" style={{ minWidth: 0 }}>
          <ThemeIcon size={20} radius="xl" variant="light" color={color} aria-hidden>
            {ok ? <IconCheck size={13} /> : <IconX size={13} />}
          </ThemeIcon>
          <Text size="sm" fw={500} truncate="end">
            {number}. {callLabel(call.label) ?? `${call.method} ${call.url}`}
          </Text>
        </Group>
        <Group gap="xs" wrap="nowrap" style={{ flexShrink: 0 }}>
          <Badge size="sm" variant="light" color={color} data-testid="call-status">
            {call.status === null ? t('testLead.calls.noAnswer') : `HTTP ${call.status}`}
          </Badge>
          <Duration ms={call.durationMs} />
        </Group>
      </Group>
      <Target call={call} />
      {renewedAfter && (
        <Text size="xs" c="orange.8" mt={4}>
          {t('testLead.calls.renewedAfter')}
        </Text>
      )}
      {call.error && (
        <Text size="xs" c="red" mt={4}>
          {call.error.message}
        </Text>
      )}
      {/* What the tool itself answered to a refused call: often the most precise explanation. */}
      {!ok && !renewedAfter && call.responseExcerpt && (
        <Text size="xs" ff="monospace" c="red" mt={4} lineClamp={3} style={{ wordBreak: 'break-all' }}>
          {call.responseExcerpt}
        </Text>
      )}
    </Paper>
  );
}

/** The OAuth access token renewed (or not) at the token endpoint, between a 401 and the call's repeat. */
function RenewalRow({ call }: { call: RecordedCall }) {
  const { t } = useTranslation();
  const ok = call.error === null;
  return (
    <Paper withBorder p="xs" radius="md" data-testid="renewal" data-ok={ok || undefined} role="listitem">
      <Group justify="space-between" wrap="nowrap" gap="sm">
        <Group gap="xs" wrap="nowrap" style={{ minWidth: 0 }}>
          <ThemeIcon size={20} radius="xl" variant="light" color={ok ? 'teal' : 'red'} aria-hidden>
            <IconKey size={13} />
          </ThemeIcon>
          <Text size="sm" fw={500} truncate="end">
            {ok ? t('testLead.calls.renewal') : t('testLead.calls.renewalFailed')}
          </Text>
        </Group>
        <Group gap="xs" wrap="nowrap" style={{ flexShrink: 0 }}>
          <Badge size="sm" variant="light" color={ok ? 'teal' : 'red'}>
            {ok ? t('testLead.calls.renewalBadge') : t('testLead.calls.renewalFailedBadge')}
          </Badge>
          <Duration ms={call.durationMs} />
        </Group>
      </Group>
      {call.url !== '' && <Target call={call} />}
      {call.error && (
        <Text size="xs" c="red" mt={4}>
          {call.error.message}
        </Text>
      )}
    </Paper>
  );
}

function AttemptCalls({ attempt }: { attempt: AttemptView }) {
  const { t } = useTranslation();
  const { requests, renewed } = tally(attempt.calls);
  const renewals = attempt.calls.filter(isRenewal).length;
  let number = 0;
  return (
    <Stack gap={6} data-testid="attempt">
      <Text size="sm" fw={600}>
        {t('testLead.calls.attempt', { number: attempt.number, count: requests })}
        {renewals > 0 && ` · ${t('testLead.calls.renewals', { count: renewals })}`}
      </Text>
      {attempt.calls.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('testLead.calls.none')}
        </Text>
      ) : (
        <Stack gap={6} role="list" aria-label={t('testLead.calls.listLabel', { number: attempt.number })}>
          {attempt.calls.map((call, index) => {
            if (isRenewal(call)) return <RenewalRow key={index} call={call} />;
            const next = attempt.calls[index + 1];
            const renewedAfter =
              renewed > 0 && call.status === 401 && next !== undefined && isRenewal(next) && next.error === null;
            return <CallRow key={index} call={call} number={++number} renewedAfter={renewedAfter} />;
          })}
        </Stack>
      )}
    </Stack>
  );
}

/** Every HTTP call each attempt made, in order, as the engine recorded them, with any token renewal among them. */
export function CallList({ attempts }: { attempts: AttemptView[] }) {
  if (attempts.length === 0) return null;
  return (
    <Stack gap="md">
      {attempts.map((attempt) => (
        <AttemptCalls key={attempt.number} attempt={attempt} />
      ))}
    </Stack>
  );
}
