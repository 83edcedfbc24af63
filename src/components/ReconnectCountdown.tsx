import { Group, Loader, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** Ticks once a second so the user sees that something is happening while the app is away. */
export function ReconnectCountdown({ retryAt }: { retryAt: number }) {
  const { t } = useTranslation();
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(id);
  }, []);
  const seconds = Math.ceil((retryAt - now) / 1000);
  return (
    <Group gap="xs" role="status">
      <Loader size={14} />
      <Text size="sm" c="dimmed">
        {seconds > 0 ? t('connection.lost.retryIn', { seconds }) : t('connection.lost.retrying')}
      </Text>
    </Group>
  );
}
