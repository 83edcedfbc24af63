import { Group, Loader, Paper, Progress, Stack, Text } from '@mantine/core';
import { IconFilter } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { FilterPreview } from '#contract';
import type { Query } from '../use-api-query';

/** "N of the client's last 100 leads would pass", live while the filter is edited. */
export function FilterCount({
  query,
  known,
  complete,
}: {
  query: Query<FilterPreview>;
  /** An earlier answer to the same filter, shown while the fresh one loads. */
  known: FilterPreview | undefined;
  complete: boolean;
}) {
  const { t } = useTranslation();
  const shown = query.status === 'ok' ? query.value : (known ?? query.last);

  let text: string;
  if (!complete) text = t('filters.count.incomplete');
  else if (query.status === 'error') text = t('filters.count.failed');
  else if (!shown) text = t('filters.count.counting');
  else if (shown.total === 0) text = t('filters.count.noLeads');
  else text = t('filters.count.result', { passed: shown.passed, count: shown.total });

  const ratio = complete && shown && shown.total > 0 ? (shown.passed / shown.total) * 100 : null;
  return (
    <Paper withBorder p="md" radius="md" bg="var(--mantine-color-default-hover)">
      <Stack gap="xs">
        <Group gap="sm" wrap="nowrap">
          <IconFilter size={18} aria-hidden />
          <Text size="sm" fw={500} role="status" aria-live="polite" data-testid="filter-count">
            {text}
          </Text>
          {/* An answer to this very filter is on screen: its refresh needs no spinner. */}
          {complete && query.status === 'loading' && known === undefined && <Loader size={14} aria-hidden />}
        </Group>
        {ratio !== null && <Progress value={ratio} size="sm" color="teal" aria-hidden />}
      </Stack>
    </Paper>
  );
}
