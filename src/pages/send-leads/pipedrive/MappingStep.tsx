import { Checkbox, Select, Stack, Text } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { PipedriveFieldView } from '#contract';
import { getApi } from '../../../api';
import { useLeadValueLabel } from '../../../i18n/lead-fields/value-label';
import { connectionOf } from '../shared/crm-draft';
import { namedClearButton } from '../shared/named-pills';
import { fillSuggested } from '../shared/suggest-rows';
import { CrmMappingRows } from '../shared/CrmMappingRows';
import { useApiQuery } from '../use-api-query';
import { fieldRow } from './draft';
import { usePipedriveErrorText } from './error-text';
import { LabelsSection } from './LabelsSection';
import { usePipedriveDraft, usePipedrivePatch, usePipedriveWizard } from './store';

const SOURCES = [
  'score',
  'scoreRange',
  'cnpj',
  'jobTitle',
  'city',
  'state',
  'source',
  'utm.source',
  'utm.medium',
  'utm.campaign',
] as const;
/** A new integration's score, range and CNPJ rows take the person fields of those names, once. */
function useSuggestedFields(answered: readonly PipedriveFieldView[] | null): void {
  useEffect(() => {
    const { draft, patch } = usePipedriveWizard.getState();
    if (answered === null || !draft || draft.fieldsSuggested) return;
    const targets = fillSuggested(
      draft.fields.map((row) => ({ source: row.source, target: row.field })),
      answered.filter((f) => f.custom),
      (f) => [f.name],
      (f) => ({ key: f.key, name: f.name, type: f.type }),
      (a, b) => a.key === b.key,
    );
    patch(
      { fields: draft.fields.map((row, i) => ({ ...row, field: targets[i] ?? null })), fieldsSuggested: true },
      'auto',
    );
  }, [answered]);
}

function Switches() {
  const { t } = useTranslation();
  const draft = usePipedriveDraft();
  const patch = usePipedrivePatch();
  return (
    <Stack gap="sm">
      <Checkbox
        label={t('leadFields.phone')}
        checked={draft.phone}
        onChange={(e) => patch({ phone: e.currentTarget.checked })}
      />
      <Checkbox
        label={t('pipedriveWizard.mapping.organization')}
        description={t('pipedriveWizard.mapping.organizationHint')}
        checked={draft.organization}
        onChange={(e) => patch({ organization: e.currentTarget.checked })}
      />
    </Stack>
  );
}

/** Person: phone and organization switches, lead values into custom fields by key, then the labels. */
export function MappingStep() {
  const { t } = useTranslation();
  const draft = usePipedriveDraft();
  const patch = usePipedrivePatch();
  const errorText = usePipedriveErrorText();
  const connection = connectionOf(draft);
  const fields = useApiQuery(JSON.stringify(connection), () => getApi().invoke('pipedrive:personFields', connection));
  useSuggestedFields(fields.status === 'ok' ? fields.value : null);
  const list: PipedriveFieldView[] = (fields.status === 'ok' ? fields.value : (fields.last ?? [])).filter(
    (f) => f.custom,
  );
  const options = list.map((f) => ({ value: f.key, label: f.name }));

  const sourceLabel = useLeadValueLabel();

  return (
    <Stack gap="xl">
      <Text size="sm" c="dimmed" maw={720}>
        {t('pipedriveWizard.mapping.intro')}
      </Text>
      <Switches />
      <CrmMappingRows
        ns="pipedriveWizard"
        title={t('pipedriveWizard.mapping.fields')}
        rowTestId="field-row"
        sources={SOURCES}
        sourceLabel={sourceLabel}
        sourceWidth={220}
        lookup={fields}
        errorText={errorText}
        notice={
          fields.status === 'ok' &&
          list.length === 0 && (
            <Text size="sm" c="dimmed">
              {t('pipedriveWizard.mapping.noFields')}
            </Text>
          )
        }
        rows={draft.fields}
        onRows={(rows) => patch({ fields: rows })}
        newRow={() => fieldRow('utm.source')}
        renderTarget={(row, replace) => (
          <Select
            label={t('pipedriveWizard.mapping.field')}
            placeholder={t('pipedriveWizard.mapping.pick')}
            data={
              row.field && !options.some((o) => o.value === row.field?.key)
                ? [...options, { value: row.field.key, label: row.field.name }]
                : options
            }
            value={row.field?.key ?? null}
            onChange={(value) => {
              const picked = list.find((f) => f.key === value);
              replace({ ...row, field: picked ? { key: picked.key, name: picked.name, type: picked.type } : null });
            }}
            searchable
            clearable
            clearButtonProps={namedClearButton(
              t('sendLeadsWizard.clear', { name: `${t('pipedriveWizard.mapping.field')}: ${sourceLabel(row.source)}` }),
            )}
            w={300}
            aria-label={`${t('pipedriveWizard.mapping.field')}: ${sourceLabel(row.source)}`}
          />
        )}
      />
      <LabelsSection />
    </Stack>
  );
}
