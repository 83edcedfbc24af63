import { Group, MultiSelect, Select, Stack, TagsInput, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { UFS, type ScoringRuleInput } from '#contract';
import { FieldPicker } from '../send-leads/filters/FieldPicker';
import { useIssueText } from './issue-text';
import { fieldOps, withOp, type FieldOp } from './rule-kinds';
import type { IssueMap } from './validation';

function isUf(value: string): value is (typeof UFS)[number] {
  return (UFS as readonly string[]).includes(value);
}

function isFieldOp(value: string): value is FieldOp {
  return (fieldOps as readonly string[]).includes(value);
}

interface RuleInputsProps {
  rule: ScoringRuleInput;
  /** `rules.3`: where this rule's issues are filed. */
  path: string;
  issues: IssueMap;
  /** The rule's name, prefixed to each input's accessible name. */
  name: string;
  onChange: (rule: ScoringRuleInput) => void;
}

/** The inputs a rule of this kind needs besides its points (nothing for the validation flags). */
export function RuleInputs({ rule, path, issues, name, onChange }: RuleInputsProps) {
  const { t } = useTranslation();
  const issueText = useIssueText();
  const at = (field: string) => issues.get(`${path}.${field}`);
  const label = (what: string): string => `${name}: ${what}`;

  switch (rule.kind) {
    case 'jobTitleKeywords':
      return (
        <TagsInput
          aria-label={label(t('scoring.rules.keywords'))}
          placeholder={t('scoring.rules.keywordsPlaceholder')}
          description={t('scoring.rules.keywordsCount', { count: rule.keywords.length })}
          value={rule.keywords}
          onChange={(keywords) => onChange({ ...rule, keywords })}
          splitChars={[',', ';']}
          acceptValueOnBlur
          clearable
          error={issueText(at('keywords'), 'keywords')}
          styles={{ pillsList: { maxHeight: 132, overflowY: 'auto' } }}
        />
      );
    case 'stateIn':
      return (
        <MultiSelect
          aria-label={label(t('scoring.rules.states'))}
          placeholder={rule.states.length === 0 ? t('scoring.rules.statesPlaceholder') : undefined}
          data={[...UFS]}
          value={rule.states}
          onChange={(states) => onChange({ ...rule, states: states.filter(isUf) })}
          searchable
          clearable
          error={issueText(at('states'), 'states')}
          comboboxProps={{ shadow: 'md' }}
        />
      );
    case 'sourceEquals':
      return (
        <TagsInput
          aria-label={label(t('scoring.rules.values'))}
          placeholder={t('scoring.rules.valuesPlaceholder')}
          value={rule.values}
          onChange={(values) => onChange({ ...rule, values })}
          splitChars={[',', ';']}
          acceptValueOnBlur
          error={issueText(at('values'), 'values')}
        />
      );
    case 'field': {
      const needsValue = rule.op === 'equals' || rule.op === 'contains';
      const fieldIssue = issueText(at('field'), 'field');
      return (
        <Stack gap={4}>
          <Group gap="xs" align="flex-start" wrap="wrap">
            <FieldPicker
              field={rule.field}
              onChange={(field) => onChange({ ...rule, field })}
              label={name}
              keyError={fieldIssue !== undefined}
            />
            <Select
              aria-label={label(t('scoring.rules.op'))}
              data={fieldOps.map((op) => ({ value: op, label: t(`scoring.rules.ops.${op}`) }))}
              value={rule.op}
              onChange={(value) => {
                if (value && isFieldOp(value) && value !== rule.op) onChange(withOp(rule, value));
              }}
              allowDeselect={false}
              w={140}
              comboboxProps={{ shadow: 'md' }}
            />
            {needsValue && (
              <TextInput
                aria-label={label(t('scoring.rules.value'))}
                placeholder={t('scoring.rules.valuePlaceholder')}
                value={rule.value ?? ''}
                onChange={(e) => onChange({ ...rule, value: e.currentTarget.value })}
                error={issueText(at('value'), 'text')}
                w={180}
              />
            )}
            {rule.op === 'in' && (
              <TagsInput
                aria-label={label(t('scoring.rules.fieldValues'))}
                placeholder={t('scoring.rules.fieldValuesPlaceholder')}
                value={rule.values ?? []}
                onChange={(values) => onChange({ ...rule, values })}
                splitChars={[',', ';']}
                acceptValueOnBlur
                error={issueText(at('values'), 'values')}
                miw={220}
                style={{ flex: 1 }}
              />
            )}
          </Group>
          {fieldIssue && (
            <Text size="xs" c="red">
              {fieldIssue}
            </Text>
          )}
        </Stack>
      );
    }
    default:
      return null;
  }
}
