import { useEffect } from 'react';
import type { LeadRow, LeadsListInput } from '#contract';
import { getApi } from '../../api';
import { useKeysetRows, type FetchPage, type KeysetRows } from '../../components/use-keyset-rows';

/** An import pushes an event per batch: the table follows at this pace, not per batch. */
const LIVE_THROTTLE_MS = 800;

type Query = Omit<LeadsListInput, 'cursor' | 'limit'>;

const fetchPage: FetchPage<Query, LeadRow> = (query, limit, cursor) =>
  getApi().invoke('leads:list', { ...query, limit, cursor });

/**
 * A client's leads for a query, kept live: `leads:changed` events for this client re-read what is
 * already loaded, at most every LIVE_THROTTLE_MS, so new leads appear at the top and the rows the
 * user scrolled to stay loaded.
 */
export function useLeadRows(query: Query): KeysetRows<LeadRow> {
  const list = useKeysetRows(query, fetchPage);
  const { refresh } = list;
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
  return list;
}
