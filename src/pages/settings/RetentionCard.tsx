import { Button, Group, NumberInput, Paper, Stack, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RETENTION_DAYS_MAX, RETENTION_DAYS_MIN, type AppErrorPayload } from '#contract';
import { getApi } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';

/** "Keep attempts for N days": how long the calls and responses behind each dispatch are kept. */
export function RetentionCard() {
  const { t } = useTranslation();
  const [stored, setStored] = useState<number | null>(null);
  const [value, setValue] = useState<number | string>('');
  const [error, setError] = useState<AppErrorPayload | null>(null);
  const [saved, setSaved] = useState(false);
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    void getApi()
      .invoke('logs:getRetention', {})
      .then((result) => {
        if (!result.ok) return setError(result.error);
        setStored(result.value.days);
        setValue(result.value.days);
      });
  }, []);

  const days = typeof value === 'number' ? value : Number.NaN;
  const valid = Number.isInteger(days) && days >= RETENTION_DAYS_MIN && days <= RETENTION_DAYS_MAX;

  async function save() {
    if (!valid) return;
    setSaving(true);
    const result = await getApi().invoke('logs:setRetention', { days });
    setSaving(false);
    if (!result.ok) return setError(result.error);
    setError(null);
    setStored(result.value.days);
    setSaved(true);
  }

  return (
    <Paper withBorder p="lg" role="region" aria-label={t('logs.retention.title')}>
      <Stack gap="md">
        <div>
          <Title order={2} size="h4">
            {t('logs.retention.title')}
          </Title>
          <Text size="sm" c="dimmed" mt={4}>
            {t('logs.retention.description')}
          </Text>
        </div>
        {error && <ErrorAlert error={error} onClose={() => setError(null)} />}
        <Group align="flex-end" gap="sm">
          <NumberInput
            label={t('logs.retention.days')}
            description={t('logs.retention.range', { min: RETENTION_DAYS_MIN, max: RETENTION_DAYS_MAX })}
            value={value}
            onChange={(v) => {
              setValue(v);
              setSaved(false);
            }}
            min={RETENTION_DAYS_MIN}
            max={RETENTION_DAYS_MAX}
            allowDecimal={false}
            allowNegative={false}
            clampBehavior="blur"
            error={
              value !== '' && !valid
                ? t('logs.retention.range', { min: RETENTION_DAYS_MIN, max: RETENTION_DAYS_MAX })
                : undefined
            }
            disabled={stored === null}
            w={260}
          />
          <Button onClick={() => void save()} loading={saving} disabled={!valid || days === stored}>
            {t('logs.retention.save')}
          </Button>
        </Group>
        {saved && stored !== null && (
          <Text size="sm" c="teal" role="status">
            {t('logs.retention.saved', { days: stored })}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
