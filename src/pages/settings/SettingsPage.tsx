import { Center, Container, Loader, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { usePreferences } from '../../stores/preferences';
import { AboutCard } from './AboutCard';
import { BackupsCard } from './backups/BackupsCard';
import { WorkspaceCard } from './backups/WorkspaceCard';
import { DesktopCard } from './DesktopCard';
import { OAuthAppsCard } from './OAuthAppsCard';
import { PreferencesCard } from './PreferencesCard';
import { RetentionCard } from './RetentionCard';

export function SettingsPage() {
  const { t } = useTranslation();
  const { prefs, info, error, load } = usePreferences();
  return (
    <Container size="md" px={0}>
      <PageHeader title={t('settings.title')} subtitle={t('settings.subtitle')} />
      <Stack gap="lg">
        {prefs ? (
          <PreferencesCard prefs={prefs} />
        ) : error ? (
          <ErrorAlert error={error} onRetry={() => void load()} />
        ) : (
          <Center>
            <Loader size="sm" />
          </Center>
        )}
        {info && <DesktopCard host={info.host} />}
        {info && <BackupsCard host={info.host} />}
        {info && <WorkspaceCard host={info.host} />}
        <RetentionCard />
        <OAuthAppsCard />
        {info && <AboutCard info={info} />}
      </Stack>
    </Container>
  );
}
