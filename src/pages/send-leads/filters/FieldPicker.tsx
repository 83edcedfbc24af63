import { Group, Select, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { LeadFieldLabel } from '../../../i18n/lead-fields/en';
import { fieldKinds, joinField, splitField, type FieldKind } from './conditions';

/** A fixed field by its label; UTM and custom stand for any parameter or field, its key typed beside. */
function labelOf(kind: FieldKind): LeadFieldLabel {
  if (kind === 'utm') return 'utmParameter';
  return kind === 'custom' ? 'customField' : kind;
}

function isFieldKind(value: string): value is FieldKind {
  return (fieldKinds as readonly string[]).includes(value);
}

/** A lead field for a condition: a fixed one, or a UTM / custom field named by its key. */
export function FieldPicker({
  field,
  onChange,
  label,
  keyError,
}: {
  field: string;
  onChange: (field: string) => void;
  /** Names the row for assistive technology (e.g. "Condition 2"). */
  label: string;
  keyError: boolean;
}) {
  const { t } = useTranslation();
  const { kind, key } = splitField(field);
  const needsKey = kind === 'utm' || kind === 'custom';
  return (
    <Group gap="xs" wrap="nowrap">
      <Select
        aria-label={t('filters.fieldLabel', { condition: label })}
        data={fieldKinds.map((k) => ({ value: k, label: t(`leadFields.${labelOf(k)}`) }))}
        value={kind}
        onChange={(value) => {
          if (value && isFieldKind(value)) onChange(joinField(value, value === kind ? key : ''));
        }}
        allowDeselect={false}
        w={170}
        comboboxProps={{ shadow: 'md' }}
      />
      {needsKey && (
        <TextInput
          aria-label={t('filters.keyLabel', { condition: label })}
          placeholder={t(kind === 'utm' ? 'filters.utmPlaceholder' : 'filters.customPlaceholder')}
          value={key}
          onChange={(event) => onChange(joinField(kind, event.currentTarget.value.trim()))}
          error={keyError}
          w={150}
          autoComplete="off"
          spellCheck={false}
        />
      )}
    </Group>
  );
}
