import { Chip, Group, MultiSelect, NumberInput, Select, TagsInput, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { emailKinds, UFS, type EmailKind, type FilterCondition } from '#contract';
import { namedPills } from '../shared/named-pills';
import type { ConditionProblem } from './conditions';
import { FieldPicker } from './FieldPicker';

export interface RangeOption {
  value: string;
  label: string;
}

interface ConditionValueProps {
  condition: FilterCondition;
  onChange: (condition: FilterCondition) => void;
  ranges: RangeOption[];
  problem: ConditionProblem | null;
  /** "Condition 2": prefixes every control's accessible name, so rows can be told apart. */
  label: string;
}

function toNumber(value: string | number): number {
  return typeof value === 'number' ? value : Number.NaN;
}

function isUf(value: string): value is (typeof UFS)[number] {
  return (UFS as readonly string[]).includes(value);
}

function isEmailKind(value: string): value is EmailKind {
  return (emailKinds as readonly string[]).includes(value);
}

/** The inputs after the condition type, which depend on it. */
export function ConditionValue({ condition: c, onChange, ranges, problem, label }: ConditionValueProps) {
  const { t } = useTranslation();
  const missing = problem === 'required';
  const named = (what: string): string => t('filters.inputLabel', { condition: label, what });
  const pills = namedPills((name) => t('filters.removeValue', { condition: label, name }));

  switch (c.op) {
    case 'score_gte':
    case 'score_lte':
      return (
        <NumberInput
          aria-label={named(t('filters.score'))}
          value={Number.isFinite(c.value) ? c.value : ''}
          onChange={(v) => onChange({ ...c, value: toNumber(v) })}
          min={0}
          max={1000}
          allowDecimal={false}
          error={missing}
          w={110}
        />
      );
    case 'score_between':
      return (
        <Group gap="xs" wrap="nowrap">
          <NumberInput
            aria-label={named(t('filters.min'))}
            value={Number.isFinite(c.min) ? c.min : ''}
            onChange={(v) => onChange({ ...c, min: toNumber(v) })}
            allowDecimal={false}
            error={problem !== null}
            w={100}
          />
          <Text size="sm">{t('filters.and')}</Text>
          <NumberInput
            aria-label={named(t('filters.max'))}
            value={Number.isFinite(c.max) ? c.max : ''}
            onChange={(v) => onChange({ ...c, max: toNumber(v) })}
            allowDecimal={false}
            error={problem !== null}
            w={100}
          />
        </Group>
      );
    case 'score_range_in':
      return (
        <MultiSelect
          aria-label={named(t('filters.ranges'))}
          data={ranges}
          value={c.values}
          onChange={(values) => onChange({ ...c, values })}
          error={missing}
          miw={240}
          renderPill={pills}
        />
      );
    case 'qualified':
    case 'cnpj_valid': {
      const prefix = c.op === 'qualified' ? 'filters.qualified' : 'filters.cnpj';
      return (
        <Select
          aria-label={named(t('filters.value'))}
          data={[
            { value: 'yes', label: t(`${prefix}.yes`) },
            { value: 'no', label: t(`${prefix}.no`) },
          ]}
          value={c.value ? 'yes' : 'no'}
          onChange={(v) => onChange({ ...c, value: v !== 'no' })}
          allowDeselect={false}
          w={230}
        />
      );
    }
    case 'field_equals':
    case 'field_contains':
      return (
        <Group gap="xs" wrap="nowrap">
          <FieldPicker
            field={c.field}
            onChange={(field) => onChange({ ...c, field })}
            label={label}
            keyError={problem === 'key'}
          />
          <TextInput
            aria-label={named(t('filters.value'))}
            placeholder={t('filters.valuePlaceholder')}
            value={c.value}
            onChange={(event) => onChange({ ...c, value: event.currentTarget.value })}
            error={missing}
            w={200}
          />
        </Group>
      );
    case 'field_in':
      return (
        <Group gap="xs" wrap="nowrap" align="flex-start">
          <FieldPicker
            field={c.field}
            onChange={(field) => onChange({ ...c, field })}
            label={label}
            keyError={problem === 'key'}
          />
          <TagsInput
            aria-label={named(t('filters.values'))}
            placeholder={t('filters.valuesPlaceholder')}
            value={c.values}
            onChange={(values) => onChange({ ...c, values })}
            error={missing}
            miw={240}
            splitChars={[',', ';']}
            renderPill={pills}
          />
        </Group>
      );
    case 'field_exists':
    case 'field_missing':
      return (
        <FieldPicker
          field={c.field}
          onChange={(field) => onChange({ ...c, field })}
          label={label}
          keyError={problem === 'key'}
        />
      );
    case 'email_kind':
      return (
        <Group gap={6} role="group" aria-label={named(t('filters.emailKindsLabel'))}>
          <Chip.Group
            multiple
            value={c.kinds}
            onChange={(values) => onChange({ ...c, kinds: values.filter(isEmailKind) })}
          >
            {emailKinds.map((kind) => (
              <Chip key={kind} value={kind} size="sm" variant="light">
                {t(`filters.emailKinds.${kind}`)}
              </Chip>
            ))}
          </Chip.Group>
        </Group>
      );
    case 'state_in':
      return (
        <MultiSelect
          aria-label={named(t('filters.states'))}
          placeholder={c.values.length === 0 ? t('filters.statesPlaceholder') : undefined}
          data={[...UFS]}
          value={c.values}
          onChange={(values) => onChange({ ...c, values: values.filter(isUf) })}
          searchable
          error={missing}
          miw={260}
          renderPill={pills}
        />
      );
  }
}
