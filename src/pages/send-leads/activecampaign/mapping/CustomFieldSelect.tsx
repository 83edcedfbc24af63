import { Button, Group, Popover, Select, Stack, TextInput } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppErrorPayload } from '#contract';
import { getApi } from '../../../../api';
import { useIntegrationErrorText } from '../../../../i18n/integration-errors';
import { namedClearButton } from '../../shared/named-pills';
import { connectionOf, type FieldRef } from '../draft';
import { useActiveCampaignWizard } from '../store';

interface CustomFieldSelectProps {
  /** What this field receives, e.g. "Score": names the select and the create button. */
  source: string;
  value: FieldRef | null;
  onChange: (field: FieldRef | null) => void;
  options: FieldRef[];
  /** A title to start from when creating, e.g. "Lead Score". */
  suggestedTitle: string;
  onCreated: (field: FieldRef) => void;
  error?: string | undefined;
}

function CreateFieldForm({ initial, onDone }: { initial: string; onDone: (field: FieldRef | null) => void }) {
  const { t } = useTranslation();
  const { text } = useIntegrationErrorText('activecampaign');
  const [title, setTitle] = useState(initial);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppErrorPayload | null>(null);

  async function submit(event: FormEvent<HTMLFormElement>): Promise<void> {
    // A nested form inside the wizard: keep the submit from reaching anything else.
    event.preventDefault();
    event.stopPropagation();
    const draft = useActiveCampaignWizard.getState().draft;
    if (!draft || title.trim() === '') return;
    setBusy(true);
    const result = await getApi().invoke('activecampaign:createField', { ...connectionOf(draft), title, type: 'text' });
    setBusy(false);
    if (result.ok) onDone({ id: result.value.field.id, title: result.value.field.title });
    else setError(result.error);
  }

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <Stack gap="xs" w={280}>
        <TextInput
          label={t('activecampaignWizard.mapping.newFieldTitle')}
          description={t('activecampaignWizard.mapping.newFieldHint')}
          value={title}
          onChange={(event) => {
            setTitle(event.currentTarget.value);
            setError(null);
          }}
          error={error ? text(error) : undefined}
          data-autofocus
          autoComplete="off"
        />
        <Group justify="flex-end" gap="xs">
          <Button variant="default" size="xs" onClick={() => onDone(null)}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" size="xs" loading={busy} disabled={title.trim() === ''}>
            {t('activecampaignWizard.mapping.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Picks a custom field for one lead value, or creates one in ActiveCampaign on the spot. */
export function CustomFieldSelect({
  source,
  value,
  onChange,
  options,
  suggestedTitle,
  onCreated,
  error,
}: CustomFieldSelectProps) {
  const { t } = useTranslation();
  const [creating, setCreating] = useState(false);
  const selectLabel = t('activecampaignWizard.mapping.fieldFor', { source });
  const titles = new Map(options.map((f) => [f.id, f.title]));
  if (value && !titles.has(value.id)) titles.set(value.id, value.title);

  return (
    <Group gap="xs" wrap="nowrap" align="flex-start">
      <Select
        aria-label={selectLabel}
        placeholder={t('activecampaignWizard.mapping.notSent')}
        data={[...titles].map(([id, title]) => ({ value: id, label: title }))}
        value={value?.id ?? null}
        onChange={(id) => onChange(id ? { id, title: titles.get(id) ?? id } : null)}
        searchable
        clearable
        clearButtonProps={namedClearButton(t('sendLeadsWizard.clear', { name: selectLabel }))}
        nothingFoundMessage={t('activecampaignWizard.mapping.noField')}
        error={error}
        style={{ flex: 1, minWidth: 0 }}
        maw={300}
        comboboxProps={{ shadow: 'md' }}
      />
      <Popover opened={creating} onChange={setCreating} trapFocus position="bottom-end" shadow="md" withArrow>
        <Popover.Target>
          <Button
            variant="default"
            px="sm"
            style={{ flexShrink: 0 }}
            leftSection={<IconPlus size={14} />}
            aria-label={t('activecampaignWizard.mapping.newFieldFor', { source })}
            onClick={() => setCreating((open) => !open)}
          >
            {t('activecampaignWizard.mapping.newField')}
          </Button>
        </Popover.Target>
        <Popover.Dropdown>
          {creating && (
            <CreateFieldForm
              initial={suggestedTitle}
              onDone={(field) => {
                setCreating(false);
                if (!field) return;
                onCreated(field);
                onChange(field);
              }}
            />
          )}
        </Popover.Dropdown>
      </Popover>
    </Group>
  );
}
