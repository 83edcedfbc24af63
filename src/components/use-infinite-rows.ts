import { useVirtualizer, type VirtualItem } from '@tanstack/react-virtual';
import { useEffect, type RefObject } from 'react';

/** How close to the end of the loaded rows the next page is asked for. */
const PREFETCH_ROWS = 20;

export interface InfiniteRows {
  items: VirtualItem[];
  /** Space above and below the rendered rows, so the scrollbar matches the whole list. */
  paddingTop: number;
  paddingBottom: number;
}

/**
 * A virtualised table over a keyset-paged list: renders only the rows in view and asks for the
 * next page as the user nears the end of what is loaded. Rows have a fixed height.
 */
export function useInfiniteRows<R extends { id: string }>(options: {
  rows: readonly R[];
  scroller: RefObject<HTMLDivElement | null>;
  rowHeight: number;
  hasMore: boolean;
  loadingMore: boolean;
  onLoadMore: () => void;
}): InfiniteRows {
  const { rows, scroller, rowHeight, hasMore, loadingMore, onLoadMore } = options;
  // The compiler skips memoising callers of this hook; they re-render on every scroll anyway.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => rowHeight,
    overscan: 10,
    getItemKey: (index) => rows[index]?.id ?? index,
  });
  const items = virtualizer.getVirtualItems();
  const lastIndex = items.at(-1)?.index ?? -1;

  useEffect(() => {
    if (hasMore && !loadingMore && lastIndex >= rows.length - PREFETCH_ROWS) onLoadMore();
  }, [hasMore, loadingMore, lastIndex, rows.length, onLoadMore]);

  return {
    items,
    paddingTop: items[0]?.start ?? 0,
    paddingBottom: virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0),
  };
}
