import { Center, Loader, Stack, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppErrorPayload, LeadSettings } from '#contract';
import { getApi } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { AllowlistCard } from './AllowlistCard';
import { IntakeCard } from './IntakeCard';
import { MxCheckCard } from './MxCheckCard';
import { useIntake } from './use-intake';

/** The Leads page's Settings tab: how the client's leads are checked, and the local intake API. */
export function LeadSettingsTab({ clientId }: { clientId: string }) {
  const { t } = useTranslation();
  const [settings, setSettings] = useState<LeadSettings | null>(null);
  const [loadError, setLoadError] = useState<AppErrorPayload | null>(null);
  const [round, setRound] = useState(0);
  const intake = useIntake(clientId);

  useEffect(() => {
    let cancelled = false;
    void getApi()
      .invoke('leads:getSettings', { clientId })
      .then((result) => {
        if (cancelled) return;
        if (result.ok) {
          setSettings(result.value);
          setLoadError(null);
        } else setLoadError(result.error);
      });
    return () => {
      cancelled = true;
    };
  }, [clientId, round]);

  async function save(
    patch: Partial<Pick<LeadSettings, 'emailAllowlist' | 'mxCheck'>>,
  ): Promise<AppErrorPayload | null> {
    if (!settings) return null;
    const result = await getApi().invoke('leads:saveSettings', {
      clientId,
      emailAllowlist: patch.emailAllowlist ?? settings.emailAllowlist,
      mxCheck: patch.mxCheck ?? settings.mxCheck,
    });
    if (!result.ok) return result.error;
    setSettings(result.value);
    return null;
  }

  const current = settings?.clientId === clientId ? settings : null;
  const error = loadError ?? intake.loadError;
  return (
    <Stack gap="lg" data-testid="lead-settings-tab">
      <Text size="sm" c="dimmed" maw={760}>
        {t('leadSettings.intro')}
      </Text>
      {error && (
        <ErrorAlert
          error={error}
          message={t('leadSettings.loadFailed')}
          onRetry={() => {
            setRound((n) => n + 1);
            intake.reload();
          }}
        />
      )}
      {current ? (
        <>
          <AllowlistCard
            // A different client is a different form.
            key={clientId}
            settings={current}
            onSave={(emailAllowlist) => save({ emailAllowlist })}
          />
          <MxCheckCard enabled={current.mxCheck} onSave={(mxCheck) => save({ mxCheck })} />
        </>
      ) : (
        !error && (
          <Center py="xl">
            <Loader size="sm" />
          </Center>
        )
      )}
      <IntakeCard intake={intake} />
    </Stack>
  );
}
