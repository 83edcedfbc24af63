import { Button, Container, Group, Tabs } from '@mantine/core';
import {
  IconAdjustments,
  IconChartBar,
  IconFileImport,
  IconHistory,
  IconUserPlus,
  IconUsers,
} from '@tabler/icons-react';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Client } from '#contract';
import { ExportButton, ExportProgress } from '../../components/exports/ExportPanel';
import { PageHeader } from '../../components/PageHeader';
import layout from '../../components/page-layout.module.css';
import { useClients } from '../../stores/clients';
import { hasLeadFilters, leadsTabs, toLeadsQuery, useLeadsView, type LeadsTab as TabName } from '../../stores/leads';
import { useImportFlow } from '../../stores/leads-import';
import { LeadSettingsTab } from '../lead-settings/LeadSettingsTab';
import { ScoringTab } from '../scoring/ScoringTab';
import { ImportModal } from './import/ImportModal';
import { ImportsTab } from './imports/ImportsTab';
import { LeadsTab } from './LeadsTab';
import { AddLeadModal } from './manual/AddLeadModal';
import { useLeadsExport } from './use-leads-export';
import { useScoreRanges } from './use-score-ranges';

const isTab = (value: string | null): value is TabName => (leadsTabs as readonly (string | null)[]).includes(value);

function ClientLeads({ client }: { client: Client }) {
  const { t } = useTranslation();
  const tab = useLeadsView((s) => s.tab);
  const setTab = useLeadsView((s) => s.setTab);
  const scopeTo = useLeadsView((s) => s.scopeTo);
  const openImport = useImportFlow((s) => s.open);
  const scoring = useScoreRanges(client.id);
  const [adding, setAdding] = useState(false);
  const filters = useLeadsView((s) => s.filters);
  const query = useMemo(() => toLeadsQuery(filters, client.id), [filters, client.id]);
  const exporter = useLeadsExport(query);

  // Ranges and imports chosen as filters belong to the client they were chosen for.
  useEffect(() => scopeTo(client.id), [client.id, scopeTo]);

  // A lead added from any tab is shown where it lands: at the top of the list, whatever tab the
  // page had reopened on and whatever the filters were.
  const resetFilters = useLeadsView((s) => s.resetFilters);
  const showAdded = () => {
    setTab('leads');
    const filtersCleared = hasLeadFilters(filters);
    if (filtersCleared) resetFilters();
    return { filtersCleared };
  };

  return (
    <Container size="xl" px={0} className={tab === 'leads' ? layout.fill : undefined}>
      <PageHeader
        title={t('leads.title')}
        subtitle={t('leads.subtitle', { name: client.name })}
        actions={
          <Group gap="sm" wrap="nowrap">
            {tab === 'leads' && <ExportButton status={exporter.status} onStart={() => void exporter.start()} />}
            <Button variant="default" leftSection={<IconUserPlus size={16} />} onClick={() => setAdding(true)}>
              {t('leads.actions.add')}
            </Button>
            <Button leftSection={<IconFileImport size={16} />} onClick={() => openImport(client.id)}>
              {t('leads.actions.import')}
            </Button>
          </Group>
        }
      />
      <Tabs value={tab} onChange={(value) => isTab(value) && setTab(value)} keepMounted={false} className={layout.rest}>
        <Tabs.List aria-label={t('leads.tabs.label')} mb="md">
          <Tabs.Tab value="leads" leftSection={<IconUsers size={16} />}>
            {t('leads.tabs.leads')}
          </Tabs.Tab>
          <Tabs.Tab value="imports" leftSection={<IconHistory size={16} />}>
            {t('leads.tabs.imports')}
          </Tabs.Tab>
          <Tabs.Tab value="scoring" leftSection={<IconChartBar size={16} />}>
            {t('leads.tabs.scoring')}
          </Tabs.Tab>
          <Tabs.Tab value="settings" leftSection={<IconAdjustments size={16} />}>
            {t('leads.tabs.settings')}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="leads" className={layout.rest}>
          <ExportProgress
            status={exporter.status}
            title={t('leads.export.title')}
            onCancel={exporter.cancel}
            onDismiss={exporter.dismiss}
          />
          <LeadsTab
            clientId={client.id}
            scoring={scoring}
            onAdd={() => setAdding(true)}
            onImport={() => openImport(client.id)}
          />
        </Tabs.Panel>
        <Tabs.Panel value="imports">
          <ImportsTab clientId={client.id} onImport={() => openImport(client.id)} />
        </Tabs.Panel>
        <Tabs.Panel value="scoring">
          <ScoringTab clientId={client.id} />
        </Tabs.Panel>
        <Tabs.Panel value="settings">
          <LeadSettingsTab clientId={client.id} />
        </Tabs.Panel>
      </Tabs>
      <AddLeadModal clientId={client.id} opened={adding} onClose={() => setAdding(false)} onAdded={showAdded} />
      <ImportModal />
    </Container>
  );
}

/** Leads of the current client: the table, CSV imports, scoring and lead settings. */
export function LeadsPage() {
  const current = useClients((s) => s.current);
  if (!current) return null;
  return <ClientLeads key={current.id} client={current} />;
}
