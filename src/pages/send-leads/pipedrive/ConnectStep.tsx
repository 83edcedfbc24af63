import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AppErrorPayload } from '../../../../electron/contract';
import { getApi } from '../../../api';
import { ConnectForm, OAuthPanel, TokenPanel } from '../shared/CrmConnect';
import { connectionOf, type PipedriveAccount } from './draft';
import { usePipedriveErrorText } from './error-text';
import { usePipedriveDraft, usePipedrivePatch } from './store';
import { usePipedriveSignIn } from './use-sign-in';

function company(account: PipedriveAccount | null, fallback: string | null): string {
  return account?.companyName ?? account?.domain ?? account?.companyId ?? fallback ?? '?';
}

function PipedriveOAuthPanel() {
  const { t } = useTranslation();
  const draft = usePipedriveDraft();
  const patch = usePipedrivePatch();
  const errorText = usePipedriveErrorText();
  const signIn = usePipedriveSignIn();
  const fresh = draft.connectionId !== null;
  const name = company(fresh ? draft.account : null, draft.storedCompany);
  return (
    <OAuthPanel
      ns="pipedriveWizard"
      color="green"
      connectedTestId="pipedrive-connected"
      errorText={errorText}
      signIn={signIn}
      connected={fresh || draft.storedKind === 'oauth'}
      connectedText={
        <>
          <Text size="sm" fw={600}>
            {fresh
              ? t('pipedriveWizard.connect.connected', { company: name })
              : t('pipedriveWizard.connect.stored', { company: name })}
          </Text>
          {fresh && draft.account?.user && (
            <Text size="sm">{t('pipedriveWizard.connect.connectedAs', { user: draft.account.user })}</Text>
          )}
        </>
      }
      onRestart={() => patch({ connectionId: null })}
      narrow="intro"
    />
  );
}

function PipedriveTokenPanel() {
  const { t } = useTranslation();
  const draft = usePipedriveDraft();
  const patch = usePipedrivePatch();
  const errorText = usePipedriveErrorText();

  async function check(): Promise<AppErrorPayload | null> {
    const result = await getApi().invoke('pipedrive:checkConnection', connectionOf(draft));
    if (!result.ok) {
      patch({ account: null });
      return result.error;
    }
    const { apiUrl, companyId, companyName, companyDomain, user } = result.value;
    // A typed token may go to the company's own address from now on (NOTES: faster requests).
    const moved = draft.token.trim() !== '' ? { apiUrl } : {};
    patch({ ...moved, account: { companyId, companyName, domain: companyDomain, user } });
    return null;
  }

  return (
    <TokenPanel
      ns="pipedriveWizard"
      color="green"
      connectedTestId="pipedrive-connected"
      errorText={errorText}
      token={draft.token}
      tokenHint={draft.tokenHint}
      canCheck={draft.token.trim() !== '' || draft.storedKind === 'token'}
      onToken={(token) => patch({ token, account: null })}
      check={check}
      checkedText={
        draft.account ? t('pipedriveWizard.connect.checked', { company: company(draft.account, null) }) : null
      }
    />
  );
}

/** Pipedrive's connect step: browser sign-in through the agency's app, or a personal API token. */
export function ConnectStep() {
  const draft = usePipedriveDraft();
  const patch = usePipedrivePatch();
  return (
    <ConnectForm
      ns="pipedriveWizard"
      name={draft.name}
      auth={draft.auth}
      apiUrl={draft.apiUrl}
      onName={(name) => patch({ name })}
      onAuth={(auth) => patch({ auth, account: null })}
      onApiUrl={(apiUrl) => patch({ apiUrl, account: null })}
    >
      {draft.auth === 'oauth' ? <PipedriveOAuthPanel /> : <PipedriveTokenPanel />}
    </ConnectForm>
  );
}
