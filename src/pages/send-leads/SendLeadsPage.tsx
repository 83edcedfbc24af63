import { Container, Stack } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Client, IntegrationSummary } from '#contract';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { useIntegrationErrorText } from '../../i18n/integration-errors';
import { useClients } from '../../stores/clients';
import { useIntegrations } from '../../stores/integrations';
import { useSection } from '../../stores/section';
import { DeleteIntegrationModal } from './DeleteIntegrationModal';
import { HubspotCard } from './hubspot/HubspotCard';
import { HubspotWizard } from './hubspot/HubspotWizard';
import { PipedriveCard } from './pipedrive/PipedriveCard';
import { PipedriveWizard } from './pipedrive/PipedriveWizard';
import { ActiveCampaignCard } from './IntegrationCards';
import { TestLeadModal } from './test-lead/TestLeadModal';
import { useEditIntegration } from './shared/use-edit-integration';
import { leaveWizards, WaitingDrafts, wizards } from './shared/waiting-drafts';
import { useIntegrationActions, type LifecycleAction } from './use-integration-actions';
import { WebhookCard } from './webhook/WebhookCard';
import { WebhookWizard } from './webhook/WebhookWizard';
import { AcWizard } from './wizard/AcWizard';
import { draftFromDetail, newDraft } from './wizard/draft';
import { useWizardStore } from './wizard/wizard-store';

function Overview({ client, visit }: { client: Client; visit: number }) {
  const { t } = useTranslation();
  const { text } = useIntegrationErrorText();
  const { items, loaded, error, load } = useIntegrations();
  const openWizard = useWizardStore((s) => s.open);
  const actions = useIntegrationActions();
  const [deleting, setDeleting] = useState<IntegrationSummary | null>(null);
  const [testing, setTesting] = useState<IntegrationSummary | null>(null);
  const acEdit = useEditIntegration('activecampaign', (detail) => openWizard(draftFromDetail(detail)));

  useEffect(() => {
    void load(client.id);
  }, [client.id, load]);

  const failure = actions.failure;
  const acItems = items.filter((item) => item.type === 'activecampaign');
  // What every card gets alike: the list's state and the row actions handled on this page.
  const cardProps = {
    loaded,
    busy: actions.busy,
    onTest: setTesting,
    onDelete: setDeleting,
    onLifecycle: (item: IntegrationSummary, action: LifecycleAction) => void actions.run(item, action),
  };

  return (
    <Container size="lg" px={0}>
      <PageHeader title={t('sendLeads.title')} subtitle={t('sendLeads.subtitle', { name: client.name })} />
      <Stack gap="xl">
        <WaitingDrafts clientId={client.id} visit={visit} />
        {error && <ErrorAlert error={error} onRetry={() => void load(client.id)} />}
        {acEdit.error && <ErrorAlert error={acEdit.error} onClose={acEdit.clearError} />}
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
          editingId={acEdit.editingId}
          onIntegrate={() => openWizard(newDraft(client.id))}
          onEdit={(item) => void acEdit.edit(item)}
          {...cardProps}
        />
        <HubspotCard clientId={client.id} items={items} {...cardProps} />
        <PipedriveCard clientId={client.id} items={items} {...cardProps} />
        <WebhookCard clientId={client.id} items={items} {...cardProps} />
      </Stack>
      <DeleteIntegrationModal item={deleting} onClose={() => setDeleting(null)} />
      <TestLeadModal item={testing} onClose={() => setTesting(null)} />
    </Container>
  );
}

/** Send Leads: the client's integrations, or the wizard of the one being set up or edited. */
export function SendLeadsPage() {
  const current = useClients((s) => s.current);
  const visit = useSection((s) => s.visit);
  const wizardClientId = wizards.activecampaign.useShownFor(visit);
  const webhookClientId = wizards.webhook.useShownFor(visit);
  const hubspotClientId = wizards.hubspot.useShownFor(visit);
  const pipedriveClientId = wizards.pipedrive.useShownFor(visit);
  // Following "Send Leads" in the sidebar (from another section, or from a wizard) shows the list: a
  // wizard with nothing unsaved closes, and one with unsaved changes waits in the list to be resumed.
  useEffect(() => leaveWizards(visit), [visit]);
  if (!current) return null;
  // A wizard opened for another client stays closed after switching: its draft is not this client's.
  if (wizardClientId === current.id) return <AcWizard />;
  if (webhookClientId === current.id) return <WebhookWizard />;
  if (hubspotClientId === current.id) return <HubspotWizard />;
  if (pipedriveClientId === current.id) return <PipedriveWizard />;
  return <Overview client={current} visit={visit} />;
}
