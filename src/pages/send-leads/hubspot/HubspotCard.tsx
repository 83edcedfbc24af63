import { Button, Divider, Group, Loader, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconPlus, IconUsersGroup } from '@tabler/icons-react';
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppErrorPayload, IntegrationSummary } from '../../../../electron/contract';
import { getApi } from '../../../api';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { IntegrationItem, type IntegrationItemActions } from '../IntegrationItem';
import type { LifecycleAction } from '../use-integration-actions';
import { draftFromHubspotDetail, newHubspotDraft } from './draft';
import { useHubspotWizard } from './store';

interface HubspotCardProps extends Omit<IntegrationItemActions, 'onEdit'> {
  clientId: string;
  /** Every integration of the client; this card shows the HubSpot ones. */
  items: IntegrationSummary[];
  loaded: boolean;
  busy: { id: string; action: LifecycleAction } | null;
}

/** HubSpot on the Send Leads page: its integrations, and the way into its wizard. */
export function HubspotCard({ clientId, items, loaded, busy, ...actions }: HubspotCardProps) {
  const { t } = useTranslation();
  const open = useHubspotWizard((s) => s.open);
  const [editingId, setEditingId] = useState<string | null>(null);
  const [error, setError] = useState<AppErrorPayload | null>(null);
  const hubspots = items.filter((item) => item.type === 'hubspot');

  async function edit(item: IntegrationSummary): Promise<void> {
    setEditingId(item.id);
    setError(null);
    const result = await getApi().invoke('integrations:get', { id: item.id });
    setEditingId(null);
    if (!result.ok) setError(result.error);
    else if (result.value.type === 'hubspot') open(draftFromHubspotDetail(result.value));
  }

  return (
    <Paper withBorder p="lg" data-testid="card-hubspot">
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Group gap="md" wrap="nowrap" align="flex-start">
          <ThemeIcon size={44} radius="md" variant="filled" color="orange">
            <IconUsersGroup size={24} />
          </ThemeIcon>
          <Stack gap={2}>
            <Title order={2} size="h4">
              {t('sendLeads.cards.hubspot.name')}
            </Title>
            <Text size="sm" c="dimmed" maw={560}>
              {t('sendLeads.cards.hubspot.description')}
            </Text>
          </Stack>
        </Group>
        <Button
          leftSection={hubspots.length > 0 ? <IconPlus size={16} /> : undefined}
          variant={hubspots.length > 0 ? 'light' : 'filled'}
          color="orange"
          onClick={() => open(newHubspotDraft(clientId))}
          style={{ flexShrink: 0 }}
        >
          {hubspots.length > 0 ? t('sendLeads.cards.addAnother') : t('sendLeads.cards.integrate')}
        </Button>
      </Group>
      {error && (
        <Stack pt="md">
          <ErrorAlert error={error} onClose={() => setError(null)} />
        </Stack>
      )}
      {!loaded ? (
        <Group justify="center" pt="lg">
          <Loader size="sm" />
        </Group>
      ) : hubspots.length === 0 ? (
        <Text size="sm" c="dimmed" pt="md">
          {t('hubspotWizard.card.empty')}
        </Text>
      ) : (
        <Stack gap={0} pt="sm" role="list" aria-label={t('hubspotWizard.card.listLabel')}>
          {hubspots.map((item) => (
            <Fragment key={item.id}>
              <Divider />
              <div role="listitem">
                <IntegrationItem
                  item={item}
                  busyAction={busy?.id === item.id ? busy.action : null}
                  editing={editingId === item.id}
                  onEdit={(i) => void edit(i)}
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
