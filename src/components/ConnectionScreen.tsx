import { Button, Center, Code, Loader, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconKeyOff, IconLockX, IconPlugConnectedX } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConnectionState } from '../api';
import { LogoMark } from './Logo';
import { ReconnectCountdown } from './ReconnectCountdown';

const EXAMPLE_LINE = 'Zero Bad Leads is running at http://127.0.0.1:PORT/#token=…';

function PrintedUrlHint() {
  const { t } = useTranslation();
  return (
    <Stack gap="xs">
      <Text fw={600} size="sm">
        {t('connection.openPrinted')}
      </Text>
      <Text size="sm" c="dimmed">
        {t('connection.printedHint')}
      </Text>
      <Code block>{EXAMPLE_LINE}</Code>
    </Stack>
  );
}

function Frame({ children }: { children: ReactNode }) {
  return (
    <Center mih="100vh" p="xl" bg="var(--zbl-canvas)">
      <Paper withBorder shadow="sm" p="xl" maw={560} w="100%">
        {children}
      </Paper>
    </Center>
  );
}

/** Full-page states for when the page cannot reach the core at all (never connected, or refused). */
export function ConnectionScreen({ state, onRetry }: { state: ConnectionState; onRetry: () => void }) {
  const { t } = useTranslation();

  if (state.status === 'connecting' || state.status === 'open') {
    return (
      <Center mih="100vh">
        <Stack align="center" gap="md">
          <LogoMark size={48} />
          <Loader size="sm" />
          <Text c="dimmed" size="sm" role="status">
            {t('connection.connecting')}
          </Text>
        </Stack>
      </Center>
    );
  }

  if (state.status === 'missing_token') {
    return (
      <Frame>
        <Stack gap="lg" data-testid="connection-missing-token">
          <ThemeIcon size={48} radius="xl" variant="light" color="orange">
            <IconKeyOff size={26} />
          </ThemeIcon>
          <Stack gap={6}>
            <Title order={1} size="h3">
              {t('connection.missingToken.title')}
            </Title>
            <Text>{t('connection.missingToken.body')}</Text>
          </Stack>
          <PrintedUrlHint />
        </Stack>
      </Frame>
    );
  }

  if (state.status === 'rejected') {
    return (
      <Frame>
        <Stack gap="lg" data-testid="connection-rejected">
          <ThemeIcon size={48} radius="xl" variant="light" color="red">
            <IconLockX size={26} />
          </ThemeIcon>
          <Stack gap={6}>
            <Title order={1} size="h3">
              {t('connection.rejected.title')}
            </Title>
            <Text>{t('connection.rejected.body')}</Text>
          </Stack>
          <PrintedUrlHint />
          <Button variant="light" onClick={onRetry} style={{ alignSelf: 'flex-start' }}>
            {t('connection.rejected.retry')}
          </Button>
        </Stack>
      </Frame>
    );
  }

  return (
    <Frame>
      <Stack gap="lg" data-testid="connection-lost">
        <ThemeIcon size={48} radius="xl" variant="light" color="gray">
          <IconPlugConnectedX size={26} />
        </ThemeIcon>
        <Stack gap={6}>
          <Title order={1} size="h3">
            {t('connection.lost.title')}
          </Title>
          <Text>{t('connection.lost.body')}</Text>
          <ReconnectCountdown retryAt={state.retryAt} />
        </Stack>
        <PrintedUrlHint />
        <Button variant="light" onClick={onRetry} style={{ alignSelf: 'flex-start' }}>
          {t('connection.lost.retry')}
        </Button>
      </Stack>
    </Frame>
  );
}
