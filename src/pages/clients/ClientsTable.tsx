import { ActionIcon, Avatar, Badge, Button, Group, Table, Text, Tooltip } from '@mantine/core';
import {
  IconArchive,
  IconArrowBackUp,
  IconClockEdit,
  IconFileExport,
  IconPencil,
  IconSwitchHorizontal,
} from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Client } from '#contract';
import { useDateFormatter } from '../../i18n/format';

export interface ClientRowActions {
  onSelect: (client: Client) => void;
  onRename: (client: Client) => void;
  onArchive: (client: Client) => void;
  onRestore: (client: Client) => void;
  /** Exports the client's configuration as a template file. */
  onExportTemplate: (client: Client) => void;
  /** Opens the client's history of changes. */
  onHistory: (client: Client) => void;
}

interface ClientsTableProps extends ClientRowActions {
  clients: Client[];
  currentId: string | null;
  busyId: string | null;
}

function RowActions({
  client,
  isCurrent,
  busy,
  ...actions
}: { client: Client; isCurrent: boolean; busy: boolean } & ClientRowActions) {
  const { t } = useTranslation();
  const name = client.name;
  const history = (
    <Tooltip label={t('audit.open', { name })}>
      <ActionIcon
        variant="subtle"
        color="gray"
        aria-label={t('audit.open', { name })}
        onClick={() => actions.onHistory(client)}
      >
        <IconClockEdit size={18} />
      </ActionIcon>
    </Tooltip>
  );
  if (client.archivedAt !== null) {
    return (
      <Group gap={4} justify="flex-end" wrap="nowrap">
        {history}
        <Button
          size="xs"
          variant="light"
          leftSection={<IconArrowBackUp size={16} />}
          aria-label={t('clients.actions.restore', { name })}
          loading={busy}
          onClick={() => actions.onRestore(client)}
        >
          {t('clients.actions.restoreShort')}
        </Button>
      </Group>
    );
  }
  return (
    <Group gap={4} justify="flex-end" wrap="nowrap">
      {history}
      {!isCurrent && (
        <Tooltip label={t('clients.actions.selectShort')}>
          <ActionIcon
            variant="subtle"
            color="brand"
            aria-label={t('clients.actions.select', { name })}
            loading={busy}
            onClick={() => actions.onSelect(client)}
          >
            <IconSwitchHorizontal size={18} />
          </ActionIcon>
        </Tooltip>
      )}
      <Tooltip label={t('clients.actions.rename', { name })}>
        <ActionIcon
          variant="subtle"
          color="gray"
          aria-label={t('clients.actions.rename', { name })}
          onClick={() => actions.onRename(client)}
        >
          <IconPencil size={18} />
        </ActionIcon>
      </Tooltip>
      <Tooltip label={t('templates.exportAction', { name })}>
        <ActionIcon
          variant="subtle"
          color="gray"
          aria-label={t('templates.exportAction', { name })}
          onClick={() => actions.onExportTemplate(client)}
        >
          <IconFileExport size={18} />
        </ActionIcon>
      </Tooltip>
      <Tooltip label={t('clients.actions.archive', { name })}>
        <ActionIcon
          variant="subtle"
          color="red"
          aria-label={t('clients.actions.archive', { name })}
          onClick={() => actions.onArchive(client)}
        >
          <IconArchive size={18} />
        </ActionIcon>
      </Tooltip>
    </Group>
  );
}

export function ClientsTable({ clients, currentId, busyId, ...actions }: ClientsTableProps) {
  const { t } = useTranslation();
  const formatDate = useDateFormatter();
  return (
    <Table verticalSpacing="sm" horizontalSpacing="md" highlightOnHover aria-label={t('clients.tableLabel')}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('clients.columns.name')}</Table.Th>
          <Table.Th w={190}>{t('clients.columns.created')}</Table.Th>
          <Table.Th w={130}>{t('clients.columns.status')}</Table.Th>
          <Table.Th w={210} ta="right">
            {t('clients.columns.actions')}
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {clients.map((client) => {
          const archived = client.archivedAt !== null;
          const isCurrent = client.id === currentId;
          return (
            <Table.Tr key={client.id} data-testid="client-row" data-archived={archived || undefined}>
              <Table.Td>
                <Group gap="sm" wrap="nowrap">
                  <Avatar
                    name={client.name}
                    color="initials"
                    size={34}
                    radius="xl"
                    opacity={archived ? 0.55 : 1}
                    aria-hidden
                  />
                  <Text
                    fw={600}
                    size="sm"
                    c={archived ? 'dimmed' : undefined}
                    truncate="end"
                    maw={360}
                    data-testid="client-name"
                  >
                    {client.name}
                  </Text>
                  {isCurrent && (
                    <Badge size="sm" variant="light">
                      {t('clients.status.current')}
                    </Badge>
                  )}
                </Group>
              </Table.Td>
              <Table.Td>
                <Text size="sm" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                  {formatDate(client.createdAt)}
                </Text>
              </Table.Td>
              <Table.Td>
                <Badge size="sm" variant="dot" color={archived ? 'gray' : 'teal'}>
                  {archived ? t('clients.status.archived') : t('clients.status.active')}
                </Badge>
              </Table.Td>
              <Table.Td ta="right">
                <RowActions client={client} isCurrent={isCurrent} busy={busyId === client.id} {...actions} />
              </Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}
