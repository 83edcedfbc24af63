import { useCallback, useEffect, useRef, useState } from 'react';
import type { AppErrorPayload, LogRow, LogsListInput } from '../../../electron/contract';
import { getApi } from '../../api';

export const PAGE_SIZE = 100;
/** The most `logs:list` gives in one call; a refresh re-reads what is loaded in pages this big. */
const REFRESH_PAGE = 200;
const LIVE_DEBOUNCE_MS = 400;

type Query = Omit<LogsListInput, 'cursor' | 'limit'>;

interface Loaded {
  key: string;
  rows: LogRow[];
  nextCursor: string | null;
  error: AppErrorPayload | null;
}

export interface LogRows {
  rows: LogRow[];
  hasMore: boolean;
  /** The first page of the current filters has not answered yet. */
  loading: boolean;
  loadingMore: boolean;
  error: AppErrorPayload | null;
  loadMore: () => void;
  refresh: () => void;
}

async function fetchUntil(query: Query, count: number): Promise<Omit<Loaded, 'key'>> {
  const rows: LogRow[] = [];
  let cursor: string | undefined;
  do {
    const limit = Math.min(REFRESH_PAGE, Math.max(PAGE_SIZE, count - rows.length));
    const result = await getApi().invoke('logs:list', { ...query, limit, cursor });
    if (!result.ok) return { rows, nextCursor: null, error: result.error };
    rows.push(...result.value.rows);
    cursor = result.value.nextCursor ?? undefined;
  } while (cursor !== undefined && rows.length < count);
  return { rows, nextCursor: cursor ?? null, error: null };
}

/**
 * The dispatches for a query, page by page (keyset cursors from the core), kept live: a burst of
 * `dispatch:changed` events re-reads what is already loaded, once, so rows change in place and the
 * scroll position stays where the user left it.
 */
export function useLogRows(query: Query | null): LogRows {
  const key = query === null ? null : JSON.stringify(query);
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [loadingMore, setLoadingMore] = useState(false);
  const latest = useRef<{ key: string | null; query: Query | null; loaded: Loaded | null }>({
    key,
    query,
    loaded,
  });
  const busy = useRef(false);

  useEffect(() => {
    latest.current = { key, query, loaded };
  });

  const load = useCallback((count: number) => {
    const { key: k, query: q } = latest.current;
    if (k === null || q === null) return;
    void fetchUntil(q, count).then((answer) => {
      // An answer for filters the user has already changed is dropped.
      if (latest.current.key === k) setLoaded({ key: k, ...answer });
    });
  }, []);

  useEffect(() => {
    if (key !== null) load(PAGE_SIZE);
  }, [key, load]);

  const refresh = useCallback(() => {
    const current = latest.current.loaded;
    load(current?.key === latest.current.key ? Math.max(PAGE_SIZE, current.rows.length) : PAGE_SIZE);
  }, [load]);

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const off = getApi().on('dispatch:changed', () => {
      clearTimeout(timer);
      timer = setTimeout(refresh, LIVE_DEBOUNCE_MS);
    });
    return () => {
      clearTimeout(timer);
      off();
    };
  }, [refresh]);

  const loadMore = useCallback(() => {
    const { key: k, query: q, loaded: l } = latest.current;
    if (busy.current || k === null || q === null || l?.key !== k || l.nextCursor === null) return;
    busy.current = true;
    setLoadingMore(true);
    void getApi()
      .invoke('logs:list', { ...q, limit: PAGE_SIZE, cursor: l.nextCursor })
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
            error: null,
          };
        });
      });
  }, []);

  const current = loaded?.key === key ? loaded : null;
  return {
    rows: current?.rows ?? [],
    hasMore: current?.nextCursor != null,
    loading: key !== null && current === null,
    loadingMore,
    error: current?.error ?? null,
    loadMore,
    refresh,
  };
}
