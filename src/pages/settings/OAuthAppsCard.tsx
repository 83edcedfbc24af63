import {
  Accordion,
  Badge,
  Button,
  Code,
  CopyButton,
  Group,
  NumberInput,
  Paper,
  PasswordInput,
  Stack,
  Tabs,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCheck, IconCopy } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppErrorPayload, OAuthAppView, OAuthProvider } from '#contract';
import { getApi, issueFor } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';

interface Form {
  clientId: string;
  clientSecret: string;
  redirectPort: number | string;
  authorizeUrl: string;
  tokenUrl: string;
}

function formOf(app: OAuthAppView): Form {
  return {
    clientId: app.clientId ?? '',
    clientSecret: '',
    redirectPort: app.redirectPort ?? '',
    authorizeUrl: app.customEndpoints && app.authorizeUrl !== app.defaults.authorizeUrl ? app.authorizeUrl : '',
    tokenUrl: app.customEndpoints && app.tokenUrl !== app.defaults.tokenUrl ? app.tokenUrl : '',
  };
}

function AppForm({ app, onSaved }: { app: OAuthAppView; onSaved: (app: OAuthAppView) => void }) {
  const { t } = useTranslation();
  const [form, setForm] = useState<Form>(() => formOf(app));
  const [busy, setBusy] = useState<'save' | 'remove' | null>(null);
  const [error, setError] = useState<AppErrorPayload | null>(null);
  const name = t(`oauthApps.providers.${app.provider}`);
  const set = (changes: Partial<Form>) => setForm((f) => ({ ...f, ...changes }));
  const port = typeof form.redirectPort === 'number' ? form.redirectPort : null;

  async function save(): Promise<void> {
    setBusy('save');
    setError(null);
    const result = await getApi().invoke('oauth:saveApp', {
      provider: app.provider,
      clientId: form.clientId,
      clientSecret: form.clientSecret,
      redirectPort: port,
      authorizeUrl: form.authorizeUrl,
      tokenUrl: form.tokenUrl,
    });
    setBusy(null);
    if (!result.ok) return setError(result.error);
    setForm(formOf(result.value));
    onSaved(result.value);
    notifications.show({ color: 'teal', message: t('oauthApps.saved', { provider: name }) });
  }

  async function remove(): Promise<void> {
    setBusy('remove');
    const result = await getApi().invoke('oauth:deleteApp', { provider: app.provider });
    setBusy(null);
    if (!result.ok) return setError(result.error);
    setForm(formOf(result.value));
    onSaved(result.value);
    notifications.show({ message: t('oauthApps.removed', { provider: name }) });
  }

  const fieldError = (field: string) => issueFor(error, field)?.message;
  const redirectUri = port !== null ? `http://127.0.0.1:${port}/oauth/callback` : app.redirectUri;

  return (
    <Stack gap="md" pt="md" data-testid={`oauth-app-${app.provider}`}>
      <Group gap="xs">
        <Badge color={app.clientSecret.set ? 'teal' : 'gray'} variant="light">
          {app.clientSecret.set ? t('oauthApps.configured') : t('oauthApps.notConfigured')}
        </Badge>
      </Group>
      {error && !fieldError('clientId') && !fieldError('clientSecret') && (
        <ErrorAlert error={error} onClose={() => setError(null)} />
      )}
      <Group grow align="flex-start">
        <TextInput
          label={t('oauthApps.clientId')}
          value={form.clientId}
          onChange={(e) => set({ clientId: e.currentTarget.value })}
          error={fieldError('clientId')}
          spellCheck={false}
        />
        <PasswordInput
          label={t('oauthApps.clientSecret')}
          description={
            app.clientSecret.set ? t('oauthApps.secretStored', { hint: app.clientSecret.hint ?? '…' }) : undefined
          }
          value={form.clientSecret}
          onChange={(e) => set({ clientSecret: e.currentTarget.value })}
          error={fieldError('clientSecret')}
          autoComplete="off"
          inputWrapperOrder={['label', 'input', 'description', 'error']}
        />
      </Group>
      <Stack gap={4}>
        <Text size="sm" fw={500}>
          {t('oauthApps.redirectUri')}
        </Text>
        <Group gap="xs" wrap="nowrap">
          <Code>{redirectUri}</Code>
          <CopyButton value={redirectUri}>
            {({ copied, copy }) => (
              <Button
                size="compact-xs"
                variant="subtle"
                onClick={copy}
                leftSection={copied ? <IconCheck size={14} /> : <IconCopy size={14} />}
              >
                {copied ? '✓' : t('common.copy')}
              </Button>
            )}
          </CopyButton>
        </Group>
      </Stack>
      <NumberInput
        label={t('oauthApps.redirectPort')}
        description={t('oauthApps.redirectPortHint')}
        value={form.redirectPort}
        onChange={(v) => set({ redirectPort: v })}
        min={1024}
        max={65535}
        allowDecimal={false}
        maw={420}
      />
      <Stack gap={4}>
        <Text size="sm" fw={500}>
          {t('oauthApps.scopes')}
        </Text>
        <Group gap={6}>
          {app.defaults.scopes.map((scope) => (
            <Code key={scope} fz="xs">
              {scope}
            </Code>
          ))}
        </Group>
      </Stack>
      <Accordion variant="contained">
        <Accordion.Item value="server">
          <Accordion.Control>{t('oauthApps.advanced')}</Accordion.Control>
          <Accordion.Panel>
            <Stack gap="sm">
              <TextInput
                label={t('oauthApps.authorizeUrl')}
                placeholder={app.defaults.authorizeUrl}
                description={t('oauthApps.defaultHint', { url: app.defaults.authorizeUrl })}
                value={form.authorizeUrl}
                onChange={(e) => set({ authorizeUrl: e.currentTarget.value })}
                error={fieldError('authorizeUrl')}
                spellCheck={false}
              />
              <TextInput
                label={t('oauthApps.tokenUrl')}
                placeholder={app.defaults.tokenUrl}
                description={t('oauthApps.defaultHint', { url: app.defaults.tokenUrl })}
                value={form.tokenUrl}
                onChange={(e) => set({ tokenUrl: e.currentTarget.value })}
                error={fieldError('tokenUrl')}
                spellCheck={false}
              />
            </Stack>
          </Accordion.Panel>
        </Accordion.Item>
      </Accordion>
      <Group justify="flex-end" gap="sm">
        {app.clientId !== null && (
          <Button variant="subtle" color="red" loading={busy === 'remove'} onClick={() => void remove()}>
            {t('oauthApps.remove')}
          </Button>
        )}
        <Button loading={busy === 'save'} disabled={form.clientId.trim() === ''} onClick={() => void save()}>
          {t('oauthApps.save')}
        </Button>
      </Group>
    </Stack>
  );
}

/** Settings → Connected apps: the agency's own OAuth app per provider (HubSpot now, Pipedrive next). */
export function OAuthAppsCard() {
  const { t } = useTranslation();
  const [apps, setApps] = useState<OAuthAppView[] | null>(null);
  const [error, setError] = useState<AppErrorPayload | null>(null);
  const [tab, setTab] = useState<OAuthProvider>('hubspot');

  useEffect(() => {
    void getApi()
      .invoke('oauth:apps', {})
      .then((result) => (result.ok ? setApps(result.value) : setError(result.error)));
  }, []);

  const replace = (app: OAuthAppView) =>
    setApps((list) => list?.map((a) => (a.provider === app.provider ? app : a)) ?? null);

  return (
    <Paper withBorder p="lg" data-testid="oauth-apps-card">
      <Stack gap="xs">
        <Title order={2} size="h4">
          {t('oauthApps.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('oauthApps.description')}
        </Text>
        {error && <ErrorAlert error={error} />}
        {apps && (
          <Tabs value={tab} onChange={(v) => v && setTab(v as OAuthProvider)}>
            <Tabs.List>
              {apps.map((app) => (
                <Tabs.Tab key={app.provider} value={app.provider}>
                  {t(`oauthApps.providers.${app.provider}`)}
                </Tabs.Tab>
              ))}
            </Tabs.List>
            {apps.map((app) => (
              <Tabs.Panel key={app.provider} value={app.provider}>
                <AppForm app={app} onSaved={replace} />
              </Tabs.Panel>
            ))}
          </Tabs>
        )}
      </Stack>
    </Paper>
  );
}
