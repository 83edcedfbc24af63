import { Center, Loader, Overlay, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useRestarting } from '../stores/restarting';

/** Over everything while the core reopens on restored data: nothing underneath can be used meanwhile. */
export function RestartingOverlay() {
  const { t } = useTranslation();
  const reason = useRestarting((s) => s.reason);
  if (!reason) return null;
  return (
    <Overlay fixed zIndex={1000} backgroundOpacity={0.55} blur={2}>
      <Center h="100%">
        <Paper
          withBorder
          shadow="md"
          p="xl"
          maw={460}
          role="alertdialog"
          aria-live="assertive"
          aria-labelledby="restarting-title"
        >
          <Stack align="center" gap="sm">
            <Loader />
            <Title order={2} size="h4" id="restarting-title" ta="center">
              {t('restarting.title')}
            </Title>
            <Text size="sm" c="dimmed" ta="center">
              {t('restarting.body')}
            </Text>
          </Stack>
        </Paper>
      </Center>
    </Overlay>
  );
}
