import { SCORE_MAX, SCORE_MIN, type ScoreRange } from '#contract';

type RangeDraft = { name: string; min: number; max: number; tag?: string };

const valid = (r: RangeDraft): boolean => Number.isInteger(r.min) && Number.isInteger(r.max) && r.min <= r.max;

/** A new range made by halving the widest one, so the ranges still cover 0–100 afterwards. */
export function addRange(ranges: readonly RangeDraft[], name: string): RangeDraft[] {
  const widest = ranges
    .map((r, index) => ({ r, index }))
    .filter(({ r }) => valid(r) && r.max > r.min)
    .sort((a, b) => b.r.max - b.r.min - (a.r.max - a.r.min))[0];
  if (!widest) return [...ranges, { name, min: SCORE_MIN, max: SCORE_MAX, tag: '' }];
  const { r, index } = widest;
  const mid = Math.floor((r.min + r.max) / 2);
  const next = ranges.map((x, i) => (i === index ? { ...x, max: mid } : x));
  return [...next, { name, min: mid + 1, max: r.max, tag: '' }];
}

/** Removes a range and lets its neighbour take over its scores, so no gap is left behind. */
export function removeRange(ranges: readonly RangeDraft[], index: number): RangeDraft[] {
  const gone = ranges[index];
  const rest = ranges.filter((_, i) => i !== index);
  if (!gone || !valid(gone)) return rest;
  const below = rest.findIndex((r) => valid(r) && r.max + 1 === gone.min);
  if (below >= 0) return rest.map((r, i) => (i === below ? { ...r, max: gone.max } : r));
  const above = rest.findIndex((r) => valid(r) && r.min - 1 === gone.max);
  if (above >= 0) return rest.map((r, i) => (i === above ? { ...r, min: gone.min } : r));
  return rest;
}

export interface Segment {
  /** A range's name, or null for scores no range covers. */
  name: string | null;
  from: number;
  to: number;
}

/** 0–100 cut into what each range covers and the gaps between them, for the coverage bar. */
export function coverage(ranges: readonly RangeDraft[]): Segment[] {
  const sorted = ranges.filter(valid).sort((a, b) => a.min - b.min);
  const out: Segment[] = [];
  let at = SCORE_MIN;
  for (const r of sorted) {
    const from = Math.max(r.min, SCORE_MIN);
    const to = Math.min(r.max, SCORE_MAX);
    if (to < at) continue;
    if (from > at) out.push({ name: null, from: at, to: from - 1 });
    out.push({ name: r.name, from: Math.max(from, at), to });
    at = to + 1;
  }
  if (at <= SCORE_MAX) out.push({ name: null, from: at, to: SCORE_MAX });
  return out;
}

/** The range a score falls in, for the threshold's "inside the medium range" hint. */
export function rangeAt(ranges: readonly RangeDraft[], score: number): RangeDraft | undefined {
  return ranges.find((r) => valid(r) && score >= r.min && score <= r.max);
}

export type { ScoreRange };
