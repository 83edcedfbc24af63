import { Table } from '@mantine/core';
import type { ReactNode } from 'react';

/**
 * A row of a virtualised list that opens a detail: by click, Enter or Space, marked while its
 * detail is open, with its place in the whole list for assistive technology.
 */
export function OpenableRow({
  index,
  height,
  selected,
  onOpen,
  children,
  ...data
}: {
  index: number;
  height: number;
  selected: boolean;
  onOpen: () => void;
  children: ReactNode;
} & Record<`data-${string}`, string>) {
  return (
    <Table.Tr
      {...data}
      aria-rowindex={index + 1}
      aria-selected={selected}
      bg={selected ? 'var(--mantine-primary-color-light)' : undefined}
      tabIndex={0}
      style={{ height, cursor: 'pointer' }}
      onClick={onOpen}
      onKeyDown={(e) => {
        if (e.key === 'Enter' || e.key === ' ') {
          e.preventDefault();
          onOpen();
        }
      }}
    >
      {children}
    </Table.Tr>
  );
}
