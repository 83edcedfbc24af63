import { Badge, Group, Text, Tooltip } from '@mantine/core';
import { IconStack2 } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { AttemptBulk } from '#contract';

const STATES = ['recorded', 'submitted', 'following', 'done', 'refused', 'failed'] as const;

/** "Import #12 · completed · 250 leads in the import": the bulk request an attempt went through. */
export function BulkAttemptBadge({ bulk }: { bulk: AttemptBulk }) {
  const { t, i18n } = useTranslation();
  const number = new Intl.NumberFormat(i18n.language);
  const state = (STATES as readonly string[]).includes(bulk.state)
    ? t(`backlog.attempt.states.${bulk.state as (typeof STATES)[number]}`)
    : bulk.state;
  const parts = [state, t('backlog.attempt.contacts', { count: bulk.contacts, n: number.format(bulk.contacts) })];
  if (bulk.failed !== null && bulk.failed > 0) parts.push(t('backlog.attempt.failed', { count: bulk.failed }));
  return (
    <Group gap={6} wrap="nowrap" data-testid="attempt-bulk">
      <Tooltip
        label={bulk.remoteId ? t('backlog.attempt.remoteId', { id: bulk.remoteId }) : state}
        disabled={!bulk.remoteId}
      >
        <Badge size="xs" variant="light" color="violet" leftSection={<IconStack2 size={10} aria-hidden />}>
          {t('backlog.attempt.badge', { number: bulk.number })}
        </Badge>
      </Tooltip>
      <Text size="xs" c="dimmed">
        {parts.join(' · ')}
      </Text>
    </Group>
  );
}
