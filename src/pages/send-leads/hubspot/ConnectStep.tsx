import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AppErrorPayload } from '../../../../electron/contract';
import { getApi } from '../../../api';
import { ConnectForm, OAuthPanel, TokenPanel } from '../shared/CrmConnect';
import { connectionOf } from './draft';
import { useHubspotErrorText } from './error-text';
import { useHubspotDraft, useHubspotPatch } from './store';
import { useHubspotSignIn } from './use-sign-in';

function HubspotOAuthPanel() {
  const { t } = useTranslation();
  const draft = useHubspotDraft();
  const patch = useHubspotPatch();
  const errorText = useHubspotErrorText();
  const signIn = useHubspotSignIn();
  const fresh = draft.connectionId !== null;
  const portal = (fresh ? draft.account?.portalId : draft.storedPortal) ?? '?';
  return (
    <OAuthPanel
      ns="hubspotWizard"
      color="orange"
      connectedTestId="hubspot-connected"
      errorText={errorText}
      signIn={signIn}
      connected={fresh || draft.storedKind === 'oauth'}
      connectedText={
        <>
          <Text size="sm" fw={600}>
            {fresh ? t('hubspotWizard.connect.connected', { portal }) : t('hubspotWizard.connect.stored', { portal })}
          </Text>
          {fresh && draft.account?.user && (
            <Text size="sm">
              {t('hubspotWizard.connect.connectedAs', { user: draft.account.user, domain: draft.account.domain ?? '' })}
            </Text>
          )}
        </>
      }
      onRestart={() => patch({ connectionId: null })}
      narrow="panel"
    />
  );
}

function HubspotTokenPanel() {
  const { t } = useTranslation();
  const draft = useHubspotDraft();
  const patch = useHubspotPatch();
  const errorText = useHubspotErrorText();

  async function check(): Promise<AppErrorPayload | null> {
    const result = await getApi().invoke('hubspot:checkConnection', connectionOf(draft));
    if (!result.ok) {
      patch({ account: null });
      return result.error;
    }
    patch({ account: { portalId: result.value.portalId, domain: result.value.uiDomain, user: null } });
    return null;
  }

  return (
    <TokenPanel
      ns="hubspotWizard"
      color="orange"
      connectedTestId="hubspot-connected"
      errorText={errorText}
      token={draft.token}
      tokenHint={draft.tokenHint}
      canCheck={draft.token.trim() !== '' || draft.storedKind === 'token'}
      onToken={(token) => patch({ token, account: null })}
      check={check}
      checkedText={draft.account ? t('hubspotWizard.connect.checked', { portal: draft.account.portalId ?? '?' }) : null}
    />
  );
}

/** HubSpot's connect step: browser sign-in through the agency's app, or a private app token. */
export function ConnectStep() {
  const draft = useHubspotDraft();
  const patch = useHubspotPatch();
  return (
    <ConnectForm
      ns="hubspotWizard"
      name={draft.name}
      auth={draft.auth}
      apiUrl={draft.apiUrl}
      onName={(name) => patch({ name })}
      onAuth={(auth) => patch({ auth, account: null })}
      onApiUrl={(apiUrl) => patch({ apiUrl })}
    >
      {draft.auth === 'oauth' ? <HubspotOAuthPanel /> : <HubspotTokenPanel />}
    </ConnectForm>
  );
}
