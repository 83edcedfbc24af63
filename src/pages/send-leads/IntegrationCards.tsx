import { Button, Divider, Group, Loader, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconMailForward, IconPlus } from '@tabler/icons-react';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import type { IntegrationSummary } from '../../../electron/contract';
import { IntegrationItem, type IntegrationItemActions } from './IntegrationItem';
import type { LifecycleAction } from './use-integration-actions';

interface ActiveCampaignCardProps extends IntegrationItemActions {
  items: IntegrationSummary[];
  loaded: boolean;
  busy: { id: string; action: LifecycleAction } | null;
  editingId: string | null;
  onIntegrate: () => void;
}

export function ActiveCampaignCard({
  items,
  loaded,
  busy,
  editingId,
  onIntegrate,
  ...actions
}: ActiveCampaignCardProps) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="lg" data-testid="card-activecampaign">
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Group gap="md" wrap="nowrap" align="flex-start">
          <ThemeIcon size={44} radius="md" variant="filled" color="brand">
            <IconMailForward size={24} />
          </ThemeIcon>
          <Stack gap={2}>
            <Title order={2} size="h4">
              {t('sendLeads.cards.activecampaign.name')}
            </Title>
            <Text size="sm" c="dimmed" maw={560}>
              {t('sendLeads.cards.activecampaign.description')}
            </Text>
          </Stack>
        </Group>
        <Button
          leftSection={items.length > 0 ? <IconPlus size={16} /> : undefined}
          variant={items.length > 0 ? 'light' : 'filled'}
          onClick={onIntegrate}
          style={{ flexShrink: 0 }}
        >
          {items.length > 0 ? t('sendLeads.cards.addAnother') : t('sendLeads.cards.integrate')}
        </Button>
      </Group>
      {!loaded ? (
        <Group justify="center" pt="lg">
          <Loader size="sm" />
        </Group>
      ) : items.length === 0 ? (
        <Text size="sm" c="dimmed" pt="md">
          {t('sendLeads.cards.activecampaign.empty')}
        </Text>
      ) : (
        <Stack gap={0} pt="sm" role="list" aria-label={t('sendLeads.cards.activecampaign.listLabel')}>
          {items.map((item) => (
            <Fragment key={item.id}>
              <Divider />
              <div role="listitem">
                <IntegrationItem
                  item={item}
                  busyAction={busy?.id === item.id ? busy.action : null}
                  editing={editingId === item.id}
                  {...actions}
                />
              </div>
            </Fragment>
          ))}
        </Stack>
      )}
    </Paper>
  );
}
