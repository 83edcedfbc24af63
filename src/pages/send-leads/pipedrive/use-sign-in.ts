import { useEffect, useRef, useState } from 'react';
import type { AppErrorPayload } from '../../../../electron/contract';
import { getApi } from '../../../api';
import { usePipedriveWizard } from './store';

export type SignInState =
  | { phase: 'idle' }
  | { phase: 'starting' }
  | { phase: 'waiting'; flowId: string; authorizeUrl: string }
  | { phase: 'failed'; error: AppErrorPayload };

/**
 * "Sign in with Pipedrive": the core listens for the redirect and builds the consent URL; the page
 * opens it in a new tab unless the host already opened the system browser (Electron), then waits
 * for the core to finish the exchange. The connection it answers is saved with the integration.
 */
export function usePipedriveSignIn(): { state: SignInState; start: () => Promise<void>; cancel: () => void } {
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
    const draft = usePipedriveWizard.getState().draft;
    if (!draft) return;
    setState({ phase: 'starting' });
    const api = getApi();
    const started = await api.invoke('pipedrive:startOAuth', { clientId: draft.clientId, apiUrl: draft.apiUrl });
    if (!started.ok) {
      setState({ phase: 'failed', error: started.error });
      return;
    }
    const { flowId, authorizeUrl, openedExternally } = started.value;
    flowRef.current = flowId;
    if (!openedExternally) window.open(authorizeUrl, '_blank', 'noopener,noreferrer');
    setState({ phase: 'waiting', flowId, authorizeUrl });
    const done = await api.invoke('pipedrive:completeOAuth', { flowId });
    if (flowRef.current !== flowId) return;
    flowRef.current = null;
    if (!done.ok) {
      setState({ phase: 'failed', error: done.error });
      return;
    }
    const { connectionId, apiUrl, companyId, companyDomain, user } = done.value;
    // The sign-in names the company by its domain; users/me also knows its display name.
    const checked = await api.invoke('pipedrive:checkConnection', { connectionId, apiUrl });
    const companyName = checked.ok ? checked.value.companyName : done.value.companyName;
    usePipedriveWizard.getState().patch({
      connectionId,
      apiUrl,
      account: { companyId, companyName, domain: companyDomain, user },
    });
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
