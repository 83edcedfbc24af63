import { useEffect, useMemo, useState } from 'react';
import type { ReportInput } from '#contract';
import { getApi } from '../../api';
import { useApiQuery } from '../send-leads/use-api-query';

// A refresh reads a month of leads and dispatches; while leads flow, once every few seconds is plenty.
const LIVE_DEBOUNCE_MS = 3000;

/** The user's IANA zone: where the report's days start. */
export function userTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/**
 * The report for `input`, kept live: leads and dispatches changing for the client (often in bursts
 * while an import runs or leads are sent) count again once things calm down.
 */
export function useReport(input: ReportInput | null) {
  const [round, setRound] = useState(0);
  const clientId = input?.clientId ?? null;

  useEffect(() => {
    if (clientId === null) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const later = () => {
      clearTimeout(timer);
      timer = setTimeout(() => setRound((n) => n + 1), LIVE_DEBOUNCE_MS);
    };
    const api = getApi();
    const offs = [
      api.on('leads:changed', (e) => e.clientId === clientId && later()),
      api.on('dispatch:changed', (e) => e.changes.some((c) => c.clientId === clientId) && later()),
      api.on('integrations:changed', (e) => e.clientId === clientId && later()),
      api.on('scoring:changed', (e) => e.clientId === clientId && later()),
    ];
    return () => {
      clearTimeout(timer);
      offs.forEach((off) => off());
    };
  }, [clientId]);

  const key = useMemo(() => (input === null ? null : `${JSON.stringify(input)}|${round}`), [input, round]);
  return useApiQuery(key, () => getApi().invoke('report:get', input!));
}
