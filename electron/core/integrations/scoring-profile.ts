import type { Db } from '../db/connection';

/**
 * The seam between integrations and scoring profiles (a separate issue). The guide requires an
 * active scoring profile before an integration is activated, and the score-tag map is keyed by
 * that profile's range names. Until profiles exist every client scores with the default ranges,
 * so this reports them as the client's active profile; the scoring issue replaces the body and
 * may answer null, which activation refuses.
 */

export interface ScoreRange {
  name: string;
  /** Inclusive bounds; null means open-ended. */
  min: number | null;
  max: number | null;
}

export interface ActiveScoringProfile {
  source: 'default' | 'profile';
  ranges: readonly ScoreRange[];
}

export const DEFAULT_SCORE_RANGES: readonly ScoreRange[] = [
  { name: 'high', min: 70, max: null },
  { name: 'medium', min: 40, max: 69 },
  { name: 'low', min: null, max: 39 },
];

export function findActiveScoringProfile(_db: Db, _clientId: string): ActiveScoringProfile | null {
  return { source: 'default', ranges: DEFAULT_SCORE_RANGES };
}

/** The range a score falls in, or null. */
export function scoreRangeOf(score: number, ranges: readonly ScoreRange[]): string | null {
  const hit = ranges.find((r) => (r.min === null || score >= r.min) && (r.max === null || score <= r.max));
  return hit?.name ?? null;
}
