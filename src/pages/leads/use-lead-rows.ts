import { useCallback, useEffect, useRef, useState } from 'react';
import type { AppErrorPayload, LeadRow, LeadsListInput } from '../../../electron/contract';
import { getApi } from '../../api';

export const PAGE_SIZE = 100;
/** The most `leads:list` gives in one call; a refresh re-reads what is loaded in pages this big. */
const REFRESH_PAGE = 200;
/** An import pushes an event per batch: the table follows at this pace, not per batch. */
const LIVE_THROTTLE_MS = 800;

type Query = Omit<LeadsListInput, 'cursor' | 'limit'>;

interface Loaded {
  key: string;
  rows: LeadRow[];
  nextCursor: string | null;
  total: number;
  error: AppErrorPayload | null;
}

export interface LeadRows {
  rows: LeadRow[];
  total: number;
  hasMore: boolean;
  /** The first page of the current filters has not answered yet. */
  loading: boolean;
  loadingMore: boolean;
  error: AppErrorPayload | null;
  loadMore: () => void;
  refresh: () => void;
}

async function fetchUntil(query: Query, count: number): Promise<Omit<Loaded, 'key'>> {
  const rows: LeadRow[] = [];
  let cursor: string | undefined;
  let total = 0;
  do {
    const limit = Math.min(REFRESH_PAGE, Math.max(PAGE_SIZE, count - rows.length));
    const result = await getApi().invoke('leads:list', { ...query, limit, cursor });
    if (!result.ok) return { rows, nextCursor: null, total, error: result.error };
    rows.push(...result.value.rows);
    total = result.value.total ?? total;
    cursor = result.value.nextCursor ?? undefined;
  } while (cursor !== undefined && rows.length < count);
  return { rows, nextCursor: cursor ?? null, total, error: null };
}

/**
 * A client's leads for a query, page by page over the core's keyset cursor, kept live: `leads:changed`
 * events for this client re-read what is already loaded, at most every LIVE_THROTTLE_MS, so new leads
 * appear at the top and the rows the user scrolled to stay loaded.
 */
export function useLeadRows(query: Query): LeadRows {
  const key = JSON.stringify(query);
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [loadingMore, setLoadingMore] = useState(false);
  const latest = useRef<{ key: string; query: Query; loaded: Loaded | null }>({ key, query, loaded });
  const busy = useRef(false);

  useEffect(() => {
    latest.current = { key, query, loaded };
  });

  const load = useCallback((count: number) => {
    const { key: k, query: q } = latest.current;
    void fetchUntil(q, count).then((answer) => {
      // An answer for filters the user has already changed is dropped.
      if (latest.current.key === k) setLoaded({ key: k, ...answer });
    });
  }, []);

  useEffect(() => {
    load(PAGE_SIZE);
  }, [key, load]);

  const refresh = useCallback(() => {
    const current = latest.current.loaded;
    load(current?.key === latest.current.key ? Math.max(PAGE_SIZE, current.rows.length) : PAGE_SIZE);
  }, [load]);

  const clientId = query.clientId;
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const off = getApi().on('leads:changed', (event) => {
      // Throttled, not debounced: an import's steady stream of events must not postpone every refresh.
      if (event.clientId !== clientId || timer !== undefined) return;
      timer = setTimeout(() => {
        timer = undefined;
        refresh();
      }, LIVE_THROTTLE_MS);
    });
    return () => {
      clearTimeout(timer);
      off();
    };
  }, [clientId, refresh]);

  const loadMore = useCallback(() => {
    const { key: k, query: q, loaded: l } = latest.current;
    if (busy.current || l?.key !== k || l.nextCursor === null) return;
    busy.current = true;
    setLoadingMore(true);
    void getApi()
      .invoke('leads:list', { ...q, limit: PAGE_SIZE, cursor: l.nextCursor })
      .then((result) => {
        busy.current = false;
        setLoadingMore(false);
        if (latest.current.key !== k) return;
        setLoaded((prev) => {
          if (prev?.key !== k) return prev;
          if (!result.ok) return { ...prev, error: result.error };
          // A live refresh may have landed meanwhile and already hold some of these rows.
          const seen = new Set(prev.rows.map((r) => r.id));
          return {
            key: k,
            rows: [...prev.rows, ...result.value.rows.filter((r) => !seen.has(r.id))],
            nextCursor: result.value.nextCursor,
            total: prev.total,
            error: null,
          };
        });
      });
  }, []);

  const current = loaded?.key === key ? loaded : null;
  return {
    rows: current?.rows ?? [],
    total: current?.total ?? 0,
    hasMore: current?.nextCursor != null,
    loading: current === null,
    loadingMore,
    error: current?.error ?? null,
    loadMore,
    refresh,
  };
}
