import { Paper, Stack, Text, Title } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useBacklog } from '../../stores/backlog';
import { useClients } from '../../stores/clients';
import { BacklogLine } from './BacklogLine';

/** The Logs page's "Sending now": every integration with leads queued or being sent; absent when none. */
export function BacklogPanel({ clientId }: { clientId?: string }) {
  const { t } = useTranslation();
  const clients = useClients((s) => s.all);
  const all = useBacklog((s) => s.items);
  // Filtered outside the selector: a new array from the selector on every read would never settle.
  const items = useMemo(
    () => all.filter((i) => i.waiting + i.sending > 0 && (clientId === undefined || i.clientId === clientId)),
    [all, clientId],
  );
  if (items.length === 0) return null;
  const clientName = (id: string) => clients.find((c) => c.id === id)?.name;
  return (
    <Paper withBorder p="md" mb="md" role="region" aria-label={t('backlog.panelTitle')} data-testid="backlog-panel">
      <Title order={2} size="h5">
        {t('backlog.panelTitle')}
      </Title>
      <Text size="xs" c="dimmed" mb="sm">
        {t('backlog.panelHint')}
      </Text>
      <Stack gap="md">
        {items.map((item) => {
          const client = clientId === undefined ? clientName(item.clientId) : undefined;
          return (
            <BacklogLine
              key={item.integrationId}
              item={item}
              name={client ? `${client} · ${item.integrationName}` : item.integrationName}
            />
          );
        })}
      </Stack>
    </Paper>
  );
}
