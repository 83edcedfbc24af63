import { Badge, Group, Paper, Stack, Text, ThemeIcon } from '@mantine/core';
import { IconCheck, IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { AttemptView, RecordedCall } from '#contract';
import { useCallLabel } from '../call-label';

function succeeded(call: RecordedCall): boolean {
  return call.error === null && call.status !== null && call.status >= 200 && call.status < 300;
}

function CallRow({ call, index }: { call: RecordedCall; index: number }) {
  const { t } = useTranslation();
  const ok = succeeded(call);
  const callLabel = useCallLabel();
  return (
    <Paper withBorder p="xs" radius="md" data-testid="call" data-ok={ok || undefined} role="listitem">
      <Group justify="space-between" wrap="nowrap" gap="sm">
        <Group gap="xs" wrap="nowrap" style={{ minWidth: 0 }}>
          <ThemeIcon size={20} radius="xl" variant="light" color={ok ? 'teal' : 'red'} aria-hidden>
            {ok ? <IconCheck size={13} /> : <IconX size={13} />}
          </ThemeIcon>
          <Text size="sm" fw={500} truncate="end">
            {index + 1}. {callLabel(call.label) ?? `${call.method} ${call.url}`}
          </Text>
        </Group>
        <Group gap="xs" wrap="nowrap" style={{ flexShrink: 0 }}>
          <Badge size="sm" variant="light" color={ok ? 'teal' : 'red'} data-testid="call-status">
            {call.status === null ? t('testLead.calls.noAnswer') : `HTTP ${call.status}`}
          </Badge>
          <Text size="xs" c="dimmed" w={64} ta="right">
            {t('testLead.calls.duration', { ms: Math.round(call.durationMs) })}
          </Text>
        </Group>
      </Group>
      <Text size="xs" ff="monospace" c="dimmed" mt={4} style={{ wordBreak: 'break-all' }}>
        <Text span fw={700} inherit>
          {call.method}
        </Text>{' '}
        {call.url}
      </Text>
      {call.error && (
        <Text size="xs" c="red" mt={4}>
          {call.error.message}
        </Text>
      )}
      {/* What ActiveCampaign itself answered to a refused call: often the most precise explanation. */}
      {!ok && call.responseExcerpt && (
        <Text size="xs" ff="monospace" c="red" mt={4} lineClamp={3} style={{ wordBreak: 'break-all' }}>
          {call.responseExcerpt}
        </Text>
      )}
    </Paper>
  );
}

/** Every HTTP call each attempt made, in order, as the engine recorded them. */
export function CallList({ attempts }: { attempts: AttemptView[] }) {
  const { t } = useTranslation();
  if (attempts.length === 0) return null;
  return (
    <Stack gap="md">
      {attempts.map((attempt) => (
        <Stack key={attempt.number} gap={6} data-testid="attempt">
          <Text size="sm" fw={600}>
            {t('testLead.calls.attempt', { number: attempt.number, count: attempt.calls.length })}
          </Text>
          {attempt.calls.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('testLead.calls.none')}
            </Text>
          ) : (
            <Stack gap={6} role="list" aria-label={t('testLead.calls.listLabel', { number: attempt.number })}>
              {attempt.calls.map((call, index) => (
                <CallRow key={index} call={call} index={index} />
              ))}
            </Stack>
          )}
        </Stack>
      ))}
    </Stack>
  );
}
