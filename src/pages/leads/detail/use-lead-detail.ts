import { useCallback, useEffect, useState } from 'react';
import type { AppErrorPayload, LeadDetail } from '#contract';
import { getApi } from '../../../api';

const LIVE_DEBOUNCE_MS = 300;

interface Loaded {
  id: string;
  detail: LeadDetail | null;
  error: AppErrorPayload | null;
}

/** One lead with its checks, reasons and dispatches, re-read when the lead or its dispatches change. */
export function useLeadDetail(id: string | null, clientId: string) {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [round, setRound] = useState(0);

  useEffect(() => {
    if (id === null) return;
    let cancelled = false;
    void getApi()
      .invoke('leads:get', { id })
      .then((result) => {
        if (cancelled) return;
        setLoaded({ id, detail: result.ok ? result.value : null, error: result.ok ? null : result.error });
      });
    return () => {
      cancelled = true;
    };
  }, [id, round]);

  useEffect(() => {
    if (id === null) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const later = () => {
      clearTimeout(timer);
      timer = setTimeout(() => setRound((r) => r + 1), LIVE_DEBOUNCE_MS);
    };
    const api = getApi();
    const offLeads = api.on('leads:changed', (event) => {
      if (event.clientId === clientId && event.reason !== 'created') later();
    });
    const offDispatch = api.on('dispatch:changed', ({ changes }) => {
      if (changes.some((c) => c.leadId === id)) later();
    });
    return () => {
      clearTimeout(timer);
      offLeads();
      offDispatch();
    };
  }, [id, clientId]);

  const reload = useCallback(() => setRound((r) => r + 1), []);
  const current = loaded !== null && loaded.id === id ? loaded : null;
  return { detail: current?.detail ?? null, error: current?.error ?? null, reload };
}
