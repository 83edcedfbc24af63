import { useEffect } from 'react';
import type { LogRow, LogsListInput } from '#contract';
import { getApi } from '../../api';
import { useKeysetRows, type FetchPage, type KeysetRows } from '../../components/use-keyset-rows';

const LIVE_DEBOUNCE_MS = 400;

type Query = Omit<LogsListInput, 'cursor' | 'limit'>;

const fetchPage: FetchPage<Query, LogRow> = (query, limit, cursor) =>
  getApi().invoke('logs:list', { ...query, limit, cursor });

/**
 * The dispatches for a query, kept live: a burst of `dispatch:changed` events re-reads what is
 * already loaded, once, so rows change in place.
 */
export function useLogRows(query: Query | null): KeysetRows<LogRow> {
  const list = useKeysetRows(query, fetchPage);
  const { refresh } = list;
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
  return list;
}
