import { Group, Progress, Stack, Text, ThemeIcon, Tooltip } from '@mantine/core';
import { IconCircleCheck, IconSend, IconStack2 } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { BacklogItem } from '#contract';
import { durationText } from './duration';

const ICONS = { bulk: IconStack2, per_contact: IconSend, idle: IconCircleCheck } as const;

/**
 * One integration's queue as it drains: how it is being sent (in bulk, batch x of y, or one lead
 * at a time), what waits, the time left at the recent pace and the share of the CRM account's
 * request limit in use.
 */
export function BacklogLine({ item, name }: { item: BacklogItem; name?: string }) {
  const { t, i18n } = useTranslation();
  const number = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 0 });
  const percent = new Intl.NumberFormat(i18n.language, { style: 'percent', maximumFractionDigits: 0 });
  const Icon = ICONS[item.mode];
  const mode =
    item.mode === 'bulk'
      ? item.batch
        ? t('backlog.modes.bulk', { current: item.batch.current, total: item.batch.total })
        : t('backlog.modes.bulkStarting')
      : t(`backlog.modes.${item.mode}`);
  const counts: string[] = [];
  if (item.waiting > 0) counts.push(t('backlog.waiting', { count: item.waiting, n: number.format(item.waiting) }));
  if (item.sending > 0) counts.push(t('backlog.sending', { count: item.sending, n: number.format(item.sending) }));
  if (item.held > 0) counts.push(t('backlog.held', { count: item.held, n: number.format(item.held) }));
  const remaining = item.waiting + item.sending;
  const eta =
    remaining === 0
      ? null
      : item.etaSeconds === null
        ? t('backlog.etaUnknown')
        : t('backlog.eta', { time: durationText(item.etaSeconds, t) });
  const done = item.batch ? Math.round(((item.batch.current - 1) / item.batch.total) * 100) : null;
  return (
    <Stack
      gap={4}
      data-testid="backlog"
      data-mode={item.mode}
      aria-label={t('backlog.label', { name: name ?? item.integrationName })}
      role="group"
    >
      <Group justify="space-between" gap="xs" wrap="nowrap">
        <Group gap={6} wrap="nowrap" miw={0}>
          <ThemeIcon size={20} radius="xl" variant="light" color={item.mode === 'bulk' ? 'violet' : 'blue'}>
            <Icon size={12} aria-hidden />
          </ThemeIcon>
          {name !== undefined && (
            <Text size="sm" fw={600} truncate="end">
              {name}
            </Text>
          )}
          <Text size="sm" fw={name === undefined ? 600 : 400} data-testid="backlog-mode">
            {mode}
          </Text>
        </Group>
        {eta !== null && (
          <Text size="xs" c="dimmed" data-testid="backlog-eta" style={{ flexShrink: 0 }}>
            {eta}
          </Text>
        )}
      </Group>
      {done !== null && (
        <Progress
          value={done}
          size="sm"
          color="violet"
          aria-label={t('backlog.progress')}
          striped
          animated={remaining > 0}
        />
      )}
      <Group gap="md" wrap="wrap">
        {counts.length > 0 && (
          <Text size="xs" c="dimmed" data-testid="backlog-counts">
            {counts.join(' · ')}
          </Text>
        )}
        {item.leadsPerMinute !== null && remaining > 0 && (
          <Text size="xs" c="dimmed">
            {t('backlog.pace', { rate: number.format(item.leadsPerMinute) })}
          </Text>
        )}
        {item.limitShare !== null && item.accountLimit !== null && (
          <Tooltip label={t('backlog.limitHint')} multiline w={280} openDelay={300}>
            <Text size="xs" c="dimmed" data-testid="backlog-limit">
              {t('backlog.limit', {
                percent: percent.format(item.limitShare),
                limit: number.format(item.accountLimit),
              })}
            </Text>
          </Tooltip>
        )}
      </Group>
      {item.perContactReason !== null && (
        <Text size="xs" c="orange.8" data-testid="backlog-reason">
          {item.perContactReason.code === 'setting'
            ? t('backlog.reasons.setting')
            : t('backlog.reasons.check', { message: item.perContactReason.message })}
        </Text>
      )}
    </Stack>
  );
}
