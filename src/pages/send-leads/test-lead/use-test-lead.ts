import { useEffect, useRef, useState } from 'react';
import type { AppErrorPayload, DispatchState, OutputOf } from '#contract';
import { getApi } from '../../../api';

export type DispatchDetail = OutputOf<'dispatch:get'>;
export type TestLeadStart = OutputOf<'integrations:sendTestLead'>;

export type TestLeadState =
  | { phase: 'idle' }
  | { phase: 'starting' }
  | { phase: 'failed_to_start'; error: AppErrorPayload }
  | {
      phase: 'following';
      started: TestLeadStart;
      detail: DispatchDetail | null;
      /** The last failure to read the dispatch; polling goes on, so it may clear itself. */
      readError: AppErrorPayload | null;
    };

/** Where the test stops waiting: a verdict, or a state that only changes later on its own (a retry, a hold). */
const SETTLED: readonly DispatchState[] = ['sent', 'error', 'skipped', 'cancelled', 'held', 'retrying'];
const POLL_MS = 1000;

export function isSettled(detail: DispatchDetail | null): boolean {
  return detail !== null && SETTLED.includes(detail.dispatch.state);
}

/**
 * Sends a synthetic lead through the real dispatch engine and follows its dispatch until it
 * settles: refreshed on `dispatch:changed` for this id, and polled every second in case an event
 * is missed (e.g. across a reconnect).
 */
export interface TestLeadChoices {
  /** Also find or create the test lead's company in the tool (off: the company step is skipped). */
  createCompany: boolean;
}

export function useTestLead(integrationId: string): {
  state: TestLeadState;
  start: (choices: TestLeadChoices) => Promise<void>;
} {
  const [state, setState] = useState<TestLeadState>({ phase: 'idle' });
  /** Answers can arrive out of order (poll and event overlap); only a newer request's answer lands. */
  const sequence = useRef(0);
  const dispatchId = state.phase === 'following' ? state.started.dispatchId : null;
  const settled = state.phase === 'following' && isSettled(state.detail);

  useEffect(() => {
    if (dispatchId === null || settled) return;
    const api = getApi();
    let cancelled = false;
    let applied = 0;
    const read = async (): Promise<void> => {
      const ticket = ++sequence.current;
      const result = await api.invoke('dispatch:get', { id: dispatchId });
      if (cancelled || ticket < applied) return;
      applied = ticket;
      setState((prev) => {
        if (prev.phase !== 'following' || prev.started.dispatchId !== dispatchId) return prev;
        return result.ok ? { ...prev, detail: result.value, readError: null } : { ...prev, readError: result.error };
      });
    };
    const off = api.on('dispatch:changed', ({ changes }) => {
      if (changes.some((change) => change.id === dispatchId)) void read();
    });
    const timer = setInterval(() => void read(), POLL_MS);
    void read();
    return () => {
      cancelled = true;
      off();
      clearInterval(timer);
    };
  }, [dispatchId, settled]);

  async function start(choices: TestLeadChoices): Promise<void> {
    if (state.phase === 'starting' || (state.phase === 'following' && !settled)) return;
    setState({ phase: 'starting' });
    const result = await getApi().invoke('integrations:sendTestLead', {
      id: integrationId,
      createCompany: choices.createCompany,
    });
    setState(
      result.ok
        ? { phase: 'following', started: result.value, detail: null, readError: null }
        : { phase: 'failed_to_start', error: result.error },
    );
  }

  return { state, start };
}
