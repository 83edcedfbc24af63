import { Alert, Paper, Stack, Switch, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconShieldCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppErrorPayload } from '#contract';
import { ErrorAlert } from '../../components/ErrorAlert';

/** The optional DNS lookup of each lead's e-mail domain; saved as soon as it is switched. */
export function MxCheckCard({
  enabled,
  onSave,
}: {
  enabled: boolean;
  onSave: (mxCheck: boolean) => Promise<AppErrorPayload | null>;
}) {
  const { t } = useTranslation();
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<AppErrorPayload | null>(null);

  async function toggle(next: boolean): Promise<void> {
    setSaving(true);
    setFailure(null);
    const error = await onSave(next);
    setSaving(false);
    if (error) setFailure(error);
    else notifications.show({ color: 'teal', message: t(next ? 'leadSettings.mx.on' : 'leadSettings.mx.off') });
  }

  return (
    <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="mx-title">
      <Stack gap="sm">
        <Title order={2} size="h4" id="mx-title">
          {t('leadSettings.mx.title')}
        </Title>
        {failure && <ErrorAlert error={failure} onClose={() => setFailure(null)} />}
        <Switch
          checked={enabled}
          disabled={saving}
          onChange={(e) => void toggle(e.currentTarget.checked)}
          label={t('leadSettings.mx.label')}
          description={t('leadSettings.mx.description')}
          maw={720}
        />
        <Alert variant="light" color="blue" icon={<IconShieldCheck size={18} />} maw={720}>
          {t('leadSettings.mx.neverBlocks')}
        </Alert>
      </Stack>
    </Paper>
  );
}
