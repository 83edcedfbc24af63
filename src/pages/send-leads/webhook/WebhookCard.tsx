import { Button, Divider, Group, Loader, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconPlus, IconWebhook } from '@tabler/icons-react';
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppErrorPayload, IntegrationSummary } from '../../../../electron/contract';
import { getApi } from '../../../api';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { IntegrationItem, type IntegrationItemActions } from '../IntegrationItem';
import type { LifecycleAction } from '../use-integration-actions';
import { draftFromWebhookDetail, newWebhookDraft } from './draft';
import { useWebhookWizard } from './store';

interface WebhookCardProps extends Omit<IntegrationItemActions, 'onEdit'> {
  clientId: string;
  /** Every integration of the client; this card shows the webhooks. */
  items: IntegrationSummary[];
  loaded: boolean;
  busy: { id: string; action: LifecycleAction } | null;
}

/** The outbound webhook on the Send Leads page: its integrations, and the way into its wizard. */
export function WebhookCard({ clientId, items, loaded, busy, ...actions }: WebhookCardProps) {
  const { t } = useTranslation();
  const open = useWebhookWizard((s) => s.open);
  const [editingId, setEditingId] = useState<string | null>(null);
  const [error, setError] = useState<AppErrorPayload | null>(null);
  const webhooks = items.filter((item) => item.type === 'webhook');

  async function edit(item: IntegrationSummary): Promise<void> {
    setEditingId(item.id);
    setError(null);
    const result = await getApi().invoke('integrations:get', { id: item.id });
    setEditingId(null);
    if (!result.ok) setError(result.error);
    else if (result.value.type === 'webhook') open(draftFromWebhookDetail(result.value));
  }

  return (
    <Paper withBorder p="lg" data-testid="card-webhook">
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Group gap="md" wrap="nowrap" align="flex-start">
          <ThemeIcon size={44} radius="md" variant="filled" color="grape">
            <IconWebhook size={24} />
          </ThemeIcon>
          <Stack gap={2}>
            <Title order={2} size="h4">
              {t('sendLeads.cards.webhook.name')}
            </Title>
            <Text size="sm" c="dimmed" maw={560}>
              {t('sendLeads.cards.webhook.description')}
            </Text>
          </Stack>
        </Group>
        <Button
          leftSection={webhooks.length > 0 ? <IconPlus size={16} /> : undefined}
          variant={webhooks.length > 0 ? 'light' : 'filled'}
          color="grape"
          onClick={() => open(newWebhookDraft(clientId))}
          style={{ flexShrink: 0 }}
        >
          {webhooks.length > 0 ? t('sendLeads.cards.addAnother') : t('sendLeads.cards.integrate')}
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
      ) : webhooks.length === 0 ? (
        <Text size="sm" c="dimmed" pt="md">
          {t('webhookWizard.card.empty')}
        </Text>
      ) : (
        <Stack gap={0} pt="sm" role="list" aria-label={t('webhookWizard.card.listLabel')}>
          {webhooks.map((item) => (
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
