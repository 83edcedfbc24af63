import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppErrorPayload, HomeOverview } from '#contract';
import { getApi } from '../../api';
import { useBacklog } from '../../stores/backlog';
import { useClients } from '../../stores/clients';
import { userTimeZone } from '../report/use-report';
import { backlogRows, type HomeBacklog } from './backlog-rows';

/**
 * Events come in bursts while leads arrive and are sent: the overview is read again at most this
 * often, and once more after the last event of a burst, never once per event.
 */
export const LIVE_GAP_MS = 2500;
/** Without events, today still ends and errors leave the last 24 hours: a read a minute follows that. */
const IDLE_REFRESH_MS = 60_000;

/** The home screen's overview, kept live from the core's events without re-reading it for each. */
export function useOverview() {
  const [overview, setOverview] = useState<HomeOverview | null>(null);
  const [error, setError] = useState<AppErrorPayload | null>(null);
  const asked = useRef(0);

  const load = useCallback((): Promise<void> => {
    const ticket = ++asked.current;
    return getApi()
      .invoke('home:overview', { timeZone: userTimeZone() })
      .then((result) => {
        if (ticket !== asked.current) return;
        if (result.ok) {
          setOverview(result.value);
          setError(null);
        } else setError(result.error);
      });
  }, []);

  useEffect(() => {
    void load();
    let timer: ReturnType<typeof setTimeout> | undefined;
    let last = Date.now();
    const read = () => {
      timer = undefined;
      last = Date.now();
      void load();
    };
    // A throttle with a trailing read: steady traffic still updates the screen every LIVE_GAP_MS.
    const soon = () => {
      if (timer === undefined) timer = setTimeout(read, Math.max(0, last + LIVE_GAP_MS - Date.now()));
    };
    const api = getApi();
    const offs = [
      api.on('dispatch:changed', soon),
      api.on('dispatch:integrationStatus', soon),
      api.on('integrations:changed', soon),
      api.on('leads:changed', soon),
      api.on('leads:importProgress', soon),
      api.on('clients:changed', soon),
    ];
    const idle = setInterval(soon, IDLE_REFRESH_MS);
    return () => {
      clearTimeout(timer);
      clearInterval(idle);
      offs.forEach((off) => off());
    };
  }, [load]);

  return { overview, error, reload: load };
}

/**
 * Every queue with something in it, live: the engine pushes `dispatch:backlog` every second while
 * one moves (the backlog store), so the screen never asks the database for them.
 */
export function useBacklogRows(overview: HomeOverview | null): HomeBacklog[] {
  const { i18n } = useTranslation();
  const items = useBacklog((s) => s.items);
  const clients = useClients((s) => s.all);
  const stopped = overview?.stopped;
  return useMemo(
    () => backlogRows(items, clients, new Set((stopped ?? []).map((s) => s.integrationId)), i18n.language),
    [items, clients, stopped, i18n.language],
  );
}
