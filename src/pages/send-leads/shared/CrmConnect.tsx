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
import { useState, type ReactNode } from 'react';
import type { AppErrorPayload, OAuthProvider } from '#contract';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useSection } from '../../../stores/section';
import type { SignInState } from './use-oauth-sign-in';
import { useWizardText } from './wizard-text';

/** The CRM wizards' namespaces; each has the connect.* words these panels read. */
export type CrmNamespace = `${OAuthProvider}Wizard`;

/** Which CRM a namespace's words are about. */
export const crmOfNamespace: Record<CrmNamespace, OAuthProvider> = {
  hubspotWizard: 'hubspot',
  pipedriveWizard: 'pipedrive',
};

function needsApp(error: AppErrorPayload): boolean {
  const d = error.details;
  return typeof d === 'object' && d !== null && (d as { reason?: unknown }).reason === 'oauth_app_missing';
}

interface CrmPanelBase {
  ns: CrmNamespace;
  /** The CRM's colour for its buttons. */
  color: string;
  /** e.g. "hubspot-connected"; the e2e page models wait for it. */
  connectedTestId: string;
  errorText: (error: AppErrorPayload) => string;
}

interface OAuthPanelProps extends CrmPanelBase {
  signIn: { state: SignInState; start: () => Promise<void>; cancel: () => void };
  connected: boolean;
  /** What the "connected" alert says: the account, and who signed in. */
  connectedText: ReactNode;
  /** Forgets a connection made in this wizard before a new sign-in. */
  onRestart: () => void;
  /** HubSpot keeps the whole panel narrow, Pipedrive only its intro. */
  narrow: 'panel' | 'intro';
}

/** "Sign in with …": the consent page in the browser, the wait for it, and what came of it. */
export function OAuthPanel(props: OAuthPanelProps) {
  const text = useWizardText(props.ns);
  const go = useSection((s) => s.go);
  const { state, start, cancel } = props.signIn;
  return (
    <Stack gap="md" maw={props.narrow === 'panel' ? 620 : undefined}>
      <Text size="sm" c="dimmed" maw={props.narrow === 'intro' ? 620 : undefined}>
        {text('connect.oauthIntro')}
      </Text>
      {props.connected && (
        <Alert color="teal" icon={<IconCircleCheck size={20} />} role="status" data-testid={props.connectedTestId}>
          {props.connectedText}
        </Alert>
      )}
      {state.phase === 'waiting' ? (
        <Group gap="sm" role="status">
          <Loader size="xs" />
          <Text size="sm">{text('connect.waiting')}</Text>
          <Anchor size="sm" href={state.authorizeUrl} target="_blank" rel="noopener noreferrer">
            <Group gap={4} component="span">
              {text('connect.openAgain')}
              <IconExternalLink size={14} />
            </Group>
          </Anchor>
          <Button variant="subtle" size="xs" onClick={cancel}>
            {text('connect.cancel')}
          </Button>
        </Group>
      ) : (
        <Group>
          <Button
            leftSection={<IconPlugConnected size={16} />}
            color={props.color}
            variant={props.connected ? 'default' : 'filled'}
            loading={state.phase === 'starting'}
            onClick={() => {
              props.onRestart();
              void start();
            }}
          >
            {props.connected ? text('connect.reconnect') : text('connect.signIn')}
          </Button>
        </Group>
      )}
      {state.phase === 'failed' &&
        (needsApp(state.error) ? (
          <Alert color="yellow" role="alert" icon={<IconSettings size={20} />}>
            <Stack gap="xs" align="flex-start">
              <Text size="sm">{text('connect.noApp')}</Text>
              <Button size="xs" variant="light" onClick={() => go('settings')}>
                {text('connect.openSettings')}
              </Button>
            </Stack>
          </Alert>
        ) : (
          <ErrorAlert error={state.error} message={props.errorText(state.error)} />
        ))}
    </Stack>
  );
}

interface TokenPanelProps extends CrmPanelBase {
  token: string;
  tokenHint: string | null;
  /** A token is typed, or one is stored. */
  canCheck: boolean;
  onToken: (token: string) => void;
  /** Asks the CRM who the token belongs to and records it; answers what went wrong. */
  check: () => Promise<AppErrorPayload | null>;
  /** The "accepted" line once a check succeeded; null before. */
  checkedText: string | null;
}

/** A pasted token, checked against the CRM before it is saved. */
export function TokenPanel(props: TokenPanelProps) {
  const text = useWizardText(props.ns);
  const [checking, setChecking] = useState(false);
  const [error, setError] = useState<AppErrorPayload | null>(null);

  async function check(): Promise<void> {
    setChecking(true);
    setError(null);
    const failed = await props.check();
    setChecking(false);
    setError(failed);
  }

  return (
    <Stack gap="md" maw={620}>
      <PasswordInput
        label={text('connect.tokenLabel')}
        description={
          props.tokenHint !== null
            ? text('connect.tokenStored', { hint: props.tokenHint })
            : text('connect.tokenDescription')
        }
        value={props.token}
        onChange={(e) => props.onToken(e.currentTarget.value)}
        autoComplete="off"
        spellCheck={false}
      />
      <Group>
        <Button
          variant="light"
          color={props.color}
          loading={checking}
          disabled={!props.canCheck}
          onClick={() => void check()}
        >
          {text('connect.check')}
        </Button>
      </Group>
      {props.checkedText !== null && !error && (
        <Alert color="teal" icon={<IconCircleCheck size={20} />} role="status" data-testid={props.connectedTestId}>
          {props.checkedText}
        </Alert>
      )}
      {error && (
        <ErrorAlert
          error={error}
          title={text(error.code === 'auth_failed' ? 'errors.rejectedTitle' : 'connect.checkFailed')}
          message={withStatus(
            error.code === 'auth_failed' ? text('errors.rejectedToken') : props.errorText(error),
            error,
          )}
        />
      )}
    </Stack>
  );
}

/** The CRM's HTTP status after the advice, when it gave one: support asks for it first. */
function withStatus(message: string, error: AppErrorPayload): string {
  const d = error.details;
  const status = typeof d === 'object' && d !== null ? (d as { status?: unknown }).status : undefined;
  return typeof status === 'number' ? `${message} (HTTP ${status})` : message;
}

interface ConnectFormProps {
  ns: CrmNamespace;
  name: string;
  auth: 'oauth' | 'token';
  apiUrl: string;
  onName: (name: string) => void;
  onAuth: (auth: 'oauth' | 'token') => void;
  onApiUrl: (apiUrl: string) => void;
  /** The panel of the chosen way to connect. */
  children: ReactNode;
}

/** A CRM's connect step: the integration's name, how to connect, and the API address under "Advanced". */
export function ConnectForm(props: ConnectFormProps) {
  const text = useWizardText(props.ns);
  return (
    <Stack gap="lg">
      <TextInput
        label={text('connect.name')}
        value={props.name}
        onChange={(e) => props.onName(e.currentTarget.value)}
        maw={420}
        required
      />
      <Stack gap={6}>
        <Text size="sm" fw={500}>
          {text('connect.method')}
        </Text>
        <SegmentedControl
          value={props.auth}
          onChange={(value) => props.onAuth(value === 'token' ? 'token' : 'oauth')}
          data={[
            { value: 'oauth', label: text('connect.oauth') },
            { value: 'token', label: text('connect.token') },
          ]}
          maw={420}
        />
      </Stack>
      {props.children}
      <Accordion variant="contained" maw={620}>
        <Accordion.Item value="advanced">
          <Accordion.Control>{text('connect.advanced')}</Accordion.Control>
          <Accordion.Panel>
            <TextInput
              label={text('connect.apiUrl')}
              description={text('connect.apiUrlDescription')}
              value={props.apiUrl}
              onChange={(e) => props.onApiUrl(e.currentTarget.value)}
              spellCheck={false}
            />
          </Accordion.Panel>
        </Accordion.Item>
      </Accordion>
    </Stack>
  );
}
