import { Alert, Button, Center, Container, Group, Loader, Paper, Text } from '@mantine/core';
import { IconArrowLeft, IconClockEdit } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Client } from '#contract';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ExportButton, ExportProgress } from '../../components/exports/ExportPanel';
import { PageHeader } from '../../components/PageHeader';
import { AuditFiltersBar } from './AuditFiltersBar';
import { AuditTable } from './AuditTable';
import { defaultAuditFilters, periodRange, type AuditFilters } from './filters';
import { useAuditExport } from './use-audit-export';
import { useAuditRows, type AuditQuery } from './use-audit-rows';

/**
 * One client's history of changes: what changed in its settings, when, filtered by kind and period,
 * and exported as CSV. `onBack` shows a way back to where it was opened from.
 */
export function AuditHistory({ client, onBack }: { client: Client; onBack?: () => void }) {
  const { t } = useTranslation();
  const [filters, setFilters] = useState<AuditFilters>(defaultAuditFilters);
  const range = periodRange(filters);
  // A new object each render: the list keys on its content.
  const query: AuditQuery | null =
    range === null
      ? null
      : { clientId: client.id, ...(filters.kinds.length > 0 ? { kinds: filters.kinds } : {}), ...range };
  const list = useAuditRows(query);
  const exporter = useAuditExport(query);
  const filtered = filters.kinds.length > 0 || filters.period !== 'all';

  return (
    <Container size="lg" px={0}>
      {onBack && (
        <Button variant="subtle" color="gray" leftSection={<IconArrowLeft size={16} />} onClick={onBack} mb="xs" px={4}>
          {t('audit.back')}
        </Button>
      )}
      <PageHeader
        title={t('audit.title')}
        subtitle={t('audit.subtitle', { client: client.name })}
        actions={
          <ExportButton
            status={exporter.status}
            onStart={() => void exporter.start()}
            label={t('audit.export.button')}
          />
        }
      />
      <ExportProgress
        status={exporter.status}
        title={t('audit.export.title')}
        onCancel={exporter.cancel}
        onDismiss={exporter.dismiss}
      />
      <AuditFiltersBar filters={filters} onChange={setFilters} reversed={range === null} />
      {list.error && <ErrorAlert error={list.error} onRetry={list.refresh} />}
      {/* A reversed period is explained in the filters; there is nothing to list until it is fixed. */}
      {query !== null && (
        <Paper withBorder style={{ overflow: 'hidden' }}>
          {list.loading ? (
            <Center p="xl">
              <Loader size="sm" />
            </Center>
          ) : list.rows.length === 0 ? (
            filtered ? (
              <Text p="xl" ta="center" c="dimmed" size="sm">
                {t('audit.noMatch')}
              </Text>
            ) : (
              <Alert
                variant="light"
                color="gray"
                icon={<IconClockEdit size={18} />}
                title={t('audit.empty.title')}
                m="md"
              >
                {t('audit.empty.body')}
              </Alert>
            )
          ) : (
            <AuditTable rows={list.rows} clientName={client.name} />
          )}
        </Paper>
      )}
      {list.hasMore && (
        <Group justify="center" mt="md">
          <Button variant="default" loading={list.loadingMore} onClick={list.loadMore}>
            {t('audit.loadMore')}
          </Button>
        </Group>
      )}
    </Container>
  );
}
