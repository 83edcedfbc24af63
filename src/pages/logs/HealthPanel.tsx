import {
  Badge,
  Button,
  Center,
  Group,
  Loader,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
  UnstyledButton,
} from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconPlayerPause, IconPlugOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { AttentionItem, ClientHealth, HealthCounts } from '#contract';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useClients } from '../../stores/clients';
import { useLogFilters } from '../../stores/logs';
import { DailyChart } from './DailyChart';
import { useLogFormatters } from './format';
import { useHealth } from './use-health';
import { useLogsView } from './view-store';

const COUNT_COLORS = { sent: 'teal', error: 'red', retrying: 'yellow.8' } as const;

/** Sent, errors and retrying for the last day and month, as a two-row table. */
function Counts({ client }: { client: ClientHealth }) {
  const { t } = useTranslation();
  const rows: Array<[string, HealthCounts]> = [
    [t('logs.health.last24h'), client.last24h],
    [t('logs.health.last30d'), client.last30d],
  ];
  return (
    <Table withRowBorders={false} verticalSpacing={2} horizontalSpacing="xs" fz="sm" layout="fixed">
      <Table.Thead>
        <Table.Tr>
          <Table.Th w="40%" />
          {(['sent', 'error', 'retrying'] as const).map((key) => (
            <Table.Th key={key} fz="xs" c="dimmed" fw={500} ta="right">
              {t(`logs.health.${key}`)}
            </Table.Th>
          ))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map(([label, counts]) => (
          <Table.Tr key={label} data-testid="health-counts">
            <Table.Td c="dimmed" fz="xs">
              {label}
            </Table.Td>
            {(['sent', 'error', 'retrying'] as const).map((key) => (
              <Table.Td
                key={key}
                ta="right"
                fw={600}
                c={counts[key] > 0 ? COUNT_COLORS[key] : 'dimmed'}
                data-testid={`count-${key}`}
              >
                {counts[key]}
              </Table.Td>
            ))}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

function ClientCard({ client, onOpen }: { client: ClientHealth; onOpen: () => void }) {
  const { t } = useTranslation();
  const { date } = useLogFormatters();
  return (
    <Paper withBorder p="md" data-testid="health-client" aria-label={client.clientName} role="group">
      <Stack gap="sm">
        <Group justify="space-between" wrap="nowrap">
          <UnstyledButton onClick={onOpen} aria-label={`${client.clientName}: ${t('logs.health.showDispatches')}`}>
            <Text fw={600} truncate="end">
              {client.clientName}
            </Text>
          </UnstyledButton>
          {client.newErrors > 0 && (
            <Badge color="red" variant="filled" size="sm">
              {t('logs.health.newErrors', { count: client.newErrors })}
            </Badge>
          )}
        </Group>
        <Counts client={client} />
        <div>
          <DailyChart client={client} />
          <Group justify="space-between">
            <Text size="xs" c="dimmed">
              {date(client.daily[0]?.day ?? 0)}
            </Text>
            <Text size="xs" c="dimmed">
              {t('logs.health.today')}
            </Text>
          </Group>
        </div>
        <Button variant="subtle" size="xs" onClick={onOpen} style={{ alignSelf: 'flex-start' }}>
          {t('logs.health.showDispatches')}
        </Button>
      </Stack>
    </Paper>
  );
}

const icons = { needs_attention: IconAlertTriangle, paused: IconPlayerPause, inactive: IconPlugOff } as const;

function AttentionRow({
  item,
  firstLook,
  onShow,
  onSeen,
}: {
  item: AttentionItem;
  /** The user never reviewed this client's errors: "in the last 30 days" rather than "since". */
  firstLook: boolean;
  onShow: () => void;
  onSeen: () => void;
}) {
  const { t } = useTranslation();
  const { dateTime } = useLogFormatters();
  const Icon = item.kind === 'integration' ? icons[item.status] : IconAlertTriangle;
  const color = item.kind === 'integration' && item.status !== 'needs_attention' ? 'gray' : 'red';
  return (
    <Group justify="space-between" wrap="nowrap" py={6} data-testid="attention-item">
      <Group gap="sm" wrap="nowrap" miw={0}>
        <Icon size={18} color={`var(--mantine-color-${color}-6)`} style={{ flexShrink: 0 }} />
        <Stack gap={0} miw={0}>
          <Text size="sm" fw={500} truncate="end">
            {item.kind === 'integration'
              ? t(`logs.health.items.${item.status}`, { integration: item.integrationName })
              : firstLook
                ? t('logs.health.items.errorsRecent', { count: item.count })
                : t('logs.health.items.errors', { count: item.count, since: dateTime(item.since) })}
          </Text>
          <Text size="xs" c="dimmed" truncate="end">
            {item.clientName}
            {item.kind === 'integration' && item.held > 0 && ` · ${t('logs.health.items.held', { count: item.held })}`}
            {item.kind === 'integration' && item.reason !== null && ` · ${item.reason}`}
          </Text>
        </Stack>
      </Group>
      <Group gap={4} wrap="nowrap">
        {item.kind === 'errors' && (
          <Button size="xs" variant="subtle" color="gray" onClick={onSeen}>
            {t('logs.health.markSeen')}
          </Button>
        )}
        <Button size="xs" variant="light" onClick={onShow}>
          {item.kind === 'errors' ? t('logs.health.review') : t('logs.health.showDispatches')}
        </Button>
      </Group>
    </Group>
  );
}

/** Every client's delivery at a glance, and what needs the user; a click opens its dispatches. */
export function HealthPanel() {
  const { t } = useTranslation();
  const { health, error, reload, markSeen } = useHealth(true);
  const setFilters = useLogFilters((s) => s.set);
  const setTab = useLogsView((s) => s.setTab);
  const currentId = useClients((s) => s.current?.id ?? null);

  const showAttempts = (clientId: string, extra: { integrationId?: string; states?: ['error'] } = {}) => {
    setFilters({
      client: clientId === currentId ? 'current' : clientId,
      integrationId: extra.integrationId ?? null,
      ...(extra.states ? { states: extra.states } : {}),
    });
    setTab('attempts');
  };

  if (error) return <ErrorAlert error={error} onRetry={reload} />;
  if (!health) {
    return (
      <Center py={64}>
        <Loader size="sm" />
      </Center>
    );
  }
  return (
    <Stack gap="lg">
      <Paper withBorder p="md" role="region" aria-label={t('logs.health.attention')}>
        <Title order={2} size="h4" mb="xs">
          {t('logs.health.attention')}
        </Title>
        {health.attention.length === 0 ? (
          <Group gap="xs">
            <IconCircleCheck size={18} color="var(--mantine-color-teal-6)" />
            <Text size="sm" c="dimmed">
              {t('logs.health.allGood')}
            </Text>
          </Group>
        ) : (
          health.attention.map((item) => (
            <AttentionRow
              key={item.kind === 'integration' ? item.integrationId : `errors-${item.clientId}`}
              item={item}
              firstLook={health.clients.find((c) => c.clientId === item.clientId)?.lastSeenAt === null}
              onSeen={() => void markSeen(item.clientId)}
              onShow={() => {
                if (item.kind === 'integration') showAttempts(item.clientId, { integrationId: item.integrationId });
                else {
                  void markSeen(item.clientId);
                  showAttempts(item.clientId, { states: ['error'] });
                }
              }}
            />
          ))
        )}
      </Paper>
      <section aria-label={t('logs.health.clients')}>
        {health.clients.length === 0 ? (
          <Text c="dimmed">{t('logs.health.noClients')}</Text>
        ) : (
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
            {health.clients.map((c) => (
              <ClientCard key={c.clientId} client={c} onOpen={() => showAttempts(c.clientId)} />
            ))}
          </SimpleGrid>
        )}
      </section>
    </Stack>
  );
}
