import { ActionIcon, Group, Paper, Select, Stack, Text, Tooltip } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { FilterCondition } from '#contract';
import { conditionProblem, defaultCondition, isOp, opGroups } from './conditions';
import { ConditionValue, type RangeOption } from './ConditionValue';

interface ConditionRowProps {
  index: number;
  condition: FilterCondition;
  onChange: (condition: FilterCondition) => void;
  onRemove: () => void;
  ranges: RangeOption[];
  /** How many of the sampled leads this condition turns away; null while unknown. */
  failed: { count: number; total: number } | null;
}

export function ConditionRow({ index, condition, onChange, onRemove, ranges, failed }: ConditionRowProps) {
  const { t } = useTranslation();
  const label = t('filters.conditionLabel', { number: index + 1 });
  const problem = conditionProblem(condition);
  const data = opGroups.map(({ group, ops }) => ({
    group: t(`filters.groups.${group}`),
    items: ops.map((op) => ({ value: op, label: t(`filters.ops.${op}`) })),
  }));

  return (
    <Paper withBorder p="sm" radius="md" role="group" aria-label={label} data-testid="filter-condition">
      <Stack gap={6}>
        <Group gap="xs" wrap="nowrap" align="flex-start" justify="space-between">
          <Group gap="xs" align="flex-start" style={{ flex: 1, minWidth: 0 }}>
            <Select
              aria-label={t('filters.opLabel', { condition: label })}
              data={data}
              value={condition.op}
              onChange={(value) => {
                if (value && isOp(value) && value !== condition.op) onChange(defaultCondition(value, condition));
              }}
              allowDeselect={false}
              w={220}
              comboboxProps={{ shadow: 'md' }}
            />
            <ConditionValue condition={condition} onChange={onChange} ranges={ranges} problem={problem} label={label} />
          </Group>
          <Tooltip label={t('filters.remove', { condition: label })}>
            <ActionIcon
              variant="subtle"
              color="gray"
              size="lg"
              aria-label={t('filters.remove', { condition: label })}
              onClick={onRemove}
            >
              <IconTrash size={18} />
            </ActionIcon>
          </Tooltip>
        </Group>
        {problem !== null ? (
          <Text size="xs" c="red">
            {t(`filters.problems.${problem}`)}
          </Text>
        ) : (
          failed !== null &&
          failed.total > 0 && (
            <Text size="xs" c="dimmed" data-testid="condition-failed">
              {t('filters.failedBy', { count: failed.count, total: failed.total })}
            </Text>
          )
        )}
      </Stack>
    </Paper>
  );
}
