import { Alert, Button, Group, Text } from '@mantine/core';
import { IconPlayerPause } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useSending } from '../stores/sending';

/** While all sending is paused (from the tray or Settings), every page says so and offers to resume. */
export function SendingPausedBanner() {
  const { t, i18n } = useTranslation();
  const { pause, busy, set } = useSending();
  if (!pause?.paused) return null;
  const since = pause.pausedAt
    ? new Intl.DateTimeFormat(i18n.language, { dateStyle: 'short', timeStyle: 'short' }).format(pause.pausedAt)
    : '';
  return (
    <Alert color="yellow" variant="light" mb="lg" icon={<IconPlayerPause size={18} />} role="status">
      <Group justify="space-between" wrap="nowrap">
        <Text size="sm">{t('desktop.sending.pausedSince', { time: since })}</Text>
        <Button size="xs" variant="white" loading={busy} onClick={() => void set(false)}>
          {t('desktop.sending.resume')}
        </Button>
      </Group>
    </Alert>
  );
}
