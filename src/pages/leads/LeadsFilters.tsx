import { Button, Group, MultiSelect, Paper, SegmentedControl, Stack, Text } from '@mantine/core';
import { IconFileImport, IconFilterOff } from '@tabler/icons-react';
import { useCallback, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { DebouncedSearchInput } from '../../components/DebouncedSearchInput';
import { leadEmailKinds, leadOrigins } from '#contract';
import { hasLeadFilters, useLeadsView, type TriState } from '../../stores/leads';
import { useRangeLabel } from '../../i18n/range-label';
import { FilterChip } from '../../components/FilterChip';

function SearchInput() {
  const { t } = useTranslation();
  const committed = useLeadsView((s) => s.filters.search);
  const setFilters = useLeadsView((s) => s.setFilters);
  const commit = useCallback((search: string) => setFilters({ search }), [setFilters]);
  return (
    <DebouncedSearchInput
      value={committed}
      onCommit={commit}
      label={t('leads.filters.search')}
      placeholder={t('leads.filters.searchPlaceholder')}
      w={250}
    />
  );
}

function Tri({
  label,
  value,
  onChange,
  yes,
  no,
}: {
  label: string;
  value: TriState;
  onChange: (value: TriState) => void;
  yes: string;
  no: string;
}) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <Stack gap={4}>
      <Text size="sm" fw={500} component="span" id={id}>
        {label}
      </Text>
      <SegmentedControl
        aria-labelledby={id}
        size="sm"
        value={value}
        onChange={(v) => onChange(v)}
        data={[
          { value: 'any', label: t('leads.filters.any') },
          { value: 'yes', label: yes },
          { value: 'no', label: no },
        ]}
      />
    </Stack>
  );
}

export function LeadsFilters({ ranges }: { ranges: Array<{ name: string; count: number }> }) {
  const { t } = useTranslation();
  const { nameOf } = useRangeLabel();
  const filters = useLeadsView((s) => s.filters);
  const setFilters = useLeadsView((s) => s.setFilters);
  const reset = useLeadsView((s) => s.resetFilters);
  // A range chosen earlier stays selectable even when no lead is in it any more.
  const rangeNames = [...new Set([...ranges.map((r) => r.name), ...filters.ranges])];
  const counts = new Map(ranges.map((r) => [r.name, r.count]));

  return (
    <Paper withBorder p="md" mb="md" role="search" aria-label={t('leads.filters.label')}>
      <Group align="flex-end" gap="md">
        <SearchInput />
        <MultiSelect
          label={t('leadFields.scoreRange')}
          placeholder={filters.ranges.length === 0 ? t('leads.filters.anyRange') : undefined}
          data={rangeNames.map((name) => ({ value: name, label: `${nameOf(name)} (${counts.get(name) ?? 0})` }))}
          value={filters.ranges}
          onChange={(values) => setFilters({ ranges: values })}
          clearable
          w={200}
        />
        <MultiSelect
          label={t('leads.filters.emailKind')}
          placeholder={filters.emailKinds.length === 0 ? t('leads.filters.anyKind') : undefined}
          data={leadEmailKinds.map((k) => ({ value: k, label: t(`leads.emailKinds.${k}`) }))}
          value={filters.emailKinds}
          onChange={(values) => setFilters({ emailKinds: values })}
          clearable
          w={200}
        />
        <MultiSelect
          label={t('leadFields.origin')}
          placeholder={filters.origins.length === 0 ? t('leads.filters.anyOrigin') : undefined}
          data={leadOrigins.filter((o) => o !== 'test').map((o) => ({ value: o, label: t(`leads.origins.${o}`) }))}
          value={filters.origins}
          onChange={(values) => setFilters({ origins: values })}
          clearable
          w={170}
        />
        <Tri
          label={t('leadFields.qualified')}
          value={filters.qualified}
          onChange={(qualified) => setFilters({ qualified })}
          yes={t('leads.filters.yes')}
          no={t('leads.filters.no')}
        />
        <Tri
          label={t('leads.filters.problems')}
          value={filters.withIssues}
          onChange={(withIssues) => setFilters({ withIssues })}
          yes={t('leads.filters.withProblems')}
          no={t('leads.filters.clean')}
        />
        {hasLeadFilters(filters) && (
          <Button variant="subtle" leftSection={<IconFilterOff size={16} />} onClick={reset}>
            {t('leads.filters.clear')}
          </Button>
        )}
      </Group>
      {filters.importId !== null && (
        <FilterChip
          testId="import-filter"
          icon={<IconFileImport size={14} aria-hidden />}
          label={t('leads.filters.importChip', { name: filters.importName ?? '' })}
          clearLabel={t('leads.filters.clearImport')}
          onClear={() => setFilters({ importId: null, importName: null })}
        />
      )}
    </Paper>
  );
}
