import { Center, Loader, Table } from '@mantine/core';
import { useCallback, useLayoutEffect, useRef, type ReactNode } from 'react';
import { LoadingMore } from './LoadingMore';
import { OpenableRow } from './OpenableRow';
import layout from './page-layout.module.css';
import { useInfiniteRows } from './use-infinite-rows';

export interface VirtualColumn<R> {
  key: string;
  header: ReactNode;
  /** The header cell's width: pixels, or a share of what the fixed columns leave (`calc(…)`). */
  width: number | string;
  cell: (row: R) => ReactNode;
}

interface VirtualTableProps<R extends { id: string }> {
  /** Every row loaded so far; each is keyed by its id. */
  rows: readonly R[];
  columns: readonly VirtualColumn<R>[];
  /** Fixed: every row has the same height, so the virtualiser never has to measure. */
  rowHeight: number;
  /** The table's accessible name. */
  label: string;
  /** Below this width the table scrolls sideways rather than squeezing its columns. */
  minWidth?: number;
  /** The first page is loading: a spinner instead of the table. */
  loading: boolean;
  /** What shows instead of the table when there are no rows. */
  empty: ReactNode;
  hasMore: boolean;
  loadingMore: boolean;
  onLoadMore: () => void;
  /** What shows under the rows while the next page loads. */
  loadingMoreLabel: string;
  /** A row opens its detail by click, Enter or Space; the open one is marked. */
  onOpen: (row: R) => void;
  selectedId: string | null;
  /**
   * When a refresh adds rows above the first one in view, the view stays on that row (at the very top,
   * new rows simply show up).
   */
  keepPlaceOnRefresh?: boolean;
  /** Test ids: the scroller's, and each row's with its own `data-*` attributes. */
  scrollerTestId: string;
  rowData: (row: R) => Record<`data-${string}`, string>;
}

/**
 * A virtualised table over a keyset-paged list, for a page whose table takes the rest of the window
 * (see page-layout.module.css): a sticky header, only the rows in view rendered, the next page asked for
 * as the user nears the end, each row opening a detail and placed in the whole list for assistive technology.
 */
export function VirtualTable<R extends { id: string }>(props: VirtualTableProps<R>) {
  if (props.loading) {
    return (
      <Center py={64}>
        <Loader size="sm" />
      </Center>
    );
  }
  if (props.rows.length === 0) return props.empty;
  return <Rows {...props} />;
}

function Rows<R extends { id: string }>(props: VirtualTableProps<R>) {
  const { rows, columns, rowHeight, hasMore, loadingMore, onLoadMore } = props;
  const keepPlace = props.keepPlaceOnRefresh ?? false;
  const scroller = useRef<HTMLDivElement>(null);
  // The first row in view, remembered on scroll and after each change of the rows; when rows are
  // added above it, the view moves down by as many.
  const anchor = useRef<{ id: string; index: number } | null>(null);
  const remember = useCallback(() => {
    const first = Math.floor((scroller.current?.scrollTop ?? 0) / rowHeight);
    const row = rows[first];
    anchor.current = row ? { id: row.id, index: first } : null;
  }, [rows, rowHeight]);
  useLayoutEffect(() => {
    if (!keepPlace) return;
    const el = scroller.current;
    const saved = anchor.current;
    if (el && saved && el.scrollTop > 0) {
      const index = rows.findIndex((r) => r.id === saved.id);
      if (index >= 0 && index !== saved.index) el.scrollTop += (index - saved.index) * rowHeight;
    }
    remember();
  }, [rows, rowHeight, remember, keepPlace]);
  const { items, paddingTop, paddingBottom } = useInfiniteRows({
    rows,
    scroller,
    rowHeight,
    hasMore,
    loadingMore,
    onLoadMore,
  });

  return (
    <div
      ref={scroller}
      onScroll={keepPlace ? remember : undefined}
      className={layout.scroller}
      data-testid={props.scrollerTestId}
    >
      <Table
        stickyHeader
        highlightOnHover
        layout="fixed"
        miw={props.minWidth}
        aria-label={props.label}
        aria-rowcount={rows.length}
      >
        <Table.Thead>
          <Table.Tr>
            {columns.map((column) => (
              <Table.Th key={column.key} w={column.width}>
                {column.header}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {paddingTop > 0 && <tr aria-hidden style={{ height: paddingTop }} />}
          {items.map((item) => {
            const row = rows[item.index];
            if (!row) return null;
            return (
              <OpenableRow
                key={item.key}
                {...props.rowData(row)}
                index={item.index}
                height={rowHeight}
                selected={row.id === props.selectedId}
                onOpen={() => props.onOpen(row)}
              >
                {columns.map((column) => (
                  <Table.Td key={column.key}>{column.cell(row)}</Table.Td>
                ))}
              </OpenableRow>
            );
          })}
          {paddingBottom > 0 && <tr aria-hidden style={{ height: paddingBottom }} />}
        </Table.Tbody>
      </Table>
      {loadingMore && <LoadingMore label={props.loadingMoreLabel} />}
    </div>
  );
}
