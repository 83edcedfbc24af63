import { Alert, Anchor, List, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconKey } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { KeysNeeded, LastRestore } from '#contract';
import { useDateTimeFormats } from '../../../i18n/format';
import { useClients } from '../../../stores/clients';
import { useSection } from '../../../stores/section';

const PROVIDER_NAMES = { hubspot: 'HubSpot', pipedrive: 'Pipedrive' } as const;

/** The keys the vault cannot open here, each with the way to enter it again. */
export function KeysNeededList({ keys }: { keys: KeysNeeded }) {
  const { t } = useTranslation();
  const go = useSection((s) => s.go);
  const setCurrent = useClients((s) => s.setCurrent);
  const count = keys.integrations.length + keys.connectedApps.length;
  if (count === 0) return null;
  return (
    <Alert
      color="yellow"
      variant="light"
      icon={<IconKey size={18} />}
      title={t('keysNeeded.title', { count })}
      data-testid="keys-needed"
    >
      <Stack gap="xs">
        <Text size="sm">{t('keysNeeded.body', { count })}</Text>
        <List size="sm" spacing={4}>
          {keys.integrations.map((item) => (
            <List.Item key={item.integrationId}>
              <Anchor
                component="button"
                size="sm"
                onClick={() => {
                  void setCurrent(item.clientId);
                  go('sendLeads');
                }}
              >
                {t('keysNeeded.item', { client: item.clientName, integration: item.name })}
              </Anchor>
            </List.Item>
          ))}
          {keys.connectedApps.map((provider) => (
            <List.Item key={provider}>{t('keysNeeded.connectedApp', { provider: PROVIDER_NAMES[provider] })}</List.Item>
          ))}
        </List>
      </Stack>
    </Alert>
  );
}

/** Once, after the restart: what was restored (or why not), and the keys to enter again. */
export function LastRestoreAlert({ last, onDismiss }: { last: LastRestore; onDismiss: () => void }) {
  const { t } = useTranslation();
  const { dateTime } = useDateTimeFormats();
  const dismiss = { withCloseButton: true, onClose: onDismiss, closeButtonLabel: t('backups.last.dismiss') };
  if (last.outcome === 'failed') {
    return (
      <Alert
        color="red"
        variant="light"
        icon={<IconAlertTriangle size={18} />}
        title={t('backups.last.failedTitle')}
        role="alert"
        {...dismiss}
      >
        <Text size="sm">{t('backups.last.failed')}</Text>
      </Alert>
    );
  }
  const date = last.sourceCreatedAt === null ? null : dateTime(last.sourceCreatedAt);
  const key = last.kind === 'import' ? 'imported' : 'restored';
  return (
    <Alert
      color="teal"
      variant="light"
      icon={<IconCircleCheck size={18} />}
      role="status"
      data-testid="last-restore"
      {...dismiss}
    >
      <Text size="sm" fw={500}>
        {date ? t(`backups.last.${key}`, { date }) : t(`backups.last.${key}Unknown`)}
      </Text>
      {last.migrated > 0 && (
        <Text size="sm" mt={4}>
          {t('backups.last.migrated', { count: last.migrated })}
        </Text>
      )}
    </Alert>
  );
}
