import type { MantineColor } from '@mantine/core';

/** Lowest range first: grey for the leads nobody wants, teal for the best. */
const SCALE: readonly MantineColor[] = ['gray', 'orange', 'yellow', 'lime', 'teal'];

interface NamedRange {
  name: string;
  min: number;
}

/** A colour per range name, ordered by where the range starts, so a range keeps its colour everywhere. */
export function rangeColors(ranges: readonly NamedRange[]): Map<string, MantineColor> {
  const sorted = [...ranges].filter((r) => Number.isFinite(r.min)).sort((a, b) => a.min - b.min);
  const last = sorted.length - 1;
  return new Map(
    sorted.map((r, i) => {
      const step = last <= 0 ? SCALE.length - 1 : Math.round((i * (SCALE.length - 1)) / last);
      return [r.name, SCALE[step] ?? 'gray'];
    }),
  );
}
