import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { getApi } from '../../../api';
import { FilterEditor } from '../filters/FilterEditor';
import { useApiQuery } from '../use-api-query';
import { useRangeLabel } from '../wizard/range-label';
import { usePipedriveDraft, usePipedrivePatch } from './store';

export function FiltersStep() {
  const { t } = useTranslation();
  const draft = usePipedriveDraft();
  const patch = usePipedrivePatch();
  const { label } = useRangeLabel();
  const ranges = useApiQuery(draft.clientId, () =>
    getApi().invoke('integrations:scoreRanges', { clientId: draft.clientId }),
  );
  const list = ranges.status === 'ok' ? ranges.value.ranges : [];
  return (
    <Stack gap="lg">
      <Text size="sm" c="dimmed" maw={720}>
        {t('pipedriveWizard.filters.intro')}
      </Text>
      <FilterEditor
        clientId={draft.clientId}
        value={draft.filter}
        onChange={(filter) => patch({ filter })}
        ranges={list.map((range) => ({ value: range.name, label: label(range) }))}
      />
    </Stack>
  );
}
