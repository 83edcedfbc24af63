import { useEffect, useRef, useState } from 'react';
import type { AppErrorPayload } from '../../../../electron/contract';
import { getApi } from '../../../api';
import { useHubspotWizard } from './store';

export type SignInState =
  | { phase: 'idle' }
  | { phase: 'starting' }
  | { phase: 'waiting'; flowId: string; authorizeUrl: string }
  | { phase: 'failed'; error: AppErrorPayload };

/**
 * "Sign in with HubSpot": the core listens for the redirect and builds the consent URL; the page
 * opens it in a new tab unless the host already opened the system browser (Electron), then waits
 * for the core to finish the exchange. The connection it answers is saved with the integration.
 */
export function useHubspotSignIn(): { state: SignInState; start: () => Promise<void>; cancel: () => void } {
  const [state, setState] = useState<SignInState>({ phase: 'idle' });
  const flowRef = useRef<string | null>(null);

  // Leaving the wizard mid-sign-in closes the core's listener.
  useEffect(
    () => () => {
      if (flowRef.current !== null) void getApi().invoke('oauth:cancel', { flowId: flowRef.current });
    },
    [],
  );

  async function start(): Promise<void> {
    const draft = useHubspotWizard.getState().draft;
    if (!draft) return;
    setState({ phase: 'starting' });
    const api = getApi();
    const started = await api.invoke('hubspot:startOAuth', { clientId: draft.clientId });
    if (!started.ok) {
      setState({ phase: 'failed', error: started.error });
      return;
    }
    const { flowId, authorizeUrl, openedExternally } = started.value;
    flowRef.current = flowId;
    if (!openedExternally) window.open(authorizeUrl, '_blank', 'noopener,noreferrer');
    setState({ phase: 'waiting', flowId, authorizeUrl });
    const done = await api.invoke('hubspot:completeOAuth', { flowId });
    if (flowRef.current !== flowId) return;
    flowRef.current = null;
    if (!done.ok) {
      setState({ phase: 'failed', error: done.error });
      return;
    }
    const { connectionId, portalId, hubDomain, user } = done.value;
    useHubspotWizard.getState().patch({ connectionId, account: { portalId, domain: hubDomain, user } });
    setState({ phase: 'idle' });
  }

  function cancel(): void {
    const flowId = flowRef.current;
    flowRef.current = null;
    if (flowId !== null) void getApi().invoke('oauth:cancel', { flowId });
    setState({ phase: 'idle' });
  }

  return { state, start, cancel };
}
