import { ActionIcon, Button, Checkbox, Group, Loader, Select, Stack, Text, Title, Tooltip } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { LeadFieldSource, PipedriveFieldView } from '../../../../electron/contract';
import { getApi } from '../../../api';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useApiQuery } from '../use-api-query';
import { connectionOf, fieldRow, type FieldRow } from './draft';
import { usePipedriveErrorText } from './error-text';
import { LabelsSection } from './LabelsSection';
import { usePipedriveDraft, usePipedrivePatch } from './store';

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
type Source = (typeof SOURCES)[number];

function isSource(value: string): value is Source {
  return (SOURCES as readonly string[]).includes(value);
}

function Switches() {
  const { t } = useTranslation();
  const draft = usePipedriveDraft();
  const patch = usePipedrivePatch();
  return (
    <Stack gap="sm">
      <Checkbox
        label={t('pipedriveWizard.mapping.phone')}
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
  const list: PipedriveFieldView[] = (fields.status === 'ok' ? fields.value : (fields.last ?? [])).filter(
    (f) => f.custom,
  );
  const options = list.map((f) => ({ value: f.key, label: f.name }));

  function update(rowId: string, changes: Partial<FieldRow>): void {
    patch({ fields: draft.fields.map((r) => (r.rowId === rowId ? { ...r, ...changes } : r)) });
  }

  const sourceLabel = (source: LeadFieldSource) =>
    isSource(source) ? t(`pipedriveWizard.mapping.sources.${source}`) : source;

  return (
    <Stack gap="xl">
      <Text size="sm" c="dimmed" maw={720}>
        {t('pipedriveWizard.mapping.intro')}
      </Text>
      <Switches />
      <Stack gap="sm">
        <Title order={3} size="h5">
          {t('pipedriveWizard.mapping.fields')}
        </Title>
        {fields.status === 'loading' && fields.last === undefined && (
          <Group gap="xs" role="status">
            <Loader size="xs" />
            <Text size="sm">{t('pipedriveWizard.mapping.loading')}</Text>
          </Group>
        )}
        {fields.status === 'error' && (
          <ErrorAlert error={fields.error} message={errorText(fields.error)} onRetry={fields.reload} />
        )}
        {fields.status === 'ok' && list.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('pipedriveWizard.mapping.noFields')}
          </Text>
        )}
        {draft.fields.map((row) => (
          <Group key={row.rowId} gap="sm" align="flex-end" wrap="nowrap" data-testid="field-row">
            <Select
              label={t('pipedriveWizard.mapping.source')}
              data={SOURCES.map((s) => ({ value: s, label: sourceLabel(s) }))}
              value={row.source}
              onChange={(value) => value && update(row.rowId, { source: value })}
              allowDeselect={false}
              w={220}
            />
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
                update(row.rowId, { field: picked ? { key: picked.key, name: picked.name, type: picked.type } : null });
              }}
              searchable
              clearable
              w={300}
              aria-label={`${t('pipedriveWizard.mapping.field')}: ${sourceLabel(row.source)}`}
            />
            <Tooltip label={t('pipedriveWizard.mapping.remove')}>
              <ActionIcon
                variant="subtle"
                color="gray"
                size="lg"
                aria-label={`${t('pipedriveWizard.mapping.remove')}: ${sourceLabel(row.source)}`}
                onClick={() => patch({ fields: draft.fields.filter((r) => r.rowId !== row.rowId) })}
              >
                <IconTrash size={16} />
              </ActionIcon>
            </Tooltip>
          </Group>
        ))}
        <Group>
          <Button
            variant="subtle"
            leftSection={<IconPlus size={16} />}
            onClick={() => patch({ fields: [...draft.fields, fieldRow('utm.source')] })}
          >
            {t('pipedriveWizard.mapping.add')}
          </Button>
        </Group>
      </Stack>
      <LabelsSection />
    </Stack>
  );
}
