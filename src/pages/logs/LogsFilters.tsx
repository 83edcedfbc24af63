import { Button, Checkbox, Group, MultiSelect, Paper, Select, TextInput } from '@mantine/core';
import { IconFilterOff, IconUser } from '@tabler/icons-react';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DebouncedSearchInput } from '../../components/DebouncedSearchInput';
import { dispatchStates, type IntegrationSummary } from '#contract';
import { getApi } from '../../api';
import { useActiveClients, useClients } from '../../stores/clients';
import { defaultLogFilters, useLogFilters } from '../../stores/logs';
import { FilterChip } from '../../components/FilterChip';

/** The integrations of one client, for the filter; none while "All clients" is chosen. */
function useClientIntegrations(clientId: string | null): IntegrationSummary[] | null {
  const [answer, setAnswer] = useState<{ clientId: string; items: IntegrationSummary[] } | null>(null);
  useEffect(() => {
    if (clientId === null) return;
    let cancelled = false;
    void getApi()
      .invoke('integrations:list', { clientId })
      .then((result) => {
        if (!cancelled && result.ok) setAnswer({ clientId, items: result.value });
      });
    return () => {
      cancelled = true;
    };
  }, [clientId]);
  if (clientId === null) return [];
  return answer !== null && answer.clientId === clientId ? answer.items : null;
}

function SearchInput() {
  const { t } = useTranslation();
  const committed = useLogFilters((s) => s.filters.search);
  const setFilters = useLogFilters((s) => s.set);
  const commit = useCallback((search: string) => setFilters({ search }), [setFilters]);
  return (
    <DebouncedSearchInput
      value={committed}
      onCommit={commit}
      label={t('logs.filters.search')}
      placeholder={t('logs.filters.searchPlaceholder')}
      w={240}
    />
  );
}

export function LogsFilters() {
  const { t } = useTranslation();
  const filters = useLogFilters((s) => s.filters);
  const setFilters = useLogFilters((s) => s.set);
  const reset = useLogFilters((s) => s.reset);
  const current = useClients((s) => s.current);
  const active = useActiveClients();
  const clientId =
    filters.client === 'all' ? null : filters.client === 'current' ? (current?.id ?? null) : filters.client;
  const integrations = useClientIntegrations(clientId);
  const staleIntegration =
    integrations !== null &&
    filters.integrationId !== null &&
    !integrations.some((i) => i.id === filters.integrationId);
  // Switching the current client leaves the other client's integration behind: drop it.
  useEffect(() => {
    if (staleIntegration) setFilters({ integrationId: null });
  }, [staleIntegration, setFilters]);
  const dirty = JSON.stringify(filters) !== JSON.stringify(defaultLogFilters);

  return (
    <Paper withBorder p="md" mb="md" role="search" aria-label={t('logs.filters.label')}>
      <Group align="flex-end" gap="sm">
        <Select
          label={t('logs.filters.client')}
          data={[
            { value: 'all', label: t('logs.filters.allClients') },
            ...active.map((c) => ({ value: c.id, label: c.name })),
          ]}
          value={clientId ?? 'all'}
          allowDeselect={false}
          onChange={(value) =>
            setFilters({
              client: value === null || value === current?.id ? 'current' : value,
              integrationId: null,
            })
          }
          w={200}
        />
        <Select
          label={t('logs.filters.integration')}
          placeholder={t('logs.filters.allIntegrations')}
          data={(integrations ?? []).map((i) => ({ value: i.id, label: i.name }))}
          value={filters.integrationId}
          onChange={(value) => setFilters({ integrationId: value })}
          disabled={clientId === null}
          clearable
          w={200}
        />
        <MultiSelect
          label={t('logs.filters.state')}
          placeholder={filters.states.length === 0 ? t('logs.filters.anyState') : undefined}
          data={dispatchStates.map((s) => ({ value: s, label: t(`logs.states.${s}`) }))}
          value={filters.states}
          onChange={(values) => setFilters({ states: values })}
          clearable
          w={240}
        />
        <TextInput
          type="date"
          label={t('logs.filters.from')}
          value={filters.from}
          max={filters.to || undefined}
          onChange={(e) => setFilters({ from: e.currentTarget.value })}
          w={150}
        />
        <TextInput
          type="date"
          label={t('logs.filters.to')}
          value={filters.to}
          min={filters.from || undefined}
          onChange={(e) => setFilters({ to: e.currentTarget.value })}
          w={150}
        />
        <SearchInput />
        <Checkbox
          label={t('logs.filters.includeTests')}
          checked={filters.includeTests}
          onChange={(e) => setFilters({ includeTests: e.currentTarget.checked })}
          mb={8}
        />
        {dirty && (
          <Button variant="subtle" leftSection={<IconFilterOff size={16} />} onClick={reset}>
            {t('logs.filters.clear')}
          </Button>
        )}
      </Group>
      {filters.lead !== null && (
        <FilterChip
          testId="lead-filter"
          icon={<IconUser size={14} aria-hidden />}
          label={t('logs.filters.leadChip', { name: filters.lead.name })}
          clearLabel={t('logs.filters.clearLead')}
          onClear={() => setFilters({ lead: null })}
        />
      )}
    </Paper>
  );
}
