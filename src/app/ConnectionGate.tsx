import { Center, Loader, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import type { AppErrorPayload } from '#contract';
import { useTranslation } from 'react-i18next';
import { ConnectionLostModal } from '../components/ConnectionLostModal';
import { ConnectionScreen } from '../components/ConnectionScreen';
import { RestartingOverlay } from '../components/RestartingOverlay';
import { ErrorAlert } from '../components/ErrorAlert';
import { LogoMark } from '../components/Logo';
import { useClients } from '../stores/clients';
import { useConnection } from '../stores/connection';
import { usePreferences } from '../stores/preferences';
import { useRestarting } from '../stores/restarting';

function Loading({ error, onRetry }: { error: AppErrorPayload | null; onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <Center mih="100vh" p="xl">
      <Stack align="center" gap="md" maw={440}>
        <LogoMark size={48} />
        {error ? (
          <ErrorAlert error={error} onRetry={onRetry} />
        ) : (
          <>
            <Loader size="sm" />
            <Text c="dimmed" size="sm" role="status">
              {t('app.loading')}
            </Text>
          </>
        )}
      </Stack>
    </Center>
  );
}

/** Nothing but connection screens until the core answered once; after that, drops only overlay the app. */
export function ConnectionGate({ children }: { children: ReactNode }) {
  const { state, everOpened, retryNow } = useConnection();
  const prefsLoaded = usePreferences((s) => s.prefs !== null);
  const prefsError = usePreferences((s) => s.error);
  const clientsLoaded = useClients((s) => s.loaded);
  const clientsError = useClients((s) => s.error);
  const restarting = useRestarting((s) => s.reason !== null);

  if (!everOpened || state.status === 'missing_token' || state.status === 'rejected') {
    return <ConnectionScreen state={state} onRetry={retryNow} />;
  }
  if (!prefsLoaded || !clientsLoaded) {
    const error = prefsLoaded ? clientsError : prefsError;
    return (
      <Loading
        error={error}
        onRetry={() => {
          void usePreferences.getState().load();
          void useClients.getState().refresh();
        }}
      />
    );
  }
  return (
    <>
      {children}
      {/* A restart drops the connection on purpose: say that, not "connection lost". */}
      {restarting ? <RestartingOverlay /> : <ConnectionLostModal state={state} onRetry={retryNow} />}
    </>
  );
}
