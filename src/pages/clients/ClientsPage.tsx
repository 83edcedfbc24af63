import { Alert, Button, Container, Group, Paper, Switch, Text } from '@mantine/core';
import { IconArchive, IconCheck, IconFileImport, IconPlus } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppErrorPayload, Client, Result } from '#contract';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ExportProgress } from '../../components/exports/ExportPanel';
import { PageHeader } from '../../components/PageHeader';
import { templateExports, useTemplateExport } from '../../components/templates/export-template';
import { ImportTemplateModal } from '../../components/templates/ImportTemplateModal';
import { activeOf, archivedOf, useClients } from '../../stores/clients';
import { AuditHistory } from '../audit/AuditHistory';
import { ArchiveClientModal } from './ArchiveClientModal';
import { ClientNameModal, type ClientNameTarget } from './ClientNameModal';
import { ClientsTable } from './ClientsTable';
import { FirstRun } from './FirstRun';

export function ClientsPage() {
  const { t } = useTranslation();
  const { all, current, restore, setCurrent, error: loadError, refresh } = useClients();
  const active = useMemo(() => activeOf(all), [all]);
  const archived = useMemo(() => archivedOf(all), [all]);
  const [showArchived, setShowArchived] = useState(false);
  const [nameTarget, setNameTarget] = useState<ClientNameTarget | null>(null);
  const [archiveTarget, setArchiveTarget] = useState<Client | null>(null);
  const [busyId, setBusyId] = useState<string | null>(null);
  const [actionError, setActionError] = useState<AppErrorPayload | null>(null);
  const [importing, setImporting] = useState(false);
  const templateExport = useTemplateExport();
  const exportStatus = templateExports((s) => s.status);
  const [historyId, setHistoryId] = useState<string | null>(null);

  if (all.length === 0) return <FirstRun />;
  // The client as it is now: renamed while its history is open, the page follows.
  const historyOf = historyId === null ? null : (all.find((c) => c.id === historyId) ?? null);
  if (historyOf !== null) return <AuditHistory client={historyOf} onBack={() => setHistoryId(null)} />;

  // With every client archived, hiding them would leave an empty table and no way back.
  const archivedVisible = showArchived || active.length === 0;
  const rows = archivedVisible ? [...active, ...archived] : active;

  async function run(client: Client, action: (id: string) => Promise<Result<Client>>): Promise<void> {
    setBusyId(client.id);
    setActionError(null);
    const result = await action(client.id);
    setBusyId(null);
    if (!result.ok) setActionError(result.error);
  }

  return (
    <Container size="lg" px={0}>
      <PageHeader
        title={t('clients.title')}
        subtitle={t('clients.subtitle')}
        actions={
          <Group gap="sm">
            <Button variant="default" leftSection={<IconFileImport size={18} />} onClick={() => setImporting(true)}>
              {t('templates.importButton')}
            </Button>
            <Button leftSection={<IconPlus size={18} />} onClick={() => setNameTarget({ kind: 'create' })}>
              {t('clients.new')}
            </Button>
          </Group>
        }
      />
      {loadError && (
        <Group mb="md" grow>
          <ErrorAlert error={loadError} onRetry={() => void refresh()} />
        </Group>
      )}
      {actionError && (
        <Group mb="md" grow>
          <ErrorAlert error={actionError} onClose={() => setActionError(null)} />
        </Group>
      )}
      {templateExport.exporting &&
        (exportStatus.phase === 'saved' ? (
          <Alert
            variant="light"
            color="teal"
            icon={<IconCheck size={18} />}
            mb="md"
            role="status"
            data-testid="template-exported"
            withCloseButton
            closeButtonLabel={t('common.close')}
            onClose={() => {
              templateExports.getState().dismiss();
              templateExport.clear();
            }}
          >
            {t('templates.saved', { fileName: exportStatus.fileName })}
            {templateExport.exporting.skipped.length > 0 &&
              ` ${t('templates.skipped', { names: templateExport.exporting.skipped.join(', ') })}`}
          </Alert>
        ) : (
          <ExportProgress
            status={exportStatus}
            title={t('templates.exporting', { name: templateExport.exporting.name })}
            onCancel={() => templateExports.getState().cancel()}
            onDismiss={() => {
              templateExports.getState().dismiss();
              templateExport.clear();
            }}
          />
        ))}
      {active.length === 0 && (
        <Alert
          variant="light"
          color="gray"
          icon={<IconArchive size={18} />}
          title={t('clients.noActive.title')}
          mb="md"
        >
          {t('clients.noActive.body')}
        </Alert>
      )}
      <Paper withBorder style={{ overflow: 'hidden' }}>
        <Group
          justify="space-between"
          px="md"
          py="sm"
          style={{ borderBottom: '1px solid var(--mantine-color-default-border)' }}
        >
          <Text size="sm" c="dimmed">
            {t('clients.activeCount', { count: active.length })}
            {archived.length > 0 && ` · ${t('clients.archivedCount', { count: archived.length })}`}
          </Text>
          <Switch
            label={t('clients.showArchived')}
            checked={archivedVisible}
            disabled={active.length === 0}
            onChange={(event) => setShowArchived(event.currentTarget.checked)}
          />
        </Group>
        <ClientsTable
          clients={rows}
          currentId={current?.id ?? null}
          busyId={busyId}
          onSelect={(client) => void run(client, setCurrent)}
          onRename={(client) => setNameTarget({ kind: 'rename', client })}
          onArchive={setArchiveTarget}
          onRestore={(client) => void run(client, restore)}
          onExportTemplate={templateExport.start}
          onHistory={(client) => setHistoryId(client.id)}
        />
      </Paper>
      <ClientNameModal target={nameTarget} onClose={() => setNameTarget(null)} />
      <ArchiveClientModal client={archiveTarget} onClose={() => setArchiveTarget(null)} />
      <ImportTemplateModal opened={importing} onClose={() => setImporting(false)} />
    </Container>
  );
}
