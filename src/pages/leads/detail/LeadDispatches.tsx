import { Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { IconExternalLink } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { LeadDetail } from '#contract';
import { defaultLogFilters, useLogFilters } from '../../../stores/logs';
import { useSection } from '../../../stores/section';
import { useLogFormatters } from '../../logs/format';
import { stateColors } from '../../logs/StateBadge';

type Dispatch = LeadDetail['dispatches'][number];

function DispatchItem({ d }: { d: Dispatch }) {
  const { t } = useTranslation();
  const { dateTime } = useLogFormatters();
  return (
    <Paper withBorder radius="md" p="sm" data-testid="lead-dispatch">
      <Group justify="space-between" wrap="nowrap" align="flex-start">
        <Stack gap={2} miw={0}>
          <Text size="sm" fw={600} truncate="end">
            {d.integrationName}
          </Text>
          <Text size="xs" c="dimmed">
            {t('leads.detail.dispatches.attempts', { count: d.attempts })} ·{' '}
            {t('leads.detail.dispatches.updated', { time: dateTime(d.updatedAt) })}
          </Text>
        </Stack>
        <Group gap={6} wrap="nowrap">
          {d.lastStatus !== null && (
            <Badge variant="outline" size="sm" color={d.lastStatus < 300 ? 'green' : 'red'}>
              {t('leads.detail.dispatches.lastStatus', { status: d.lastStatus })}
            </Badge>
          )}
          <Badge color={stateColors[d.state]} variant="light" size="sm" data-testid="dispatch-state">
            {t(`logs.states.${d.state}`)}
          </Badge>
        </Group>
      </Group>
      {d.skipReason !== null && (
        <Text size="xs" c="dimmed" mt={6}>
          {t('leads.detail.dispatches.skipped', { reason: d.skipReason })}
        </Text>
      )}
      {d.lastError !== null && d.state !== 'sent' && (
        <Text size="xs" c="red" mt={6} lineClamp={3} title={d.lastError}>
          {d.lastError}
        </Text>
      )}
    </Paper>
  );
}

/** Where a qualified lead went, and a way to its full attempt history on the Logs page. */
export function LeadDispatches({ lead }: { lead: LeadDetail }) {
  const { t } = useTranslation();
  const go = useSection((s) => s.go);
  const setLogFilters = useLogFilters((s) => s.set);

  function openLogs() {
    setLogFilters({ ...defaultLogFilters, lead: { id: lead.id, name: lead.fullName || lead.email } });
    go('logs');
  }

  if (lead.dispatches.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {lead.qualified ? t('leads.detail.dispatches.noneQualified') : t('leads.detail.dispatches.none')}
      </Text>
    );
  }
  return (
    <Stack gap="xs">
      {lead.dispatches.map((d) => (
        <DispatchItem key={d.id} d={d} />
      ))}
      <Group>
        <Button variant="light" size="xs" leftSection={<IconExternalLink size={14} />} onClick={openLogs}>
          {t('leads.detail.dispatches.openLogs')}
        </Button>
      </Group>
    </Stack>
  );
}
