import { ActionIcon, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { fieldKey } from '#contract';

export interface CustomRow {
  id: number;
  key: string;
  value: string;
}

interface CustomFieldsProps {
  rows: CustomRow[];
  onChange: (rows: CustomRow[]) => void;
  error?: string;
}

let nextId = 1;
export const newCustomRow = (): CustomRow => ({ id: nextId++, key: '', value: '' });

/** Key/value pairs stored as `custom.<key>`; the key the rules will see is shown as it is typed. */
export function CustomFields({ rows, onChange, error }: CustomFieldsProps) {
  const { t } = useTranslation();
  const patch = (id: number, change: Partial<CustomRow>) =>
    onChange(rows.map((r) => (r.id === id ? { ...r, ...change } : r)));
  return (
    <Stack gap="xs">
      <div>
        <Text size="sm" fw={500}>
          {t('leads.form.custom.title')}
        </Text>
        <Text size="xs" c="dimmed">
          {t('leads.form.custom.hint')}
        </Text>
      </div>
      {rows.map((row, index) => {
        const key = fieldKey(row.key);
        return (
          <Group key={row.id} align="flex-start" gap="xs" wrap="nowrap">
            <TextInput
              aria-label={`${t('leads.form.custom.key')} ${index + 1}`}
              placeholder={t('leads.form.custom.key')}
              value={row.key}
              onChange={(e) => patch(row.id, { key: e.currentTarget.value })}
              description={key !== '' && key !== row.key ? t('leads.form.custom.keyHint', { key }) : undefined}
              inputWrapperOrder={['label', 'input', 'description', 'error']}
              w={200}
            />
            <TextInput
              aria-label={`${t('leads.form.custom.value')} ${index + 1}`}
              placeholder={t('leads.form.custom.value')}
              value={row.value}
              onChange={(e) => patch(row.id, { value: e.currentTarget.value })}
              style={{ flex: 1 }}
            />
            <ActionIcon
              variant="subtle"
              color="gray"
              size="lg"
              aria-label={t('leads.form.custom.remove')}
              onClick={() => onChange(rows.filter((r) => r.id !== row.id))}
            >
              <IconTrash size={16} />
            </ActionIcon>
          </Group>
        );
      })}
      {error && (
        <Text size="xs" c="red">
          {error}
        </Text>
      )}
      <Group>
        <Button
          variant="subtle"
          size="xs"
          leftSection={<IconPlus size={14} />}
          onClick={() => onChange([...rows, newCustomRow()])}
        >
          {t('leads.form.custom.add')}
        </Button>
      </Group>
    </Stack>
  );
}
