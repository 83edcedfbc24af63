import { useCallback, useEffect, useRef, useState } from 'react';
import type { AppErrorPayload, Result } from '#contract';

/** A page as the core's keyset-paged lists answer it; `total` only where the list counts. */
export interface KeysetPage<R> {
  rows: R[];
  nextCursor: string | null;
  total?: number | null;
  /** The list counted only so far: more than `total` match. */
  totalCapped?: boolean;
}

export type FetchPage<Q, R> = (query: Q, limit: number, cursor: string | undefined) => Promise<Result<KeysetPage<R>>>;

export const PAGE_SIZE = 100;
/** The most a list gives in one call; a refresh re-reads what is loaded in pages this big. */
const REFRESH_PAGE = 200;

interface Loaded<R> {
  key: string;
  rows: R[];
  nextCursor: string | null;
  total: number;
  totalCapped: boolean;
  error: AppErrorPayload | null;
}

export interface KeysetRows<R> {
  rows: R[];
  /** From the first page, for lists that count (0 otherwise). */
  total: number;
  /** More than `total` match (the list stops counting at a cap). */
  totalCapped: boolean;
  hasMore: boolean;
  /** The first page of the current query has not answered yet. */
  loading: boolean;
  loadingMore: boolean;
  error: AppErrorPayload | null;
  loadMore: () => void;
  /** Re-reads what is loaded (as many rows as the user scrolled to), e.g. after a live change. */
  refresh: () => void;
}

async function fetchUntil<Q, R>(fetchPage: FetchPage<Q, R>, query: Q, count: number): Promise<Omit<Loaded<R>, 'key'>> {
  const rows: R[] = [];
  let cursor: string | undefined;
  let total = 0;
  let totalCapped = false;
  do {
    const limit = Math.min(REFRESH_PAGE, Math.max(PAGE_SIZE, count - rows.length));
    const result = await fetchPage(query, limit, cursor);
    if (!result.ok) return { rows, nextCursor: null, total, totalCapped, error: result.error };
    rows.push(...result.value.rows);
    if (result.value.total != null) {
      total = result.value.total;
      totalCapped = result.value.totalCapped ?? false;
    }
    cursor = result.value.nextCursor ?? undefined;
  } while (cursor !== undefined && rows.length < count);
  return { rows, nextCursor: cursor ?? null, total, totalCapped, error: null };
}

/**
 * A keyset-paged list for a query (null: nothing to load yet), page by page as the user scrolls.
 * Answers for a query the user has already changed are dropped, and a refresh re-reads what is
 * loaded so rows change in place and the scroll position stays where the user left it.
 */
export function useKeysetRows<Q, R extends { id: string }>(query: Q | null, fetchPage: FetchPage<Q, R>): KeysetRows<R> {
  const key = query === null ? null : JSON.stringify(query);
  const [loaded, setLoaded] = useState<Loaded<R> | null>(null);
  const [loadingMore, setLoadingMore] = useState(false);
  const latest = useRef({ key, query, loaded, fetchPage });
  const busy = useRef(false);

  useEffect(() => {
    latest.current = { key, query, loaded, fetchPage };
  });

  const load = useCallback((count: number) => {
    const { key: k, query: q, fetchPage: fetch } = latest.current;
    if (k === null || q === null) return;
    void fetchUntil(fetch, q, count).then((answer) => {
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

  const loadMore = useCallback(() => {
    const { key: k, query: q, loaded: l, fetchPage: fetch } = latest.current;
    if (busy.current || k === null || q === null || l?.key !== k || l.nextCursor === null) return;
    busy.current = true;
    setLoadingMore(true);
    void fetch(q, PAGE_SIZE, l.nextCursor).then((result) => {
      busy.current = false;
      setLoadingMore(false);
      if (latest.current.key !== k) return;
      setLoaded((prev) => {
        if (prev?.key !== k) return prev;
        if (!result.ok) return { ...prev, error: result.error };
        // A live refresh may have landed meanwhile and already hold some of these rows.
        const seen = new Set(prev.rows.map((r) => r.id));
        return {
          ...prev,
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
    total: current?.total ?? 0,
    totalCapped: current?.totalCapped ?? false,
    hasMore: current?.nextCursor != null,
    loading: key !== null && current === null,
    loadingMore,
    error: current?.error ?? null,
    loadMore,
    refresh,
  };
}
