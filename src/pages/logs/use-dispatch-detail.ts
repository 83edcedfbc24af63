import { useCallback, useEffect, useState } from 'react';
import type { AppErrorPayload, LogLead, OutputOf } from '#contract';
import { getApi } from '../../api';

type Detail = OutputOf<'dispatch:get'>;

interface Loaded {
  id: string;
  detail: Detail | null;
  lead: LogLead | null;
  error: AppErrorPayload | null;
}

const LIVE_DEBOUNCE_MS = 250;

/** One dispatch with its attempts and its lead, re-read whenever the engine reports it changed. */
export function useDispatchDetail(id: string | null, leadId: string | null) {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [round, setRound] = useState(0);

  useEffect(() => {
    if (id === null || leadId === null) return;
    let cancelled = false;
    const api = getApi();
    void Promise.all([api.invoke('dispatch:get', { id }), api.invoke('logs:lead', { id: leadId })]).then(
      ([detail, lead]) => {
        if (cancelled) return;
        setLoaded({
          id,
          detail: detail.ok ? detail.value : null,
          lead: lead.ok ? lead.value : null,
          error: !detail.ok ? detail.error : !lead.ok ? lead.error : null,
        });
      },
    );
    return () => {
      cancelled = true;
    };
  }, [id, leadId, round]);

  useEffect(() => {
    if (id === null) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const off = getApi().on('dispatch:changed', ({ changes }) => {
      if (!changes.some((c) => c.id === id)) return;
      clearTimeout(timer);
      timer = setTimeout(() => setRound((r) => r + 1), LIVE_DEBOUNCE_MS);
    });
    return () => {
      clearTimeout(timer);
      off();
    };
  }, [id]);

  const reload = useCallback(() => setRound((r) => r + 1), []);
  const current = loaded !== null && loaded.id === id ? loaded : null;
  return { detail: current?.detail ?? null, lead: current?.lead ?? null, error: current?.error ?? null, reload };
}
