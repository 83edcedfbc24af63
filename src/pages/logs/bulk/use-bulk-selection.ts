import { useHotkeys } from '@mantine/hooks';
import { useCallback, useEffect, useState, type KeyboardEvent } from 'react';
import type { BulkAction } from '#contract';
import { getApi } from '../../../api';
import { useLogsBulk, type BulkQuery } from './bulk-store';
import { isSelectAll } from './shortcuts';

/** After the dispatches stop changing for this long (a busy queue is counted again on confirming). */
const RECOUNT_DEBOUNCE_MS = 2000;

/**
 * The Logs selection for these filters: dropped when the filters change or the page is left, counted again as
 * dispatches change, and its keyboard: Ctrl/⌘+A in the table selects all matching, Esc clears,
 * Shift+R (anywhere but a text field) asks to resend.
 */
export function useBulkSelection(query: BulkQuery | null) {
  const selection = useLogsBulk((s) => s.selection);
  const job = useLogsBulk((s) => s.job);
  const selectAll = useLogsBulk((s) => s.selectAll);
  const follow = useLogsBulk((s) => s.follow);
  const clear = useLogsBulk((s) => s.clear);
  const refresh = useLogsBulk((s) => s.refresh);
  const [confirming, setConfirming] = useState<BulkAction | null>(null);
  /** Changes each time the confirmation opens (its key). */
  const [opened, setOpened] = useState(0);
  const active = selection !== null;
  const busy = job?.phase === 'starting' || job?.phase === 'running';

  useEffect(() => {
    if (query) follow(query);
    else clear();
  }, [query, follow, clear]);
  // Leaving the page ends the selection (a running action carries on, and its summary waits).
  useEffect(() => clear, [clear]);

  useEffect(() => {
    if (!active) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const off = getApi().on('dispatch:changed', () => {
      clearTimeout(timer);
      timer = setTimeout(() => void refresh(), RECOUNT_DEBOUNCE_MS);
    });
    return () => {
      clearTimeout(timer);
      off();
    };
  }, [active, refresh]);

  const select = useCallback(() => {
    if (query) void selectAll(query);
  }, [query, selectAll]);

  const ask = useCallback(
    (action: BulkAction) => {
      if (!active || busy) return;
      setConfirming(action);
      setOpened((n) => n + 1);
    },
    [active, busy],
  );

  useHotkeys([['shift+R', () => confirming === null && ask('resend')]]);

  /** For the table's container: the keys that act on the selection while the table has focus. */
  const onTableKeyDown = useCallback(
    (e: KeyboardEvent) => {
      if (isSelectAll(e)) {
        e.preventDefault();
        select();
      } else if (e.key === 'Escape' && active) clear();
    },
    [select, clear, active],
  );

  return { active, select, ask, confirming, opened, closeConfirm: () => setConfirming(null), onTableKeyDown };
}
