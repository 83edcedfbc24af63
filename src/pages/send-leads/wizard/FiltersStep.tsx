import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { FilterEditor } from '../filters/FilterEditor';
import { useRangeLabel } from './range-label';
import type { WizardLookups } from './use-wizard-lookups';
import { useDraft, usePatch } from './wizard-store';

export function FiltersStep({ lookups }: { lookups: WizardLookups }) {
  const { t } = useTranslation();
  const draft = useDraft();
  const patch = usePatch();
  const { label } = useRangeLabel();
  const ranges = lookups.ranges.status === 'ok' ? lookups.ranges.value.ranges : [];

  return (
    <Stack gap="lg">
      <Text size="sm" c="dimmed" maw={720}>
        {t('acWizard.filters.intro')}
      </Text>
      <FilterEditor
        clientId={draft.clientId}
        value={draft.filter}
        onChange={(filter) => patch({ filter })}
        ranges={ranges.map((range) => ({ value: range.name, label: label(range) }))}
      />
    </Stack>
  );
}
