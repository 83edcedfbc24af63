import { AppShell, Button, Center, EmptyState, Paper } from '@mantine/core';
import { IconArchive } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ClientsPage } from '../pages/clients/ClientsPage';
import { FirstRun } from '../pages/clients/FirstRun';
import { HomePage } from '../pages/home/HomePage';
import { LeadsPage } from '../pages/leads/LeadsPage';
import { LogsPage } from '../pages/logs/LogsPage';
import { ReportPage } from '../pages/report/ReportPage';
import { SendLeadsPage } from '../pages/send-leads/SendLeadsPage';
import { SettingsPage } from '../pages/settings/SettingsPage';
import { PageErrorBoundary } from '../components/PageErrorBoundary';
import { SendingPausedBanner } from '../components/SendingPausedBanner';
import { useActiveClients, useClients } from '../stores/clients';
import { useSection } from '../stores/section';
import { NAVBAR_WIDTH } from './layout';
import { Navbar } from './Navbar';

/** Per-client sections cannot show anything while every client is archived; point to where that is fixed. */
function NoActiveClient() {
  const { t } = useTranslation();
  const go = useSection((s) => s.go);
  return (
    <Center mih="60vh">
      <Paper withBorder p="xl" maw={520}>
        <EmptyState variant="light" color="gray" icon={<IconArchive size={28} />}>
          <EmptyState.Title order={1}>{t('clients.noActive.title')}</EmptyState.Title>
          <EmptyState.Description>{t('clients.noActive.body')}</EmptyState.Description>
          <EmptyState.Actions>
            <Button onClick={() => go('clients')}>{t('switcher.manage')}</Button>
          </EmptyState.Actions>
        </EmptyState>
      </Paper>
    </Center>
  );
}

function MainContent() {
  const section = useSection((s) => s.section);
  const hasAnyClient = useClients((s) => s.all.length > 0);
  const active = useActiveClients();

  // Settings never depends on a client: language and theme must be reachable on first run too.
  if (section === 'settings') return <SettingsPage />;
  if (!hasAnyClient) return <FirstRun />;
  if (section === 'clients') return <ClientsPage />;
  if (active.length === 0) return <NoActiveClient />;
  if (section === 'home') return <HomePage />;
  if (section === 'leads') return <LeadsPage />;
  if (section === 'sendLeads') return <SendLeadsPage />;
  if (section === 'report') return <ReportPage />;
  return <LogsPage />;
}

export function Shell() {
  const section = useSection((s) => s.section);
  return (
    <AppShell navbar={{ width: NAVBAR_WIDTH, breakpoint: 0 }} padding="xl">
      <Navbar />
      {/* The main area scrolls, not the document: the sidebar always reaches the bottom. */}
      <AppShell.Main bg="var(--zbl-canvas)" h="100dvh" style={{ overflowY: 'auto' }}>
        <PageErrorBoundary key={section} page={section}>
          <SendingPausedBanner />
          <MainContent />
        </PageErrorBoundary>
      </AppShell.Main>
    </AppShell>
  );
}
