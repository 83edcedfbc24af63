import { useCallback, useEffect, useState } from 'react';
import type { AppErrorPayload, RescorePreview, RescoreView } from '#contract';
import { getApi } from '../../api';

/** How far a run has got, 0–100; a finished run is whole whatever leads left its scope meanwhile. */
export function rescorePercent(job: RescoreView): number {
  if (job.state !== 'running') return 100;
  if (job.total === 0) return 0;
  return Math.min(100, Math.floor((job.rescored / job.total) * 100));
}

/** The client's latest re-score, kept current by its progress events (and read once on arrival). */
export function useLatestRescore(clientId: string): {
  job: RescoreView | null;
  track: (job: RescoreView) => void;
} {
  const [latest, setLatest] = useState<{ clientId: string; job: RescoreView | null }>({ clientId, job: null });

  const track = useCallback(
    (job: RescoreView) =>
      setLatest((prev) => {
        if (job.clientId !== clientId) return prev;
        // A late answer never takes a finished run back to running, nor a newer run back to an older one.
        const current = prev.clientId === clientId ? prev.job : null;
        if (current && current.id === job.id && current.state !== 'running' && job.state === 'running') return prev;
        if (current && current.id !== job.id && current.startedAt > job.startedAt) return prev;
        return { clientId, job };
      }),
    [clientId],
  );

  useEffect(() => {
    let cancelled = false;
    const api = getApi();
    const off = api.on('scoring:rescoreProgress', track);
    void api.invoke('scoring:rescoreLatest', { clientId }).then((result) => {
      if (!cancelled && result.ok && result.value) track(result.value);
    });
    return () => {
      cancelled = true;
      off();
    };
  }, [clientId, track]);

  return { job: latest.clientId === clientId ? latest.job : null, track };
}

export type PreviewState =
  { status: 'loading' } | { status: 'ready'; preview: RescorePreview } | { status: 'failed'; error: AppErrorPayload };

/**
 * What a re-score would change, counted by the core once `active` (the dialog is remounted for
 * every offer, so each offer counts afresh).
 */
export function useRescorePreview(clientId: string, active: boolean): PreviewState {
  const [state, setState] = useState<PreviewState>({ status: 'loading' });
  useEffect(() => {
    if (!active) return;
    let cancelled = false;
    void getApi()
      .invoke('scoring:rescorePreview', { clientId })
      .then((result) => {
        if (cancelled) return;
        setState(result.ok ? { status: 'ready', preview: result.value } : { status: 'failed', error: result.error });
      });
    return () => {
      cancelled = true;
    };
  }, [clientId, active]);
  return state;
}

/** Whether the client has any lead at all: without one, there is nothing to offer to re-score. */
export async function clientHasLeads(clientId: string): Promise<boolean> {
  const result = await getApi().invoke('leads:list', { clientId, limit: 1 });
  return result.ok && result.value.rows.length > 0;
}
