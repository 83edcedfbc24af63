import { useEffect, useRef, useState } from 'react';
import type { AppErrorPayload } from '#contract';
import { getApi } from '../../../api';

export type SignInState =
  | { phase: 'idle' }
  | { phase: 'starting' }
  | { phase: 'waiting'; flowId: string; authorizeUrl: string }
  | { phase: 'failed'; error: AppErrorPayload };

type Answer<T> = { ok: true; value: T } | { ok: false; error: AppErrorPayload };

interface Started {
  flowId: string;
  authorizeUrl: string;
  openedExternally: boolean;
}

export interface OAuthSignInCalls<T> {
  /** The integration's startOAuth call; null when no wizard is open. */
  start: () => Promise<Answer<Started>> | null;
  complete: (flowId: string) => Promise<Answer<T>>;
  /** Records the new connection in the draft. */
  connected: (value: T) => Promise<void> | void;
}

/**
 * "Sign in with …": the core listens for the redirect and builds the consent URL; the page opens it in a
 * new tab unless the host already opened the system browser (Electron), then waits for the core to
 * finish the exchange. The connection it answers is saved with the integration.
 */
export function useOAuthSignIn<T>(calls: OAuthSignInCalls<T>): {
  state: SignInState;
  start: () => Promise<void>;
  cancel: () => void;
} {
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
    const starting = calls.start();
    if (!starting) return;
    setState({ phase: 'starting' });
    const started = await starting;
    if (!started.ok) {
      setState({ phase: 'failed', error: started.error });
      return;
    }
    const { flowId, authorizeUrl, openedExternally } = started.value;
    flowRef.current = flowId;
    if (!openedExternally) window.open(authorizeUrl, '_blank', 'noopener,noreferrer');
    setState({ phase: 'waiting', flowId, authorizeUrl });
    const done = await calls.complete(flowId);
    // A cancel or a newer sign-in took over while this one waited.
    if (flowRef.current !== flowId) return;
    flowRef.current = null;
    if (!done.ok) {
      setState({ phase: 'failed', error: done.error });
      return;
    }
    await calls.connected(done.value);
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
