import { useCallback, useEffect, useRef, useState } from 'react';
import type { AppErrorPayload, LogsHealth } from '#contract';
import { getApi } from '../../api';

// A refresh reads a month of the outbox; while leads flow, once every few seconds is plenty.
const LIVE_DEBOUNCE_MS = 3000;

/**
 * The health of every client, kept live: dispatch and integration events (often in bursts while
 * leads are sent) re-read it once after things calm down, not once per event.
 */
export function useHealth(active: boolean) {
  const [health, setHealth] = useState<LogsHealth | null>(null);
  const [error, setError] = useState<AppErrorPayload | null>(null);
  const asked = useRef(0);

  const load = useCallback(() => {
    const ticket = ++asked.current;
    // Minutes east of UTC, as the core's daily buckets expect (getTimezoneOffset is west).
    const utcOffsetMinutes = -new Date().getTimezoneOffset();
    void getApi()
      .invoke('logs:health', { utcOffsetMinutes })
      .then((result) => {
        if (ticket !== asked.current) return;
        if (result.ok) {
          setHealth(result.value);
          setError(null);
        } else setError(result.error);
      });
  }, []);

  useEffect(() => {
    if (!active) return;
    load();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const later = () => {
      clearTimeout(timer);
      timer = setTimeout(load, LIVE_DEBOUNCE_MS);
    };
    const api = getApi();
    const offs = [
      api.on('dispatch:changed', later),
      api.on('integrations:changed', later),
      api.on('dispatch:integrationStatus', later),
    ];
    return () => {
      clearTimeout(timer);
      offs.forEach((off) => off());
    };
  }, [active, load]);

  const markSeen = useCallback(
    async (clientId: string) => {
      await getApi().invoke('logs:markSeen', { clientId });
      load();
    },
    [load],
  );

  return { health, error, reload: load, markSeen };
}
