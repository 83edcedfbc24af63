import { ActionIcon, Alert, Badge, Button, Group, Menu, Stack, Text, Tooltip } from '@mantine/core';
import {
  IconAlertTriangle,
  IconDots,
  IconKey,
  IconPencil,
  IconPlayerPause,
  IconPlayerPlay,
  IconPower,
  IconSend,
  IconTrash,
  IconUsersGroup,
} from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { templateIntegrationTypes, type IntegrationSummary } from '#contract';
import { IntegrationBacklog } from '../../components/backlog/IntegrationBacklog';
import { useCrmNames } from '../../i18n/crm-names';
import { useDateFormatter } from '../../i18n/format';
import { IntegrationStatusBadge } from './IntegrationStatusBadge';
import type { LifecycleAction } from './use-integration-actions';

export interface IntegrationItemActions {
  onEdit: (item: IntegrationSummary) => void;
  onTest: (item: IntegrationSummary) => void;
  onDelete: (item: IntegrationSummary) => void;
  onLifecycle: (item: IntegrationSummary, action: LifecycleAction) => void;
  /** "Copy to other clients…"; the menu offers it for the types a template carries. */
  onCopy?: (item: IntegrationSummary) => void;
}

interface IntegrationItemProps extends IntegrationItemActions {
  item: IntegrationSummary;
  busyAction: LifecycleAction | null;
  editing: boolean;
}

/**
 * Pause holds the queue but keeps the integration on; activation is the switch itself. An integration
 * waiting for its key again resumes by itself once the key is entered: "Resume" could only fail.
 */
function lifecycleButtons(status: IntegrationSummary['status'], keyNeeded: boolean): LifecycleAction[] {
  if (keyNeeded && status === 'needs_attention') return ['deactivate'];
  switch (status) {
    case 'draft':
    case 'inactive':
      return ['activate'];
    case 'active':
      return ['pause', 'deactivate'];
    case 'paused':
    case 'needs_attention':
      return ['resume', 'deactivate'];
  }
}

const lifecycleIcons = { activate: IconPower, deactivate: IconPower, pause: IconPlayerPause, resume: IconPlayerPlay };

export function IntegrationItem({ item, busyAction, editing, ...actions }: IntegrationItemProps) {
  const { t } = useTranslation();
  const crm = useCrmNames(item.type);
  const formatDate = useDateFormatter();
  const name = item.name;
  return (
    <Stack gap="xs" py="md" data-testid="integration-item" aria-label={name} role="group">
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="lg">
        <Stack gap={6} style={{ minWidth: 0 }}>
          <Group gap="xs" wrap="nowrap">
            <Text fw={600} truncate="end" data-testid="integration-name">
              {name}
            </Text>
            {item.credential.unreadable ? (
              <Badge size="sm" variant="light" color="yellow" data-testid="integration-status">
                {t('keysNeeded.badge')}
              </Badge>
            ) : (
              <IntegrationStatusBadge status={item.status} />
            )}
          </Group>
          <Group gap="md">
            <Group gap={4} wrap="nowrap">
              <IconKey size={14} color="var(--mantine-color-dimmed)" aria-hidden />
              <Text size="xs" c="dimmed" data-testid="integration-key">
                {!item.credential.set || !item.credential.hint
                  ? t('sendLeads.item.noKey')
                  : item.credential.signedIn
                    ? t('sendLeads.item.signedIn', { account: item.credential.hint })
                    : t(`sendLeads.item.keyHint.${item.type}`, { hint: item.credential.hint })}
              </Text>
            </Group>
            <Text size="xs" c="dimmed">
              {t('sendLeads.item.updated', { date: formatDate(item.updatedAt) })}
            </Text>
          </Group>
        </Stack>
        <Group gap={6} justify="flex-end" wrap="wrap" style={{ flexShrink: 0, maxWidth: 560 }}>
          {!item.credential.unreadable && (
            <Button
              size="xs"
              variant="light"
              leftSection={<IconSend size={14} />}
              aria-label={t('sendLeads.actions.testLabel', { name })}
              onClick={() => actions.onTest(item)}
            >
              {t('sendLeads.actions.test')}
            </Button>
          )}
          <Button
            size="xs"
            variant="default"
            leftSection={<IconPencil size={14} />}
            aria-label={t('sendLeads.actions.editLabel', { name })}
            loading={editing}
            onClick={() => actions.onEdit(item)}
          >
            {t('sendLeads.actions.edit')}
          </Button>
          {lifecycleButtons(item.status, item.credential.unreadable).map((action) => {
            const ActionIcon = lifecycleIcons[action];
            return (
              <Tooltip key={action} label={t(`sendLeads.actions.hints.${action}`)} multiline w={260} openDelay={300}>
                <Button
                  size="xs"
                  variant={action === 'activate' ? 'filled' : 'default'}
                  leftSection={<ActionIcon size={14} />}
                  aria-label={t(`sendLeads.actions.${action}Label`, { name })}
                  loading={busyAction === action}
                  disabled={busyAction !== null && busyAction !== action}
                  onClick={() => actions.onLifecycle(item, action)}
                >
                  {t(`sendLeads.actions.${action}`)}
                </Button>
              </Tooltip>
            );
          })}
          {actions.onCopy && (templateIntegrationTypes as readonly string[]).includes(item.type) && (
            <Menu position="bottom-end" shadow="md" withinPortal>
              <Menu.Target>
                <ActionIcon variant="subtle" color="gray" size={30} aria-label={t('templates.moreLabel', { name })}>
                  <IconDots size={16} />
                </ActionIcon>
              </Menu.Target>
              <Menu.Dropdown>
                <Menu.Item leftSection={<IconUsersGroup size={16} />} onClick={() => actions.onCopy?.(item)}>
                  {t('templates.copyAction')}
                </Menu.Item>
              </Menu.Dropdown>
            </Menu>
          )}
          <Tooltip label={t('sendLeads.actions.deleteLabel', { name })}>
            <Button
              size="xs"
              variant="subtle"
              color="red"
              px={8}
              aria-label={t('sendLeads.actions.deleteLabel', { name })}
              onClick={() => actions.onDelete(item)}
            >
              <IconTrash size={16} />
            </Button>
          </Tooltip>
        </Group>
      </Group>
      {item.credential.unreadable && (
        <Alert color="yellow" variant="light" icon={<IconKey size={18} />} p="xs" data-testid="key-needed">
          <Group justify="space-between" wrap="nowrap" gap="md">
            <Text size="sm">{t('keysNeeded.card')}</Text>
            <Button
              size="xs"
              style={{ flexShrink: 0 }}
              leftSection={<IconKey size={14} />}
              aria-label={t('keysNeeded.enterLabel', { name })}
              loading={editing}
              onClick={() => actions.onEdit(item)}
            >
              {t('keysNeeded.enter')}
            </Button>
          </Group>
        </Alert>
      )}
      <IntegrationBacklog integrationId={item.id} />
      {item.status === 'needs_attention' && !item.credential.unreadable && (
        <Alert color="red" variant="light" icon={<IconAlertTriangle size={18} />} p="xs" data-testid="attention">
          <Text size="sm">
            {t('sendLeads.item.attention', crm)} {t(`testLead.authByType.${item.type}`)}
          </Text>
          {item.statusReason && (
            <Text size="xs" c="dimmed" mt={4}>
              {t('sendLeads.item.reason', { reason: item.statusReason })}
            </Text>
          )}
        </Alert>
      )}
      {item.status === 'paused' && (
        <Text size="xs" c="dimmed">
          {t('sendLeads.item.pausedHelp')}
        </Text>
      )}
    </Stack>
  );
}
