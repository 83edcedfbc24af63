import { Button, Checkbox, Select, Stack, Text } from '@mantine/core';
import { IconSparkles } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppErrorPayload, HubspotPropertyView, LeadFieldSource } from '#contract';
import { getApi } from '../../../api';
import { useLeadValueLabel } from '../../../i18n/lead-fields/value-label';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { connectionOf } from '../shared/crm-draft';
import { namedClearButton } from '../shared/named-pills';
import { fillSuggested } from '../shared/suggest-rows';
import { CrmMappingRows } from '../shared/CrmMappingRows';
import { useApiQuery } from '../use-api-query';
import { propertyRow, type PropertyRow } from './draft';
import { useHubspotErrorText } from './error-text';
import { useHubspotDraft, useHubspotPatch, useHubspotWizard } from './store';
import { nameKey } from '../shared/field-match';

const SOURCES = ['score', 'scoreRange', 'cnpj', 'jobTitle', 'city', 'state', 'source'] as const;

/** Rows whose property, when created here, gets a name of its own rather than the field's label. */
const SUGGESTED = ['score', 'scoreRange', 'cnpj', 'source'] as const;

function writable(properties: readonly HubspotPropertyView[]): HubspotPropertyView[] {
  return properties.filter((p) => !p.readOnly && p.name !== 'email');
}

/** A new integration's score, range and CNPJ rows take the portal's properties of those names, once. */
function useSuggestedProperties(answered: readonly HubspotPropertyView[] | null): void {
  useEffect(() => {
    const { draft, patch } = useHubspotWizard.getState();
    if (answered === null || !draft || draft.propertiesSuggested) return;
    const targets = fillSuggested(
      draft.properties.map((row) => ({ source: row.source, target: row.property })),
      writable(answered),
      (p) => [p.label, p.name],
      (p) => ({ name: p.name, label: p.label }),
      (a, b) => a.name === b.name,
    );
    patch(
      {
        properties: draft.properties.map((row, i) => ({ ...row, property: targets[i] ?? null })),
        propertiesSuggested: true,
      },
      'auto',
    );
  }, [answered]);
}

function Switches() {
  const { t } = useTranslation();
  const draft = useHubspotDraft();
  const patch = useHubspotPatch();
  return (
    <Stack gap="sm">
      <Checkbox
        label={t('hubspotWizard.mapping.fullName')}
        description={t('hubspotWizard.mapping.fullNameHint')}
        checked={draft.fullName}
        onChange={(e) => patch({ fullName: e.currentTarget.checked })}
      />
      <Checkbox
        label={t('leadFields.phone')}
        checked={draft.phone}
        onChange={(e) => patch({ phone: e.currentTarget.checked })}
      />
      <Checkbox
        label={t('hubspotWizard.mapping.company')}
        checked={draft.company}
        onChange={(e) => patch({ company: e.currentTarget.checked })}
      />
      <Checkbox
        label={t('hubspotWizard.mapping.associateCompany')}
        description={t('hubspotWizard.mapping.associateCompanyHint')}
        checked={draft.associateCompany}
        onChange={(e) => patch({ associateCompany: e.currentTarget.checked })}
      />
    </Stack>
  );
}

/** Contact: name, phone and company switches, then lead values into contact properties, created here if need be. */
export function MappingStep() {
  const { t } = useTranslation();
  const draft = useHubspotDraft();
  const patch = useHubspotPatch();
  const errorText = useHubspotErrorText();
  const connection = connectionOf(draft);
  const properties = useApiQuery(JSON.stringify(connection), () => getApi().invoke('hubspot:properties', connection));
  const [creating, setCreating] = useState<string | null>(null);
  const [createError, setCreateError] = useState<AppErrorPayload | null>(null);
  useSuggestedProperties(properties.status === 'ok' ? properties.value : null);
  const list = writable(properties.status === 'ok' ? properties.value : (properties.last ?? []));
  const options = list.map((p) => ({ value: p.name, label: `${p.label} (${p.name})` }));

  const sourceLabel = useLeadValueLabel();
  const suggestedLabel = (source: LeadFieldSource) =>
    (SUGGESTED as readonly string[]).includes(source)
      ? t(`hubspotWizard.mapping.suggested.${source as (typeof SUGGESTED)[number]}`)
      : sourceLabel(source);

  async function create(row: PropertyRow, replace: (next: PropertyRow) => void): Promise<void> {
    const label = suggestedLabel(row.source);
    setCreating(row.rowId);
    setCreateError(null);
    const result = await getApi().invoke('hubspot:createProperty', {
      ...connection,
      label,
      type: row.source === 'score' ? 'number' : 'string',
    });
    setCreating(null);
    if (!result.ok) {
      setCreateError(result.error);
      return;
    }
    const { name, label: created } = result.value.property;
    replace({ ...row, property: { name, label: created } });
    properties.reload();
  }

  return (
    <Stack gap="xl">
      <Text size="sm" c="dimmed" maw={720}>
        {t('hubspotWizard.mapping.intro')}
      </Text>
      <Switches />
      <CrmMappingRows
        ns="hubspotWizard"
        title={t('hubspotWizard.mapping.properties')}
        rowTestId="property-row"
        sources={SOURCES}
        sourceLabel={sourceLabel}
        sourceWidth={200}
        lookup={properties}
        errorText={errorText}
        rows={draft.properties}
        onRows={(rows) => patch({ properties: rows })}
        newRow={() => propertyRow('jobTitle')}
        renderTarget={(row, replace) => (
          <>
            <Select
              label={t('hubspotWizard.mapping.property')}
              placeholder={t('hubspotWizard.mapping.pick')}
              data={
                row.property && !options.some((o) => o.value === row.property?.name)
                  ? [...options, { value: row.property.name, label: `${row.property.label} (${row.property.name})` }]
                  : options
              }
              value={row.property?.name ?? null}
              onChange={(value) => {
                const picked = list.find((p) => p.name === value);
                replace({ ...row, property: picked ? { name: picked.name, label: picked.label } : null });
              }}
              searchable
              clearable
              clearButtonProps={namedClearButton(
                t('sendLeadsWizard.clear', {
                  name: `${t('hubspotWizard.mapping.property')}: ${sourceLabel(row.source)}`,
                }),
              )}
              // Takes what the row leaves, so the "Create …" button beside it is never cut.
              style={{ flex: 1, minWidth: 180 }}
              aria-label={`${t('hubspotWizard.mapping.property')}: ${sourceLabel(row.source)}`}
            />
            {!row.property &&
              (() => {
                // A property of that name already exists: offer it rather than a second one HubSpot would refuse.
                const same = list.find((p) => nameKey(p.label) === nameKey(suggestedLabel(row.source)));
                return same ? (
                  <Button
                    variant="light"
                    onClick={() => replace({ ...row, property: { name: same.name, label: same.label } })}
                  >
                    {t('hubspotWizard.mapping.useExisting', { label: same.label })}
                  </Button>
                ) : (
                  <Button
                    variant="light"
                    color="orange"
                    style={{ flexShrink: 0 }}
                    leftSection={<IconSparkles size={16} />}
                    loading={creating === row.rowId}
                    onClick={() => void create(row, replace)}
                  >
                    {t('hubspotWizard.mapping.create', { label: suggestedLabel(row.source) })}
                  </Button>
                );
              })()}
          </>
        )}
        footer={
          createError && (
            <ErrorAlert error={createError} message={errorText(createError)} onClose={() => setCreateError(null)} />
          )
        }
      />
    </Stack>
  );
}
