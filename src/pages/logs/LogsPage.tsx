import { Button, Container, EmptyState, Group, Paper, Tabs, Text, Tooltip } from '@mantine/core';
import { IconActivityHeartbeat, IconChecks, IconHistory, IconList } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BacklogPanel } from '../../components/backlog/BacklogPanel';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ExportButton, ExportProgress } from '../../components/exports/ExportPanel';
import { PageHeader } from '../../components/PageHeader';
import layout from '../../components/page-layout.module.css';
import { useClients } from '../../stores/clients';
import { defaultLogFilters, toQuery, useLogFilters } from '../../stores/logs';
import { BulkBar } from './bulk/BulkBar';
import { BulkConfirm } from './bulk/BulkConfirm';
import bulkClasses from './bulk/bulk.module.css';
import { modKey } from './bulk/shortcuts';
import { useBulkSelection } from './bulk/use-bulk-selection';
import { HealthPanel } from './HealthPanel';
import { LogDrawer, type DrawerTarget } from './LogDrawer';
import { LogsFilters } from './LogsFilters';
import { LogsTable } from './LogsTable';
import { useLogsExport } from './use-export';
import { useLogRows } from './use-log-rows';
import { useLogsView } from './view-store';

type Bulk = ReturnType<typeof useBulkSelection>;

function AttemptsView({ query, filtered, bulk }: { query: ReturnType<typeof toQuery>; filtered: boolean; bulk: Bulk }) {
  const { t } = useTranslation();
  const { rows, hasMore, loading, loadingMore, error, loadMore, refresh } = useLogRows(query);
  const [target, setTarget] = useState<DrawerTarget | null>(null);
  return (
    <div className={layout.rest}>
      {error && <ErrorAlert error={error} onRetry={refresh} />}
      <BulkBar onAction={bulk.ask} />
      <BulkConfirm key={bulk.opened} action={bulk.confirming} onClose={bulk.closeConfirm} />
      <Paper
        withBorder
        className={`${layout.card} ${bulk.active ? bulkClasses.selected : ''}`}
        onKeyDown={bulk.onTableKeyDown}
        data-testid="logs-table"
      >
        <LogsTable
          rows={rows}
          loading={loading}
          empty={
            <EmptyState variant="light" icon={<IconHistory size={28} />} py={48} mx="auto" maw={520}>
              <EmptyState.Title order={2}>{t('logs.empty.title')}</EmptyState.Title>
              <EmptyState.Description>
                {filtered ? t('logs.empty.filtered') : t('logs.empty.body')}
              </EmptyState.Description>
            </EmptyState>
          }
          hasMore={hasMore}
          loadingMore={loadingMore}
          onLoadMore={loadMore}
          onOpen={(row) => setTarget({ id: row.id, context: row })}
          selectedId={target?.id ?? null}
          showClient={query.clientId === undefined}
        />
      </Paper>
      {rows.length > 0 && (
        <Text size="xs" c="dimmed" mt="xs" data-testid="logs-count">
          {hasMore ? t('logs.more', { count: rows.length }) : t('logs.end', { count: rows.length })}
        </Text>
      )}
      <LogDrawer target={target} onClose={() => setTarget(null)} onOpen={setTarget} />
    </div>
  );
}

export function LogsPage() {
  const { t } = useTranslation();
  const filters = useLogFilters((s) => s.filters);
  const currentId = useClients((s) => s.current?.id ?? null);
  const query = useMemo(() => toQuery(filters, currentId), [filters, currentId]);
  const filtered = JSON.stringify({ ...filters, client: 'current' }) !== JSON.stringify(defaultLogFilters);
  const tab = useLogsView((s) => s.tab);
  const setTab = useLogsView((s) => s.setTab);
  const exporter = useLogsExport(query);
  const bulk = useBulkSelection(tab === 'attempts' ? query : null);

  return (
    <Container size="xl" px={0} className={tab === 'attempts' ? layout.fill : undefined}>
      <PageHeader
        title={t('logs.title')}
        subtitle={t('logs.subtitle')}
        actions={
          tab === 'attempts' && (
            <Group gap="sm" wrap="nowrap" style={{ flexShrink: 0 }}>
              <Tooltip label={t('logsBulk.selectAllHint', { shortcut: `${modKey()}+A` })} multiline w={300}>
                <Button
                  variant="default"
                  leftSection={<IconChecks size={16} />}
                  onClick={bulk.select}
                  data-testid="bulk-select-all"
                >
                  {t('logsBulk.selectAll')}
                </Button>
              </Tooltip>
              <ExportButton status={exporter.status} onStart={() => void exporter.start()} />
            </Group>
          )
        }
      />
      <Tabs value={tab} onChange={(value) => setTab(value === 'health' ? 'health' : 'attempts')} mb="md">
        <Tabs.List aria-label={t('logs.tabs.label')}>
          <Tabs.Tab value="attempts" leftSection={<IconList size={16} />}>
            {t('logs.tabs.attempts')}
          </Tabs.Tab>
          <Tabs.Tab value="health" leftSection={<IconActivityHeartbeat size={16} />}>
            {t('logs.tabs.health')}
          </Tabs.Tab>
        </Tabs.List>
      </Tabs>
      <ExportProgress
        status={exporter.status}
        title={t('logs.export.title')}
        onCancel={exporter.cancel}
        onDismiss={exporter.dismiss}
      />
      <BacklogPanel clientId={query.clientId} />
      {tab === 'attempts' ? (
        <>
          <LogsFilters />
          <AttemptsView query={query} filtered={filtered} bulk={bulk} />
        </>
      ) : (
        <HealthPanel />
      )}
    </Container>
  );
}
