import { ActionIcon, Select, Stack, Table, TextInput, Tooltip } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { extraRowProblem, extraSources, type ExtraMapping, type ExtraSource, type FieldRef } from '../draft';
import { CustomFieldSelect } from './CustomFieldSelect';

/**
 * An added mapping's lead value, named as the lead field; the whole name beside ActiveCampaign's first and
 * last names, and utm / custom with the key syntax they take (a lead's custom field is not the account's).
 */
function useSourceLabel(): (source: ExtraSource) => string {
  const { t } = useTranslation();
  return (source) => {
    if (source === 'fullName') return t('leadFields.wholeName');
    if (source === 'utm') return `${t('leadFields.utmParameter')} (utm.*)`;
    if (source === 'custom') return t('activecampaignWizard.mapping.sources.custom');
    return t(`leadFields.${source}`);
  };
}

function isExtraSource(value: string): value is ExtraSource {
  return (extraSources as readonly string[]).includes(value);
}

interface ExtraMappingRowProps {
  row: ExtraMapping;
  index: number;
  onChange: (row: ExtraMapping) => void;
  onRemove: () => void;
  options: FieldRef[];
  onCreated: (field: FieldRef) => void;
  /** Another mapping already sends its value to this field. */
  duplicate: boolean;
}

/** "Add mapping": any other lead value (job title, city, utm.*, custom.*) to a custom field. */
export function ExtraMappingRow({
  row,
  index,
  onChange,
  onRemove,
  options,
  onCreated,
  duplicate,
}: ExtraMappingRowProps) {
  const { t } = useTranslation();
  const sourceLabel = useSourceLabel();
  const problem = extraRowProblem(row);
  const needsKey = row.kind === 'utm' || row.kind === 'custom';
  const sourceName = t('activecampaignWizard.mapping.extraName', { number: index + 1 });
  const fieldError = duplicate
    ? t('activecampaignWizard.mapping.duplicateField')
    : problem === 'field'
      ? t('activecampaignWizard.mapping.chooseField')
      : undefined;

  return (
    <Table.Tr data-testid="extra-mapping">
      <Table.Td>
        <Stack gap="xs">
          <Select
            aria-label={t('activecampaignWizard.mapping.sourceFor', { name: sourceName })}
            data={extraSources.map((s) => ({ value: s, label: sourceLabel(s) }))}
            value={row.kind}
            onChange={(value) => {
              if (value && isExtraSource(value)) onChange({ ...row, kind: value, key: '' });
            }}
            allowDeselect={false}
            comboboxProps={{ shadow: 'md' }}
          />
          {needsKey && (
            <TextInput
              aria-label={t('activecampaignWizard.mapping.keyFor', { name: sourceName })}
              placeholder={row.kind === 'utm' ? 'campaign' : 'segment'}
              value={row.key}
              onChange={(event) => onChange({ ...row, key: event.currentTarget.value.trim() })}
              error={problem === 'key' && row.key !== '' ? t('activecampaignWizard.mapping.badKey') : undefined}
              autoComplete="off"
              spellCheck={false}
            />
          )}
        </Stack>
      </Table.Td>
      <Table.Td>
        <CustomFieldSelect
          source={sourceName}
          value={row.field}
          onChange={(field) => onChange({ ...row, field })}
          options={options}
          suggestedTitle={sourceLabel(row.kind)}
          onCreated={onCreated}
          error={fieldError}
        />
      </Table.Td>
      <Table.Td w={48}>
        <Tooltip label={t('activecampaignWizard.mapping.remove', { name: sourceName })}>
          <ActionIcon
            variant="subtle"
            color="gray"
            aria-label={t('activecampaignWizard.mapping.remove', { name: sourceName })}
            onClick={onRemove}
          >
            <IconTrash size={16} />
          </ActionIcon>
        </Tooltip>
      </Table.Td>
    </Table.Tr>
  );
}
