import { Alert, Button, Checkbox, Group, Paper, Stack, Switch, Text, Title } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notificationKinds, type AppErrorPayload, type DesktopSettings, type DesktopSettingsPatch } from '#contract';
import { getApi } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useSending } from '../../stores/sending';

/** Pause or resume all sending: the same switch as the tray's, for either host. */
function SendingSection() {
  const { t, i18n } = useTranslation();
  const { pause, busy, error, set } = useSending();
  const since =
    pause?.pausedAt != null
      ? new Intl.DateTimeFormat(i18n.language, { dateStyle: 'short', timeStyle: 'short' }).format(pause.pausedAt)
      : '';
  return (
    <Stack gap="xs">
      <Text fw={600} size="sm">
        {t('desktop.sending.title')}
      </Text>
      {error && <ErrorAlert error={error} />}
      <Group justify="space-between">
        <Text size="sm" c="dimmed">
          {pause?.paused ? t('desktop.sending.pausedSince', { time: since }) : t('desktop.sending.running')}
        </Text>
        <Button
          size="xs"
          variant={pause?.paused ? 'filled' : 'default'}
          loading={busy}
          disabled={pause === null}
          onClick={() => void set(!pause?.paused)}
        >
          {pause?.paused ? t('desktop.sending.resume') : t('desktop.sending.pause')}
        </Button>
      </Group>
    </Stack>
  );
}

/** What the desktop app does with its window closed and which problems it announces. */
function DesktopSettingsSection() {
  const { t } = useTranslation();
  const [settings, setSettings] = useState<DesktopSettings | null>(null);
  const [error, setError] = useState<AppErrorPayload | null>(null);

  useEffect(() => {
    const api = getApi();
    void api.invoke('desktop:getSettings', {}).then((r) => (r.ok ? setSettings(r.value) : setError(r.error)));
    return api.on('desktop:settingsChanged', setSettings);
  }, []);

  async function update(patch: DesktopSettingsPatch) {
    const result = await getApi().invoke('desktop:updateSettings', patch);
    if (result.ok) {
      setSettings(result.value);
      setError(null);
    } else setError(result.error);
  }

  if (!settings) return error ? <ErrorAlert error={error} /> : null;
  return (
    <Stack gap="md">
      {error && <ErrorAlert error={error} onClose={() => setError(null)} />}
      <Switch
        label={t('desktop.settings.closeToTray')}
        description={t('desktop.settings.closeToTrayHint')}
        checked={settings.closeToTray}
        onChange={(e) => void update({ closeToTray: e.currentTarget.checked })}
      />
      <Switch
        label={t('desktop.settings.openAtLogin')}
        description={t('desktop.settings.openAtLoginHint')}
        checked={settings.openAtLogin}
        onChange={(e) => void update({ openAtLogin: e.currentTarget.checked, openAtLoginProposed: true })}
      />
      <Checkbox.Group
        label={t('desktop.settings.notifications')}
        description={t('desktop.settings.notificationsHint')}
        value={notificationKinds.filter((kind) => settings.notifications[kind])}
        onChange={(values) =>
          void update({
            notifications: Object.fromEntries(notificationKinds.map((kind) => [kind, values.includes(kind)])),
          })
        }
      >
        <Stack gap="xs" mt="xs">
          {notificationKinds.map((kind) => (
            <Checkbox key={kind} value={kind} label={t(`desktop.settings.kinds.${kind}`)} />
          ))}
        </Stack>
      </Checkbox.Group>
    </Stack>
  );
}

/** Settings → Desktop app: sending on or paused, and (in the desktop app) tray, login and notifications. */
export function DesktopCard({ host }: { host: 'electron' | 'headless' }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="lg" role="region" aria-label={t('desktop.settings.title')}>
      <Stack gap="lg">
        <div>
          <Title order={2} size="h4">
            {t('desktop.settings.title')}
          </Title>
          <Text size="sm" c="dimmed" mt={4}>
            {t('desktop.settings.description')}
          </Text>
        </div>
        <SendingSection />
        {host === 'electron' ? (
          <DesktopSettingsSection />
        ) : (
          <Alert color="gray" variant="light" icon={<IconInfoCircle size={18} />}>
            {t('desktop.settings.headless')}
          </Alert>
        )}
      </Stack>
    </Paper>
  );
}
