import { Container, Stack } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { integrationTypes, type Client, type IntegrationSummary } from '#contract';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { CopyToClientsModal, type CopyPiece } from '../../components/templates/CopyToClientsModal';
import { useIntegrationErrorText } from '../../i18n/integration-errors';
import { useClients } from '../../stores/clients';
import { useIntegrations } from '../../stores/integrations';
import { useSection } from '../../stores/section';
import { connectors, draftStores } from './connectors';
import { DeleteIntegrationModal } from './DeleteIntegrationModal';
import { TestLeadModal } from './test-lead/TestLeadModal';
import { leaveWizards, useShownWizard, WaitingDrafts } from './shared/waiting-drafts';
import { useIntegrationActions, type LifecycleAction } from './use-integration-actions';

function Overview({ client, visit }: { client: Client; visit: number }) {
  const { t } = useTranslation();
  const { text } = useIntegrationErrorText();
  const { items, loaded, error, load } = useIntegrations();
  const actions = useIntegrationActions();
  const [deleting, setDeleting] = useState<IntegrationSummary | null>(null);
  const [testing, setTesting] = useState<IntegrationSummary | null>(null);
  const [copying, setCopying] = useState<CopyPiece | null>(null);

  useEffect(() => {
    void load(client.id);
  }, [client.id, load]);

  const failure = actions.failure;
  // What every card gets alike: the list's state and the row actions handled on this page.
  const cardProps = {
    clientId: client.id,
    items,
    loaded,
    busy: actions.busy,
    onTest: setTesting,
    onDelete: setDeleting,
    onCopy: (item: IntegrationSummary) =>
      setCopying({
        kind: 'integration',
        clientId: item.clientId,
        id: item.id,
        name: item.name,
        hint: item.credential.hint,
      }),
    onLifecycle: (item: IntegrationSummary, action: LifecycleAction) => void actions.run(item, action),
  };

  return (
    <Container size="lg" px={0}>
      <PageHeader title={t('sendLeads.title')} subtitle={t('sendLeads.subtitle', { name: client.name })} />
      <Stack gap="xl">
        <WaitingDrafts handles={draftStores} clientId={client.id} visit={visit} />
        {error && <ErrorAlert error={error} onRetry={() => void load(client.id)} />}
        {failure && (
          <ErrorAlert
            error={failure.error}
            title={t(`sendLeads.failed.${failure.action}`, { name: failure.item.name })}
            message={text(failure.error)}
            onClose={actions.clearFailure}
          />
        )}
        {integrationTypes.map((type) => {
          const { Card } = connectors[type];
          return <Card key={type} {...cardProps} />;
        })}
      </Stack>
      <DeleteIntegrationModal item={deleting} onClose={() => setDeleting(null)} />
      <TestLeadModal item={testing} onClose={() => setTesting(null)} />
      <CopyToClientsModal piece={copying} onClose={() => setCopying(null)} />
    </Container>
  );
}

/** Send Leads: the client's integrations, or the wizard of the one being set up or edited. */
export function SendLeadsPage() {
  const current = useClients((s) => s.current);
  const visit = useSection((s) => s.visit);
  // A wizard opened for another client stays closed after switching: its draft is not this client's.
  const shown = useShownWizard(draftStores, visit, current?.id ?? null);
  // Following "Send Leads" in the sidebar (from another section, or from a wizard) shows the list: a
  // wizard with nothing unsaved closes, and one with unsaved changes waits in the list to be resumed.
  useEffect(() => leaveWizards(draftStores, visit), [visit]);
  if (!current) return null;
  if (shown !== null) {
    const { Wizard } = connectors[shown];
    return <Wizard />;
  }
  return <Overview client={current} visit={visit} />;
}
