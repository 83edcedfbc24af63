import {
  Accordion,
  Alert,
  Anchor,
  Button,
  Group,
  Loader,
  PasswordInput,
  SegmentedControl,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { IconCircleCheck, IconExternalLink, IconPlugConnected, IconSettings } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppErrorPayload } from '../../../../electron/contract';
import { getApi } from '../../../api';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useSection } from '../../../stores/section';
import { connectionOf } from './draft';
import { useHubspotErrorText } from './error-text';
import { useHubspotDraft, useHubspotPatch } from './store';
import { useHubspotSignIn } from './use-sign-in';

function needsApp(error: AppErrorPayload): boolean {
  const d = error.details;
  return typeof d === 'object' && d !== null && (d as { reason?: unknown }).reason === 'oauth_app_missing';
}

function OAuthPanel() {
  const { t } = useTranslation();
  const draft = useHubspotDraft();
  const patch = useHubspotPatch();
  const errorText = useHubspotErrorText();
  const go = useSection((s) => s.go);
  const { state, start, cancel } = useHubspotSignIn();
  const fresh = draft.connectionId !== null;
  const connected = fresh || draft.storedKind === 'oauth';
  const portal = (fresh ? draft.account?.portalId : draft.storedPortal) ?? '?';

  return (
    <Stack gap="md" maw={620}>
      <Text size="sm" c="dimmed">
        {t('hubspotWizard.connect.oauthIntro')}
      </Text>
      {connected && (
        <Alert color="teal" icon={<IconCircleCheck size={20} />} role="status" data-testid="hubspot-connected">
          <Text size="sm" fw={600}>
            {fresh ? t('hubspotWizard.connect.connected', { portal }) : t('hubspotWizard.connect.stored', { portal })}
          </Text>
          {fresh && draft.account?.user && (
            <Text size="sm">
              {t('hubspotWizard.connect.connectedAs', { user: draft.account.user, domain: draft.account.domain ?? '' })}
            </Text>
          )}
        </Alert>
      )}
      {state.phase === 'waiting' ? (
        <Group gap="sm" role="status">
          <Loader size="xs" />
          <Text size="sm">{t('hubspotWizard.connect.waiting')}</Text>
          <Anchor size="sm" href={state.authorizeUrl} target="_blank" rel="noopener noreferrer">
            <Group gap={4} component="span">
              {t('hubspotWizard.connect.openAgain')}
              <IconExternalLink size={14} />
            </Group>
          </Anchor>
          <Button variant="subtle" size="xs" onClick={cancel}>
            {t('hubspotWizard.connect.cancel')}
          </Button>
        </Group>
      ) : (
        <Group>
          <Button
            leftSection={<IconPlugConnected size={16} />}
            color="orange"
            variant={connected ? 'default' : 'filled'}
            loading={state.phase === 'starting'}
            onClick={() => {
              patch({ connectionId: null });
              void start();
            }}
          >
            {connected ? t('hubspotWizard.connect.reconnect') : t('hubspotWizard.connect.signIn')}
          </Button>
        </Group>
      )}
      {state.phase === 'failed' &&
        (needsApp(state.error) ? (
          <Alert color="yellow" role="alert" icon={<IconSettings size={20} />}>
            <Stack gap="xs" align="flex-start">
              <Text size="sm">{t('hubspotWizard.connect.noApp')}</Text>
              <Button size="xs" variant="light" onClick={() => go('settings')}>
                {t('hubspotWizard.connect.openSettings')}
              </Button>
            </Stack>
          </Alert>
        ) : (
          <ErrorAlert error={state.error} message={errorText(state.error)} />
        ))}
    </Stack>
  );
}

function TokenPanel() {
  const { t } = useTranslation();
  const draft = useHubspotDraft();
  const patch = useHubspotPatch();
  const errorText = useHubspotErrorText();
  const [checking, setChecking] = useState(false);
  const [error, setError] = useState<AppErrorPayload | null>(null);

  async function check(): Promise<void> {
    setChecking(true);
    setError(null);
    const result = await getApi().invoke('hubspot:checkConnection', connectionOf(draft));
    setChecking(false);
    if (!result.ok) {
      setError(result.error);
      patch({ account: null });
      return;
    }
    patch({ account: { portalId: result.value.portalId, domain: result.value.uiDomain, user: null } });
  }

  return (
    <Stack gap="md" maw={620}>
      <PasswordInput
        label={t('hubspotWizard.connect.tokenLabel')}
        description={
          draft.tokenHint !== null
            ? t('hubspotWizard.connect.tokenStored', { hint: draft.tokenHint })
            : t('hubspotWizard.connect.tokenDescription')
        }
        value={draft.token}
        onChange={(e) => patch({ token: e.currentTarget.value, account: null })}
        autoComplete="off"
        spellCheck={false}
      />
      <Group>
        <Button
          variant="light"
          color="orange"
          loading={checking}
          disabled={draft.token.trim() === '' && draft.storedKind !== 'token'}
          onClick={() => void check()}
        >
          {t('hubspotWizard.connect.check')}
        </Button>
      </Group>
      {draft.account && !error && (
        <Alert color="teal" icon={<IconCircleCheck size={20} />} role="status" data-testid="hubspot-connected">
          {t('hubspotWizard.connect.checked', { portal: draft.account.portalId ?? '?' })}
        </Alert>
      )}
      {error && <ErrorAlert error={error} message={errorText(error)} />}
    </Stack>
  );
}

export function ConnectStep() {
  const { t } = useTranslation();
  const draft = useHubspotDraft();
  const patch = useHubspotPatch();
  return (
    <Stack gap="lg">
      <TextInput
        label={t('hubspotWizard.connect.name')}
        value={draft.name}
        onChange={(e) => patch({ name: e.currentTarget.value })}
        maw={420}
        required
      />
      <Stack gap={6}>
        <Text size="sm" fw={500}>
          {t('hubspotWizard.connect.method')}
        </Text>
        <SegmentedControl
          value={draft.auth}
          onChange={(value) => patch({ auth: value === 'token' ? 'token' : 'oauth', account: null })}
          data={[
            { value: 'oauth', label: t('hubspotWizard.connect.oauth') },
            { value: 'token', label: t('hubspotWizard.connect.token') },
          ]}
          maw={420}
        />
      </Stack>
      {draft.auth === 'oauth' ? <OAuthPanel /> : <TokenPanel />}
      <Accordion variant="contained" maw={620}>
        <Accordion.Item value="advanced">
          <Accordion.Control>{t('hubspotWizard.connect.advanced')}</Accordion.Control>
          <Accordion.Panel>
            <TextInput
              label={t('hubspotWizard.connect.apiUrl')}
              description={t('hubspotWizard.connect.apiUrlDescription')}
              value={draft.apiUrl}
              onChange={(e) => patch({ apiUrl: e.currentTarget.value })}
              spellCheck={false}
            />
          </Accordion.Panel>
        </Accordion.Item>
      </Accordion>
    </Stack>
  );
}
