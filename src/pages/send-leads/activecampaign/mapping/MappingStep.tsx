import { Button, Stack, Switch, Table, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../../components/ErrorAlert';
import { useIntegrationErrorText } from '../../../../i18n/integration-errors';
import { extraRowProblem, newRowId, type FieldRef, type ActiveCampaignDraft } from '../draft';
import type { WizardLookups } from '../use-wizard-lookups';
import { useActiveCampaignDraft, useActiveCampaignPatch } from '../store';
import { CustomFieldSelect } from './CustomFieldSelect';
import { ExtraMappingRow } from './ExtraMappingRow';
import { NameSplitPreview } from './NameSplitPreview';

/** Field ids used by more than one mapping (the core refuses a field that receives two values). */
export function duplicateFieldIds(draft: ActiveCampaignDraft): Set<string> {
  const ids = [draft.scoreField, draft.cnpjField, ...draft.extraMappings.map((r) => r.field)]
    .filter((f): f is FieldRef => f !== null)
    .map((f) => f.id);
  return new Set(ids.filter((id, i) => ids.indexOf(id) !== i));
}

export function mappingIsComplete(draft: ActiveCampaignDraft): boolean {
  return duplicateFieldIds(draft).size === 0 && draft.extraMappings.every((row) => extraRowProblem(row) === null);
}

function Row({ from, to, children }: { from: string; to: string; children: ReactNode }) {
  return (
    <Table.Tr>
      <Table.Th scope="row" fw={600} style={{ verticalAlign: 'top' }}>
        <Text size="sm" fw={600}>
          {from}
        </Text>
        <Text size="xs" c="dimmed" fw={400}>
          → {to}
        </Text>
      </Table.Th>
      <Table.Td colSpan={2}>{children}</Table.Td>
    </Table.Tr>
  );
}

export function MappingStep({ lookups }: { lookups: WizardLookups }) {
  const { t } = useTranslation();
  const { text } = useIntegrationErrorText('activecampaign');
  const draft = useActiveCampaignDraft();
  const patch = useActiveCampaignPatch();
  // Fields created here show up at once, before the reloaded list arrives.
  const [created, setCreated] = useState<FieldRef[]>([]);
  const { fields } = lookups;
  const loaded = fields.status === 'ok' ? fields.value : (fields.last ?? []);
  const options = [
    ...loaded.map((f) => ({ id: f.id, title: f.title })),
    ...created.filter((c) => !loaded.some((f) => f.id === c.id)),
  ];
  const duplicates = duplicateFieldIds(draft);
  const onCreated = (field: FieldRef): void => {
    setCreated((list) => [...list, field]);
    fields.reload();
  };
  const isDuplicate = (field: FieldRef | null): boolean => field !== null && duplicates.has(field.id);
  const customField = t('activecampaignWizard.mapping.customField');

  return (
    <Stack gap="lg">
      <Text size="sm" c="dimmed" maw={720}>
        {t('activecampaignWizard.mapping.intro')}
      </Text>
      {fields.status === 'error' && (
        <ErrorAlert error={fields.error} message={text(fields.error)} onRetry={fields.reload} />
      )}
      <Table
        withTableBorder
        verticalSpacing="sm"
        layout="fixed"
        aria-label={t('activecampaignWizard.mapping.tableLabel')}
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th w="32%">{t('activecampaignWizard.mapping.zblColumn')}</Table.Th>
            <Table.Th>{t('activecampaignWizard.mapping.acColumn')}</Table.Th>
            {/* The remove buttons of added mappings. */}
            <Table.Th w={52} />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          <Row from={t('leadFields.wholeName')} to={t('activecampaignWizard.mapping.firstLast')}>
            <Stack gap="sm">
              <Switch
                label={t('activecampaignWizard.mapping.firstLast')}
                checked={draft.mapFullName}
                onChange={(event) => patch({ mapFullName: event.currentTarget.checked })}
              />
              <NameSplitPreview disabled={!draft.mapFullName} />
            </Stack>
          </Row>
          <Row from={t('leadFields.phone')} to={t('activecampaignWizard.mapping.phoneTarget')}>
            <Switch
              label={t('activecampaignWizard.mapping.phoneTarget')}
              checked={draft.mapPhone}
              onChange={(event) => patch({ mapPhone: event.currentTarget.checked })}
            />
          </Row>
          <Row from={t('leadFields.company')} to={t('activecampaignWizard.mapping.organization')}>
            <Switch
              label={t('activecampaignWizard.mapping.organization')}
              description={t('activecampaignWizard.mapping.organizationHint')}
              checked={draft.companyToAccount}
              onChange={(event) => patch({ companyToAccount: event.currentTarget.checked })}
            />
          </Row>
          <Row from={t('leadFields.score')} to={customField}>
            <CustomFieldSelect
              source={t('leadFields.score')}
              value={draft.scoreField}
              onChange={(scoreField) => patch({ scoreField })}
              options={options}
              suggestedTitle="Lead Score"
              onCreated={onCreated}
              error={isDuplicate(draft.scoreField) ? t('activecampaignWizard.mapping.duplicateField') : undefined}
            />
          </Row>
          <Row from={t('leadFields.cnpj')} to={customField}>
            <CustomFieldSelect
              source={t('leadFields.cnpj')}
              value={draft.cnpjField}
              onChange={(cnpjField) => patch({ cnpjField })}
              options={options}
              suggestedTitle="CNPJ"
              onCreated={onCreated}
              error={isDuplicate(draft.cnpjField) ? t('activecampaignWizard.mapping.duplicateField') : undefined}
            />
          </Row>
          {draft.extraMappings.map((row, index) => (
            <ExtraMappingRow
              key={row.rowId}
              row={row}
              index={index}
              options={options}
              onCreated={onCreated}
              duplicate={isDuplicate(row.field)}
              onChange={(next) =>
                patch({ extraMappings: draft.extraMappings.map((r) => (r.rowId === row.rowId ? next : r)) })
              }
              onRemove={() => patch({ extraMappings: draft.extraMappings.filter((r) => r.rowId !== row.rowId) })}
            />
          ))}
        </Table.Tbody>
      </Table>
      <Button
        variant="light"
        leftSection={<IconPlus size={16} />}
        style={{ alignSelf: 'flex-start' }}
        onClick={() =>
          patch({
            extraMappings: [...draft.extraMappings, { rowId: newRowId(), kind: 'jobTitle', key: '', field: null }],
          })
        }
      >
        {t('activecampaignWizard.mapping.add')}
      </Button>
    </Stack>
  );
}
