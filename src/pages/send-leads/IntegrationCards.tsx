import { Badge, Button, Divider, Group, Loader, Paper, SimpleGrid, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconChartFunnel, IconMailForward, IconPlus } from '@tabler/icons-react';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import type { IntegrationSummary } from '../../../electron/contract';
import { IntegrationItem, type IntegrationItemActions } from './IntegrationItem';
import type { LifecycleAction } from './use-integration-actions';

const upcoming = [{ type: 'pipedrive', icon: IconChartFunnel, color: 'green' }] as const;

/** The integrations this version cannot set up yet: visible, so the agency knows they are coming. */
export function ComingNextCards() {
  const { t } = useTranslation();
  return (
    <Stack gap="sm">
      <Title order={2} size="h5" c="dimmed">
        {t('sendLeads.comingNext')}
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
        {upcoming.map(({ type, icon: CardIcon, color }) => (
          <Paper key={type} withBorder p="md" aria-disabled data-testid={`card-${type}`}>
            <Stack gap="sm" h="100%">
              <Group gap="sm" wrap="nowrap">
                <ThemeIcon size={36} radius="md" variant="light" color={color}>
                  <CardIcon size={20} />
                </ThemeIcon>
                <Title order={3} size="h5">
                  {t(`sendLeads.cards.${type}.name`)}
                </Title>
              </Group>
              <Text size="sm" c="dimmed">
                {t(`sendLeads.cards.${type}.description`)}
              </Text>
              <Group gap="sm" mt="auto">
                <Button variant="default" size="xs" disabled>
                  {t('sendLeads.cards.integrate')}
                </Button>
                <Badge variant="light" color="gray" size="sm">
                  {t('sendLeads.comingNextBadge')}
                </Badge>
              </Group>
            </Stack>
          </Paper>
        ))}
      </SimpleGrid>
    </Stack>
  );
}

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
