import { Button, Group, SegmentedControl, Stack, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { DispatchFilter, FilterCondition } from '#contract';
import { useApiQuery } from '../use-api-query';
import { askCount, countKey, knownCount } from './count-cache';
import { defaultCondition, filterIsComplete } from './conditions';
import { ConditionRow } from './ConditionRow';
import type { RangeOption } from './ConditionValue';
import { FilterCount } from './FilterCount';

const COUNT_DELAY_MS = 400;

interface FilterEditorProps {
  clientId: string;
  value: DispatchFilter;
  onChange: (filter: DispatchFilter) => void;
  ranges: RangeOption[];
}

/** Dispatch filters: which of the client's leads go to this integration, with a live count. */
export function FilterEditor({ clientId, value, onChange, ranges }: FilterEditorProps) {
  const { t } = useTranslation();
  const matchLabelId = useId();
  const complete = filterIsComplete(value);
  const key = complete ? countKey(clientId, value) : null;
  const count = useApiQuery(key, () => askCount(clientId, value), COUNT_DELAY_MS);
  // An answer to this very filter (the wizard counts it on opening) shows until the fresh one arrives.
  const known = knownCount(key);
  const preview = count.status === 'ok' ? count.value : (known ?? null);

  const setConditions = (conditions: FilterCondition[]): void => onChange({ ...value, conditions });
  const replace = (index: number, condition: FilterCondition): void =>
    setConditions(value.conditions.map((c, i) => (i === index ? condition : c)));

  return (
    <Stack gap="md">
      {value.conditions.length >= 2 && (
        <Group gap="sm">
          <Text id={matchLabelId} size="sm" fw={500}>
            {t('filters.match.label')}
          </Text>
          <SegmentedControl
            aria-labelledby={matchLabelId}
            size="xs"
            value={value.match}
            onChange={(match) => onChange({ ...value, match: match === 'any' ? 'any' : 'all' })}
            data={[
              { value: 'all', label: t('filters.match.all') },
              { value: 'any', label: t('filters.match.any') },
            ]}
          />
        </Group>
      )}
      {value.conditions.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('filters.none')}
        </Text>
      )}
      {value.conditions.map((condition, index) => (
        <ConditionRow
          // Conditions have no ids; the index is their identity within this list.
          key={index}
          index={index}
          condition={condition}
          onChange={(next) => replace(index, next)}
          onRemove={() => setConditions(value.conditions.filter((_, i) => i !== index))}
          ranges={ranges}
          failed={
            preview
              ? { count: preview.failedBy.find((f) => f.index === index)?.count ?? 0, total: preview.total }
              : null
          }
        />
      ))}
      <Button
        variant="light"
        leftSection={<IconPlus size={16} />}
        onClick={() => setConditions([...value.conditions, defaultCondition('score_gte')])}
        style={{ alignSelf: 'flex-start' }}
        disabled={value.conditions.length >= 50}
      >
        {t('filters.add')}
      </Button>
      <FilterCount query={count} known={known} complete={complete} />
    </Stack>
  );
}
