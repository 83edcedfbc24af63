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
import { connectionOf, type PipedriveAccount } from './draft';
import { usePipedriveErrorText } from './error-text';
import { usePipedriveDraft, usePipedrivePatch } from './store';
import { usePipedriveSignIn } from './use-sign-in';

function needsApp(error: AppErrorPayload): boolean {
  const d = error.details;
  return typeof d === 'object' && d !== null && (d as { reason?: unknown }).reason === 'oauth_app_missing';
}

function company(account: PipedriveAccount | null, fallback: string | null): string {
  return account?.companyName ?? account?.domain ?? account?.companyId ?? fallback ?? '?';
}

function OAuthPanel() {
  const { t } = useTranslation();
  const draft = usePipedriveDraft();
  const patch = usePipedrivePatch();
  const errorText = usePipedriveErrorText();
  const go = useSection((s) => s.go);
  const { state, start, cancel } = usePipedriveSignIn();
  const fresh = draft.connectionId !== null;
  const connected = fresh || draft.storedKind === 'oauth';
  const name = company(fresh ? draft.account : null, draft.storedCompany);

  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed" maw={620}>
        {t('pipedriveWizard.connect.oauthIntro')}
      </Text>
      {connected && (
        <Alert color="teal" icon={<IconCircleCheck size={20} />} role="status" data-testid="pipedrive-connected">
          <Text size="sm" fw={600}>
            {fresh
              ? t('pipedriveWizard.connect.connected', { company: name })
              : t('pipedriveWizard.connect.stored', { company: name })}
          </Text>
          {fresh && draft.account?.user && (
            <Text size="sm">{t('pipedriveWizard.connect.connectedAs', { user: draft.account.user })}</Text>
          )}
        </Alert>
      )}
      {state.phase === 'waiting' ? (
        <Group gap="sm" role="status">
          <Loader size="xs" />
          <Text size="sm">{t('pipedriveWizard.connect.waiting')}</Text>
          <Anchor size="sm" href={state.authorizeUrl} target="_blank" rel="noopener noreferrer">
            <Group gap={4} component="span">
              {t('pipedriveWizard.connect.openAgain')}
              <IconExternalLink size={14} />
            </Group>
          </Anchor>
          <Button variant="subtle" size="xs" onClick={cancel}>
            {t('pipedriveWizard.connect.cancel')}
          </Button>
        </Group>
      ) : (
        <Group>
          <Button
            leftSection={<IconPlugConnected size={16} />}
            color="green"
            variant={connected ? 'default' : 'filled'}
            loading={state.phase === 'starting'}
            onClick={() => {
              patch({ connectionId: null });
              void start();
            }}
          >
            {connected ? t('pipedriveWizard.connect.reconnect') : t('pipedriveWizard.connect.signIn')}
          </Button>
        </Group>
      )}
      {state.phase === 'failed' &&
        (needsApp(state.error) ? (
          <Alert color="yellow" role="alert" icon={<IconSettings size={20} />}>
            <Stack gap="xs" align="flex-start">
              <Text size="sm">{t('pipedriveWizard.connect.noApp')}</Text>
              <Button size="xs" variant="light" onClick={() => go('settings')}>
                {t('pipedriveWizard.connect.openSettings')}
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
  const draft = usePipedriveDraft();
  const patch = usePipedrivePatch();
  const errorText = usePipedriveErrorText();
  const [checking, setChecking] = useState(false);
  const [error, setError] = useState<AppErrorPayload | null>(null);

  async function check(): Promise<void> {
    setChecking(true);
    setError(null);
    const result = await getApi().invoke('pipedrive:checkConnection', connectionOf(draft));
    setChecking(false);
    if (!result.ok) {
      setError(result.error);
      patch({ account: null });
      return;
    }
    const { apiUrl, companyId, companyName, companyDomain, user } = result.value;
    // A typed token may go to the company's own address from now on (NOTES: faster requests).
    const moved = draft.token.trim() !== '' ? { apiUrl } : {};
    patch({ ...moved, account: { companyId, companyName, domain: companyDomain, user } });
  }

  return (
    <Stack gap="md" maw={620}>
      <PasswordInput
        label={t('pipedriveWizard.connect.tokenLabel')}
        description={
          draft.tokenHint !== null
            ? t('pipedriveWizard.connect.tokenStored', { hint: draft.tokenHint })
            : t('pipedriveWizard.connect.tokenDescription')
        }
        value={draft.token}
        onChange={(e) => patch({ token: e.currentTarget.value, account: null })}
        autoComplete="off"
        spellCheck={false}
      />
      <Group>
        <Button
          variant="light"
          color="green"
          loading={checking}
          disabled={draft.token.trim() === '' && draft.storedKind !== 'token'}
          onClick={() => void check()}
        >
          {t('pipedriveWizard.connect.check')}
        </Button>
      </Group>
      {draft.account && !error && (
        <Alert color="teal" icon={<IconCircleCheck size={20} />} role="status" data-testid="pipedrive-connected">
          {t('pipedriveWizard.connect.checked', { company: company(draft.account, null) })}
        </Alert>
      )}
      {error && <ErrorAlert error={error} message={errorText(error)} />}
    </Stack>
  );
}

export function ConnectStep() {
  const { t } = useTranslation();
  const draft = usePipedriveDraft();
  const patch = usePipedrivePatch();
  return (
    <Stack gap="lg">
      <TextInput
        label={t('pipedriveWizard.connect.name')}
        value={draft.name}
        onChange={(e) => patch({ name: e.currentTarget.value })}
        maw={420}
        required
      />
      <Stack gap={6}>
        <Text size="sm" fw={500}>
          {t('pipedriveWizard.connect.method')}
        </Text>
        <SegmentedControl
          value={draft.auth}
          onChange={(value) => patch({ auth: value === 'token' ? 'token' : 'oauth', account: null })}
          data={[
            { value: 'oauth', label: t('pipedriveWizard.connect.oauth') },
            { value: 'token', label: t('pipedriveWizard.connect.token') },
          ]}
          maw={420}
        />
      </Stack>
      {draft.auth === 'oauth' ? <OAuthPanel /> : <TokenPanel />}
      <Accordion variant="contained" maw={620}>
        <Accordion.Item value="advanced">
          <Accordion.Control>{t('pipedriveWizard.connect.advanced')}</Accordion.Control>
          <Accordion.Panel>
            <TextInput
              label={t('pipedriveWizard.connect.apiUrl')}
              description={t('pipedriveWizard.connect.apiUrlDescription')}
              value={draft.apiUrl}
              onChange={(e) => patch({ apiUrl: e.currentTarget.value, account: null })}
              spellCheck={false}
            />
          </Accordion.Panel>
        </Accordion.Item>
      </Accordion>
    </Stack>
  );
}
