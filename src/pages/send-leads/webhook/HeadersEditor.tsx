import { ActionIcon, Button, Checkbox, Group, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { headerRow, type HeaderRow } from './draft';
import { headerProblems } from './validate';

interface HeadersEditorProps {
  rows: HeaderRow[];
  onChange: (rows: HeaderRow[]) => void;
}

/** Extra request headers; a secret one is typed like a password and kept in the vault. */
export function HeadersEditor({ rows, onChange }: HeadersEditorProps) {
  const { t } = useTranslation();
  const problems = headerProblems(rows);
  const update = (index: number, changes: Partial<HeaderRow>): void =>
    onChange(rows.map((row, i) => (i === index ? { ...row, ...changes } : row)));

  return (
    <Stack gap="sm">
      {rows.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('webhookWizard.endpoint.noHeaders')}
        </Text>
      )}
      {rows.map((row, index) => {
        const number = index + 1;
        const problem = problems[index];
        // A name is only judged once typed, so a fresh row does not start in red.
        const nameError = row.name !== '' && problem?.name ? t(`webhookWizard.headerProblems.${problem.name}`) : null;
        const valueError = problem?.value ? t(`webhookWizard.headerProblems.${problem.value}`) : null;
        const ValueInput = row.secret ? PasswordInput : TextInput;
        return (
          <Group key={row.rowId} align="flex-start" gap="sm" wrap="nowrap" data-testid="header-row">
            <TextInput
              aria-label={t('webhookWizard.endpoint.headerName', { number })}
              placeholder="Authorization"
              value={row.name}
              onChange={(e) => update(index, { name: e.currentTarget.value })}
              error={nameError}
              w={220}
              ff="monospace"
            />
            <ValueInput
              aria-label={t('webhookWizard.endpoint.headerValue', { number })}
              value={row.value}
              onChange={(e) => update(index, { value: e.currentTarget.value })}
              placeholder={
                row.secret && row.hint ? t('webhookWizard.endpoint.secretStored', { hint: row.hint }) : undefined
              }
              error={row.value === '' && problem?.value === 'required' ? null : valueError}
              style={{ flex: 1 }}
              ff="monospace"
            />
            <Checkbox
              mt={8}
              label={t('webhookWizard.endpoint.headerSecret')}
              aria-label={t('webhookWizard.endpoint.headerSecretLabel', { number })}
              checked={row.secret}
              onChange={(e) => update(index, { secret: e.currentTarget.checked, hint: null })}
            />
            <ActionIcon
              variant="subtle"
              color="gray"
              mt={4}
              aria-label={t('webhookWizard.endpoint.removeHeader', { number })}
              onClick={() => onChange(rows.filter((_, i) => i !== index))}
            >
              <IconTrash size={16} />
            </ActionIcon>
          </Group>
        );
      })}
      <Group>
        <Button
          variant="default"
          size="xs"
          leftSection={<IconPlus size={14} />}
          onClick={() => onChange([...rows, headerRow()])}
        >
          {t('webhookWizard.endpoint.addHeader')}
        </Button>
      </Group>
    </Stack>
  );
}
