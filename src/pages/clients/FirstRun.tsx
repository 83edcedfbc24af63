import { Anchor, Badge, Button, Center, Group, Paper, SimpleGrid, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconPlugConnected, IconSend, IconUserPlus, type Icon } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LogoMark } from '../../components/Logo';
import { useClients } from '../../stores/clients';
import { usePreferences } from '../../stores/preferences';
import { ReplaceDataModal } from '../settings/backups/ReplaceDataModal';
import { ClientNameInput } from './ClientNameInput';
import { useClientNameForm } from './use-client-name-form';

function Step({ index, icon: StepIcon, label, active }: { index: number; icon: Icon; label: string; active: boolean }) {
  return (
    <Group gap="sm" wrap="nowrap">
      <ThemeIcon size={36} radius="xl" variant={active ? 'filled' : 'light'} color={active ? 'brand' : 'gray'}>
        <StepIcon size={18} />
      </ThemeIcon>
      <Stack gap={0}>
        <Text size="xs" c="dimmed" fw={600}>
          {index}
        </Text>
        <Text size="sm" fw={active ? 600 : 500}>
          {label}
        </Text>
      </Stack>
    </Group>
  );
}

/** The whole app until the agency has a client: every other screen is about a client. */
export function FirstRun() {
  const { t } = useTranslation();
  const create = useClients((s) => s.create);
  const host = usePreferences((s) => s.info?.host ?? null);
  const [importing, setImporting] = useState(false);
  const form = useClientNameForm();

  async function onSubmit(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    await form.submit(create);
  }

  return (
    <Center mih="calc(100vh - 2 * var(--mantine-spacing-xl))">
      <Paper withBorder shadow="sm" p={40} maw={640} w="100%" data-testid="first-run">
        <Stack gap="xl">
          <Stack gap="sm">
            <Group gap="sm">
              <LogoMark size={40} />
              <Badge variant="light" size="lg">
                {t('firstRun.eyebrow')}
              </Badge>
            </Group>
            <Title order={1} size="h2">
              {t('firstRun.title')}
            </Title>
            <Text c="dimmed">{t('firstRun.body')}</Text>
          </Stack>
          <form onSubmit={(event) => void onSubmit(event)} noValidate>
            <Stack gap="md">
              {form.formError && <ErrorAlert error={form.formError} />}
              <ClientNameInput form={form} autoFocus size="md" />
              <Button
                type="submit"
                size="md"
                loading={form.busy}
                leftSection={<IconUserPlus size={18} />}
                style={{ alignSelf: 'flex-start' }}
              >
                {t('firstRun.submit')}
              </Button>
            </Stack>
          </form>
          {host && (
            <Anchor
              component="button"
              type="button"
              size="sm"
              onClick={() => setImporting(true)}
              style={{ alignSelf: 'flex-start' }}
            >
              {t('workspace.firstRun')}
            </Anchor>
          )}
          <SimpleGrid
            cols={3}
            spacing="md"
            pt="lg"
            style={{ borderTop: '1px solid var(--mantine-color-default-border)' }}
          >
            <Step index={1} icon={IconUserPlus} label={t('firstRun.steps.client')} active />
            <Step index={2} icon={IconPlugConnected} label={t('firstRun.steps.connect')} active={false} />
            <Step index={3} icon={IconSend} label={t('firstRun.steps.send')} active={false} />
          </SimpleGrid>
        </Stack>
      </Paper>
      {host && (
        <ReplaceDataModal
          replacement={importing ? { kind: 'workspace' } : null}
          host={host}
          onClose={() => setImporting(false)}
        />
      )}
    </Center>
  );
}
