import { useEffect, useMemo, useState } from 'react';
import type { ScoreRange } from '#contract';
import { getApi } from '../../api';

/** Best range first: green for the top, red for the bottom, the colours between spread evenly. */
const PALETTE = ['teal', 'lime', 'yellow', 'orange', 'red'] as const;

export interface ScoreRanges {
  /** The active profile's ranges, best first; empty while unknown or without a profile. */
  ranges: ScoreRange[];
  qualifyAt: number | null;
  colorOf: (range: string | null, score: number | null) => string;
}

function paletteFor(count: number, index: number): string {
  if (count <= 1) return PALETTE[0];
  return PALETTE[Math.round((index * (PALETTE.length - 1)) / (count - 1))] ?? 'gray';
}

/** The client's active scoring profile, as far as the Leads page needs it, kept up to date. */
export function useScoreRanges(clientId: string): ScoreRanges {
  const [answer, setAnswer] = useState<{ clientId: string; ranges: ScoreRange[]; qualifyAt: number | null } | null>(
    null,
  );
  const [round, setRound] = useState(0);

  useEffect(() => {
    let cancelled = false;
    void getApi()
      .invoke('scoring:active', { clientId })
      .then((result) => {
        if (cancelled || !result.ok) return;
        const profile = result.value;
        const ranges = profile ? [...profile.ranges].sort((a, b) => b.min - a.min) : [];
        setAnswer({ clientId, ranges, qualifyAt: profile?.qualifyAt ?? null });
      });
    return () => {
      cancelled = true;
    };
  }, [clientId, round]);

  useEffect(
    () =>
      getApi().on('scoring:changed', (event) => {
        if (event.clientId === clientId) setRound((r) => r + 1);
      }),
    [clientId],
  );

  const current = answer?.clientId === clientId ? answer : null;
  return useMemo(() => {
    const ranges = current?.ranges ?? [];
    const colorOf = (range: string | null, score: number | null): string => {
      const byName = range === null ? -1 : ranges.findIndex((r) => r.name === range);
      if (byName >= 0) return paletteFor(ranges.length, byName);
      if (score === null) return 'gray';
      // A range renamed or removed since the lead was scored: place the score in today's ranges.
      const byScore = ranges.findIndex((r) => score >= r.min && score <= r.max);
      if (byScore >= 0) return paletteFor(ranges.length, byScore);
      return score >= 70 ? 'teal' : score >= 40 ? 'yellow' : 'red';
    };
    return { ranges, qualifyAt: current?.qualifyAt ?? null, colorOf };
  }, [current]);
}
