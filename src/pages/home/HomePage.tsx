import { Center, Container, Loader, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { useClients } from '../../stores/clients';
import { useSection } from '../../stores/section';
import { AttentionPanel } from './AttentionPanel';
import { ClientsTable } from './ClientsTable';
import { useHomeActions } from './use-home-actions';
import { useBacklogRows, useOverview } from './use-overview';

/** The first screen: what needs the user across every client, then each client's leads today and this week. */
export function HomePage() {
  const { t } = useTranslation();
  const { overview, error, reload } = useOverview();
  const actions = useHomeActions(reload);
  const backlogs = useBacklogRows(overview);
  const current = useClients((s) => s.current);

  const openClient = (clientId: string) => {
    void useClients
      .getState()
      .setCurrent(clientId)
      .then((result) => {
        if (result.ok) useSection.getState().go('leads');
      });
  };

  return (
    <Container size="lg" px={0}>
      <PageHeader title={t('home.title')} subtitle={t('home.subtitle')} />
      {error && !overview && <ErrorAlert error={error} title={t('home.error')} onRetry={() => void reload()} />}
      {!overview ? (
        !error && (
          <Center py={64}>
            <Loader size="sm" />
          </Center>
        )
      ) : (
        <Stack gap="xl">
          {actions.failure && (
            <ErrorAlert error={actions.failure.error} title={actions.failure.title} onClose={actions.clearFailure} />
          )}
          <AttentionPanel
            lists={{ stopped: overview.stopped, errors: overview.errors, backlogs, imports: overview.imports }}
            actions={actions}
            setup={
              overview.integrations === 0 && current !== null
                ? { clientName: current.name, onConnect: () => useSection.getState().go('sendLeads') }
                : null
            }
          />
          <ClientsTable clients={overview.clients} onOpen={openClient} />
        </Stack>
      )}
    </Container>
  );
}
