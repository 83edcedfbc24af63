import { useEffect, useRef, type ReactNode } from 'react';
import type { AppErrorPayload, Result } from '#contract';
import { getApi } from '../../../api';
import { ConnectForm, crmOfNamespace, OAuthPanel, TokenPanel, type CrmNamespace } from './CrmConnect';
import type { CrmConnectionDraft } from './crm-draft';
import { useOAuthSignIn, type OAuthSignInCalls } from './use-oauth-sign-in';

interface CrmPanelProps<A, T, V> {
  ns: CrmNamespace;
  /** The CRM's colour for its buttons. */
  color: string;
  /** e.g. "hubspot-connected"; the e2e page models wait for it. */
  connectedTestId: string;
  draft: CrmConnectionDraft<A>;
  patch: (changes: Partial<CrmConnectionDraft<A>>) => void;
  errorText: (error: AppErrorPayload) => string;
  /** The CRM's start/complete calls for "Sign in with …", and how the answer lands in the draft. */
  signIn: OAuthSignInCalls<T>;
  /** What the "connected" alert says after a browser sign-in (made now or stored). */
  connectedText: ReactNode;
  /** HubSpot keeps the whole sign-in panel narrow, Pipedrive only its intro. */
  narrow: 'panel' | 'intro';
  /** Asks the CRM who the typed (or stored) token belongs to (`<type>:checkConnection`). */
  checkToken: () => Promise<Result<V>>;
  /** What the draft learns from the CRM's answer: the account, and whatever else the CRM says. */
  tokenChecked: (value: V) => Partial<CrmConnectionDraft<A>>;
  /** The "accepted" line once a token check succeeded; null before. */
  checkedText: string | null;
}

interface CrmConnectStepProps<A, T, V> extends CrmPanelProps<A, T, V> {
  /** Whether a new API address forgets the account learned (Pipedrive answers with the company's own address). */
  apiUrlResetsAccount: boolean;
}

/** What the sign-in and the token panel both take. */
function panelBase<A, T, V>({ ns, color, connectedTestId, errorText }: CrmPanelProps<A, T, V>) {
  return { ns, color, connectedTestId, errorText };
}

/**
 * Its own component so that switching to the token unmounts it: the sign-in's state goes, and a sign-in
 * still waiting for the browser is cancelled (see useOAuthSignIn).
 */
function CrmOAuthPanel<A, T, V>(props: CrmPanelProps<A, T, V>) {
  const { draft, patch } = props;
  const signIn = useOAuthSignIn(props.signIn);
  return (
    <OAuthPanel
      {...panelBase(props)}
      signIn={signIn}
      connected={draft.connectionId !== null || draft.storedKind === 'oauth'}
      connectedText={props.connectedText}
      onRestart={() => patch({ connectionId: null })}
      narrow={props.narrow}
    />
  );
}

/**
 * A new integration starts on "Sign in with …" only where the agency has set up its app for it in
 * Settings → Connected apps; otherwise on the token, which works right away. Decided once, on opening.
 */
function useStartOnTokenWithoutApp<A>(
  ns: CrmNamespace,
  draft: CrmConnectionDraft<A>,
  patch: (c: { auth: 'token' }) => void,
) {
  const decided = useRef(false);
  useEffect(() => {
    if (decided.current || draft.integrationId !== null || draft.connectionId !== null || draft.auth !== 'oauth')
      return;
    decided.current = true;
    const provider = crmOfNamespace[ns];
    void getApi()
      .invoke('oauth:apps', {})
      .then((result) => {
        const app = result.ok ? result.value.find((a) => a.provider === provider) : undefined;
        if (result.ok && (!app?.clientId || !app.clientSecret.set)) patch({ auth: 'token' });
      });
  }, [ns, draft.integrationId, draft.connectionId, draft.auth, patch]);
}

/** A CRM's connect step: the name, browser sign-in or a token, and the API address under "Advanced". */
export function CrmConnectStep<A, T, V>(props: CrmConnectStepProps<A, T, V>) {
  const { draft, patch } = props;
  useStartOnTokenWithoutApp(props.ns, draft, patch);

  async function checkToken(): Promise<AppErrorPayload | null> {
    const result = await props.checkToken();
    if (!result.ok) {
      patch({ account: null });
      return result.error;
    }
    patch(props.tokenChecked(result.value));
    return null;
  }

  return (
    <ConnectForm
      ns={props.ns}
      name={draft.name}
      auth={draft.auth}
      apiUrl={draft.apiUrl}
      onName={(name) => patch({ name })}
      onAuth={(auth) => patch({ auth, account: null })}
      onApiUrl={(apiUrl) => patch(props.apiUrlResetsAccount ? { apiUrl, account: null } : { apiUrl })}
    >
      {draft.auth === 'oauth' ? (
        <CrmOAuthPanel {...props} />
      ) : (
        <TokenPanel
          {...panelBase(props)}
          token={draft.token}
          tokenHint={draft.tokenHint}
          canCheck={draft.token.trim() !== '' || draft.storedKind === 'token'}
          onToken={(token) => patch({ token, account: null })}
          check={checkToken}
          checkedText={props.checkedText}
        />
      )}
    </ConnectForm>
  );
}
