import { Button, Divider, Group, Loader, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconPlus, IconChartFunnel } from '@tabler/icons-react';
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppErrorPayload, IntegrationSummary } from '../../../../electron/contract';
import { getApi } from '../../../api';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { IntegrationItem, type IntegrationItemActions } from '../IntegrationItem';
import type { LifecycleAction } from '../use-integration-actions';
import { draftFromPipedriveDetail, newPipedriveDraft } from './draft';
import { usePipedriveWizard } from './store';

interface PipedriveCardProps extends Omit<IntegrationItemActions, 'onEdit'> {
  clientId: string;
  /** Every integration of the client; this card shows the Pipedrive ones. */
  items: IntegrationSummary[];
  loaded: boolean;
  busy: { id: string; action: LifecycleAction } | null;
}

/** Pipedrive on the Send Leads page: its integrations, and the way into its wizard. */
export function PipedriveCard({ clientId, items, loaded, busy, ...actions }: PipedriveCardProps) {
  const { t } = useTranslation();
  const open = usePipedriveWizard((s) => s.open);
  const [editingId, setEditingId] = useState<string | null>(null);
  const [error, setError] = useState<AppErrorPayload | null>(null);
  const pipedrives = items.filter((item) => item.type === 'pipedrive');

  async function edit(item: IntegrationSummary): Promise<void> {
    setEditingId(item.id);
    setError(null);
    const result = await getApi().invoke('integrations:get', { id: item.id });
    setEditingId(null);
    if (!result.ok) setError(result.error);
    else if (result.value.type === 'pipedrive') open(draftFromPipedriveDetail(result.value));
  }

  return (
    <Paper withBorder p="lg" data-testid="card-pipedrive">
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Group gap="md" wrap="nowrap" align="flex-start">
          <ThemeIcon size={44} radius="md" variant="filled" color="green">
            <IconChartFunnel size={24} />
          </ThemeIcon>
          <Stack gap={2}>
            <Title order={2} size="h4">
              {t('sendLeads.cards.pipedrive.name')}
            </Title>
            <Text size="sm" c="dimmed" maw={560}>
              {t('sendLeads.cards.pipedrive.description')}
            </Text>
          </Stack>
        </Group>
        <Button
          leftSection={pipedrives.length > 0 ? <IconPlus size={16} /> : undefined}
          variant={pipedrives.length > 0 ? 'light' : 'filled'}
          color="green"
          onClick={() => open(newPipedriveDraft(clientId))}
          style={{ flexShrink: 0 }}
        >
          {pipedrives.length > 0 ? t('sendLeads.cards.addAnother') : t('sendLeads.cards.integrate')}
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
      ) : pipedrives.length === 0 ? (
        <Text size="sm" c="dimmed" pt="md">
          {t('pipedriveWizard.card.empty')}
        </Text>
      ) : (
        <Stack gap={0} pt="sm" role="list" aria-label={t('pipedriveWizard.card.listLabel')}>
          {pipedrives.map((item) => (
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
