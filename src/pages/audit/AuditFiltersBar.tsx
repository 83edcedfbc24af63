import { Button, Group, MultiSelect, Paper, Select, Text, TextInput } from '@mantine/core';
import { IconFilterOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { auditKinds, auditSubjectOf, auditSubjects } from '#contract';
import { auditPeriods, defaultAuditFilters, type AuditFilters } from './filters';
import { useAuditWords } from './vocabulary';

export function AuditFiltersBar({
  filters,
  onChange,
  reversed,
}: {
  filters: AuditFilters;
  onChange: (next: AuditFilters) => void;
  /** The custom period's last day comes before its first. */
  reversed: boolean;
}) {
  const { t } = useTranslation();
  const { kindNames } = useAuditWords();
  const set = (patch: Partial<AuditFilters>) => onChange({ ...filters, ...patch });
  const kindGroups = auditSubjects.map((subject) => ({
    group: t(`audit.subjects.${subject}`),
    items: auditKinds.filter((k) => auditSubjectOf(k) === subject).map((k) => ({ value: k, label: kindNames[k] })),
  }));
  const dirty = JSON.stringify({ ...filters, chosenAt: 0 }) !== JSON.stringify(defaultAuditFilters);

  return (
    <Paper withBorder p="md" mb="md" role="search" aria-label={t('audit.filters.label')}>
      <Group align="flex-end" gap="sm">
        <MultiSelect
          label={t('audit.filters.kinds')}
          placeholder={filters.kinds.length === 0 ? t('audit.filters.kindsPlaceholder') : undefined}
          data={kindGroups}
          value={filters.kinds}
          onChange={(value) => set({ kinds: value })}
          clearable
          searchable
          w={230}
          comboboxProps={{ withinPortal: true }}
        />
        <Select
          label={t('audit.filters.period')}
          data={auditPeriods.map((p) => ({ value: p, label: t(`audit.filters.periods.${p}`) }))}
          value={filters.period}
          allowDeselect={false}
          onChange={(value) => set({ period: value ?? 'all', chosenAt: Date.now() })}
          w={170}
        />
        {filters.period === 'custom' && (
          <>
            <TextInput
              type="date"
              label={t('audit.filters.from')}
              value={filters.from}
              max={filters.to || undefined}
              onChange={(e) => set({ from: e.currentTarget.value })}
              w={140}
            />
            <TextInput
              type="date"
              label={t('audit.filters.to')}
              value={filters.to}
              min={filters.from || undefined}
              onChange={(e) => set({ to: e.currentTarget.value })}
              // The message is below the row: inside it, it would push this field out of line.
              error={reversed}
              aria-describedby={reversed ? 'audit-period-reversed' : undefined}
              w={140}
            />
          </>
        )}
        {dirty && (
          <Button
            variant="subtle"
            color="gray"
            leftSection={<IconFilterOff size={16} />}
            onClick={() => onChange(defaultAuditFilters)}
          >
            {t('audit.filters.clear')}
          </Button>
        )}
      </Group>
      {reversed && (
        <Text id="audit-period-reversed" size="sm" c="red" mt="xs" role="alert">
          {t('audit.filters.reversed')}
        </Text>
      )}
    </Paper>
  );
}
