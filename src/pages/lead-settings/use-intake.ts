import { useEffect, useState } from 'react';
import type { AppErrorPayload, IntakeStatus } from '#contract';
import { getApi } from '../../api';

export type IntakeAction = 'enable' | 'disable' | 'rotate';

export interface Intake {
  status: IntakeStatus | null;
  loadError: AppErrorPayload | null;
  busy: IntakeAction | null;
  failure: AppErrorPayload | null;
  clearFailure: () => void;
  /** A token just made by enable or rotate: shown once, then forgotten. */
  token: string | null;
  forgetToken: () => void;
  enable: () => Promise<void>;
  disable: () => Promise<void>;
  rotate: () => Promise<boolean>;
  reload: () => void;
}

export function useIntake(clientId: string): Intake {
  const [status, setStatus] = useState<IntakeStatus | null>(null);
  const [loadError, setLoadError] = useState<AppErrorPayload | null>(null);
  const [busy, setBusy] = useState<IntakeAction | null>(null);
  const [failure, setFailure] = useState<AppErrorPayload | null>(null);
  const [token, setToken] = useState<string | null>(null);
  const [round, setRound] = useState(0);

  useEffect(() => {
    let cancelled = false;
    void getApi()
      .invoke('intake:status', { clientId })
      .then((result) => {
        if (cancelled) return;
        if (result.ok) {
          setStatus(result.value);
          setLoadError(null);
        } else setLoadError(result.error);
      });
    return () => {
      cancelled = true;
    };
  }, [clientId, round]);

  // Another client's token must never show up under this one.
  useEffect(() => () => setToken(null), [clientId]);

  // Turned on or off, or rotated, in another window: this one follows.
  useEffect(
    () =>
      getApi().on('intake:changed', (event) => {
        if (event.clientId === clientId) setRound((r) => r + 1);
      }),
    [clientId],
  );

  async function act(action: IntakeAction, work: () => Promise<AppErrorPayload | null>): Promise<boolean> {
    setBusy(action);
    setFailure(null);
    const error = await work();
    setBusy(null);
    if (error) setFailure(error);
    return error === null;
  }

  return {
    status: status?.clientId === clientId ? status : null,
    loadError,
    busy,
    failure,
    clearFailure: () => setFailure(null),
    token,
    forgetToken: () => setToken(null),
    reload: () => setRound((n) => n + 1),
    enable: async () => {
      await act('enable', async () => {
        const result = await getApi().invoke('intake:enable', { clientId });
        if (!result.ok) return result.error;
        setStatus(result.value.status);
        if (result.value.token) setToken(result.value.token);
        return null;
      });
    },
    disable: async () => {
      await act('disable', async () => {
        const result = await getApi().invoke('intake:disable', { clientId });
        if (!result.ok) return result.error;
        setStatus(result.value);
        return null;
      });
    },
    rotate: () =>
      act('rotate', async () => {
        const result = await getApi().invoke('intake:rotateToken', { clientId });
        if (!result.ok) return result.error;
        setStatus(result.value.status);
        setToken(result.value.token);
        return null;
      }),
  };
}
