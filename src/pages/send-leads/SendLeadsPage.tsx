import { Container, Stack } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppErrorPayload, Client, IntegrationSummary } from '../../../electron/contract';
import { getApi } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { useIntegrationErrorText } from '../../i18n/integration-errors';
import { useClients } from '../../stores/clients';
import { useIntegrations } from '../../stores/integrations';
import { DeleteIntegrationModal } from './DeleteIntegrationModal';
import { HubspotCard } from './hubspot/HubspotCard';
import { HubspotWizard } from './hubspot/HubspotWizard';
import { useHubspotWizard } from './hubspot/store';
import { PipedriveCard } from './pipedrive/PipedriveCard';
import { PipedriveWizard } from './pipedrive/PipedriveWizard';
import { usePipedriveWizard } from './pipedrive/store';
import { ActiveCampaignCard } from './IntegrationCards';
import { TestLeadModal } from './test-lead/TestLeadModal';
import { useIntegrationActions } from './use-integration-actions';
import { useWebhookWizard } from './webhook/store';
import { WebhookCard } from './webhook/WebhookCard';
import { WebhookWizard } from './webhook/WebhookWizard';
import { AcWizard } from './wizard/AcWizard';
import { draftFromDetail, newDraft } from './wizard/draft';
import { useWizardStore } from './wizard/wizard-store';

function Overview({ client }: { client: Client }) {
  const { t } = useTranslation();
  const { text } = useIntegrationErrorText();
  const { items, loaded, error, load } = useIntegrations();
  const openWizard = useWizardStore((s) => s.open);
  const actions = useIntegrationActions();
  const [deleting, setDeleting] = useState<IntegrationSummary | null>(null);
  const [testing, setTesting] = useState<IntegrationSummary | null>(null);
  const [editingId, setEditingId] = useState<string | null>(null);
  const [editError, setEditError] = useState<AppErrorPayload | null>(null);

  useEffect(() => {
    void load(client.id);
  }, [client.id, load]);

  async function edit(item: IntegrationSummary): Promise<void> {
    setEditingId(item.id);
    setEditError(null);
    // The list holds summaries; the wizard needs the whole config (and the stored filters).
    const result = await getApi().invoke('integrations:get', { id: item.id });
    setEditingId(null);
    if (!result.ok) setEditError(result.error);
    else if (result.value.type === 'activecampaign') openWizard(draftFromDetail(result.value));
  }

  const failure = actions.failure;
  const acItems = items.filter((item) => item.type === 'activecampaign');

  return (
    <Container size="lg" px={0}>
      <PageHeader title={t('sendLeads.title')} subtitle={t('sendLeads.subtitle', { name: client.name })} />
      <Stack gap="xl">
        {error && <ErrorAlert error={error} onRetry={() => void load(client.id)} />}
        {editError && <ErrorAlert error={editError} onClose={() => setEditError(null)} />}
        {failure && (
          <ErrorAlert
            error={failure.error}
            title={t(`sendLeads.failed.${failure.action}`, { name: failure.item.name })}
            message={text(failure.error)}
            onClose={actions.clearFailure}
          />
        )}
        <ActiveCampaignCard
          items={acItems}
          loaded={loaded}
          busy={actions.busy}
          editingId={editingId}
          onIntegrate={() => openWizard(newDraft(client.id))}
          onEdit={(item) => void edit(item)}
          onTest={setTesting}
          onDelete={setDeleting}
          onLifecycle={(item, action) => void actions.run(item, action)}
        />
        <HubspotCard
          clientId={client.id}
          items={items}
          loaded={loaded}
          busy={actions.busy}
          onTest={setTesting}
          onDelete={setDeleting}
          onLifecycle={(item, action) => void actions.run(item, action)}
        />
        <PipedriveCard
          clientId={client.id}
          items={items}
          loaded={loaded}
          busy={actions.busy}
          onTest={setTesting}
          onDelete={setDeleting}
          onLifecycle={(item, action) => void actions.run(item, action)}
        />
        <WebhookCard
          clientId={client.id}
          items={items}
          loaded={loaded}
          busy={actions.busy}
          onTest={setTesting}
          onDelete={setDeleting}
          onLifecycle={(item, action) => void actions.run(item, action)}
        />
      </Stack>
      <DeleteIntegrationModal item={deleting} onClose={() => setDeleting(null)} />
      <TestLeadModal item={testing} onClose={() => setTesting(null)} />
    </Container>
  );
}

/** Send Leads: the client's integrations, or the ActiveCampaign wizard while one is being set up. */
export function SendLeadsPage() {
  const current = useClients((s) => s.current);
  const wizardClientId = useWizardStore((s) => s.draft?.clientId ?? null);
  const webhookClientId = useWebhookWizard((s) => s.draft?.clientId ?? null);
  const hubspotClientId = useHubspotWizard((s) => s.draft?.clientId ?? null);
  const pipedriveClientId = usePipedriveWizard((s) => s.draft?.clientId ?? null);
  if (!current) return null;
  // A wizard opened for another client stays closed after switching: its draft is not this client's.
  if (wizardClientId === current.id) return <AcWizard />;
  if (webhookClientId === current.id) return <WebhookWizard />;
  if (hubspotClientId === current.id) return <HubspotWizard />;
  if (pipedriveClientId === current.id) return <PipedriveWizard />;
  return <Overview client={current} />;
}
