import { Checkbox, Paper, Stack, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_DISQUALIFY, DISQUALIFIERS, type Disqualify } from '#contract';

/**
 * Bad data that keeps a lead from being sent whatever its score: all on in a new profile, each one
 * the agency's to turn off.
 */
export function DisqualifySection({
  value,
  onChange,
}: {
  value: Partial<Disqualify> | undefined;
  onChange: (disqualify: Disqualify) => void;
}) {
  const { t } = useTranslation();
  const titleId = useId();
  const current: Disqualify = { ...DEFAULT_DISQUALIFY, ...value };
  return (
    <Paper withBorder p="md" radius="md" role="group" aria-labelledby={titleId} data-testid="disqualify">
      <Title order={3} size="h5" id={titleId}>
        {t('scoring.disqualify.title')}
      </Title>
      <Text size="xs" c="dimmed" mb="md">
        {t('scoring.disqualify.description')}
      </Text>
      <Stack gap="xs">
        {DISQUALIFIERS.map((key) => (
          <Checkbox
            key={key}
            checked={current[key]}
            onChange={(e) => onChange({ ...current, [key]: e.currentTarget.checked })}
            label={t(`scoring.disqualify.options.${key}`)}
          />
        ))}
      </Stack>
      {!DISQUALIFIERS.every((key) => current[key]) && (
        <Text size="xs" c="orange" mt="sm" data-testid="disqualify-off">
          {t('scoring.disqualify.someOff')}
        </Text>
      )}
    </Paper>
  );
}
