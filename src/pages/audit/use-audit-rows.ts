import { useCallback, useEffect, useMemo } from 'react';
import type { AuditEntry, AuditKind } from '#contract';
import { getApi } from '../../api';
import { useKeysetRows, type FetchPage, type KeysetRows } from '../../components/use-keyset-rows';

export interface AuditQuery {
  clientId: string;
  kinds?: AuditKind[];
  from?: number;
  to?: number;
}

const fetchPage: FetchPage<AuditQuery, AuditEntry> = (query, limit, cursor) =>
  getApi().invoke('audit:list', { ...query, limit, cursor });

/** The events after which a client's history has a new row; the list re-reads what it shows. */
const CHANGES = ['clients:changed', 'integrations:changed', 'scoring:changed', 'intake:changed'] as const;

/** A client's changes, newest first, page by page; kept current while changes are made elsewhere. */
export function useAuditRows(query: AuditQuery | null): KeysetRows<AuditEntry> {
  const key = query === null ? null : JSON.stringify(query);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- keyed on the query's content, not its identity
  const stable = useMemo(() => query, [key]);
  const list = useKeysetRows(stable, fetchPage);
  const { refresh } = list;
  const clientId = query?.clientId ?? null;
  const onChange = useCallback(
    (payload: { clientId?: string }) => {
      if (payload.clientId === undefined || payload.clientId === clientId) refresh();
    },
    [clientId, refresh],
  );
  useEffect(() => {
    if (clientId === null) return;
    const api = getApi();
    const stops = CHANGES.map((event) => api.on(event, (payload) => onChange(payload as { clientId?: string })));
    return () => stops.forEach((stop) => stop());
  }, [clientId, onChange]);
  return list;
}
