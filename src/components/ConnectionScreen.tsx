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

/** One problem screen: an icon, what happened, how to get back in, and an optional retry. */
function Problem(props: {
  testId: string;
  color: string;
  icon: ReactNode;
  title: string;
  body: string;
  extra?: ReactNode;
  retry?: { label: string; onClick: () => void };
}) {
  return (
    <Center mih="100vh" p="xl" bg="var(--zbl-canvas)">
      <Paper withBorder shadow="sm" p="xl" maw={560} w="100%">
        <Stack gap="lg" data-testid={props.testId}>
          <ThemeIcon size={48} radius="xl" variant="light" color={props.color}>
            {props.icon}
          </ThemeIcon>
          <Stack gap={6}>
            <Title order={1} size="h3">
              {props.title}
            </Title>
            <Text>{props.body}</Text>
            {props.extra}
          </Stack>
          <PrintedUrlHint />
          {props.retry && (
            <Button variant="light" onClick={props.retry.onClick} style={{ alignSelf: 'flex-start' }}>
              {props.retry.label}
            </Button>
          )}
        </Stack>
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
      <Problem
        testId="connection-missing-token"
        color="orange"
        icon={<IconKeyOff size={26} />}
        title={t('connection.missingToken.title')}
        body={t('connection.missingToken.body')}
      />
    );
  }

  if (state.status === 'rejected') {
    return (
      <Problem
        testId="connection-rejected"
        color="red"
        icon={<IconLockX size={26} />}
        title={t('connection.rejected.title')}
        body={t('connection.rejected.body')}
        retry={{ label: t('connection.rejected.retry'), onClick: onRetry }}
      />
    );
  }

  return (
    <Problem
      testId="connection-lost"
      color="gray"
      icon={<IconPlugConnectedX size={26} />}
      title={t('connection.lost.title')}
      body={t('connection.lost.body')}
      extra={<ReconnectCountdown retryAt={state.retryAt} />}
      retry={{ label: t('connection.lost.retry'), onClick: onRetry }}
    />
  );
}
