import type { Db } from '../db/connection';
import { DEFAULT_SCORING_PROFILE } from '../scoring/defaults';

/**
 * The seam between integrations and scoring profiles (a separate issue). The guide requires an
 * active scoring profile before an integration is activated, and the score-tag map is keyed by
 * that profile's range names. Until profiles exist every client scores with the default ranges,
 * so this reports the default profile as the client's active one; the scoring issue replaces the body and
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

/** The default profile's ranges (high ≥ 70, medium 40–69, low < 40). */
export const DEFAULT_SCORE_RANGES: readonly ScoreRange[] = DEFAULT_SCORING_PROFILE.ranges.map((r) => ({
  name: r.name,
  min: r.min,
  max: r.max,
}));

export function findActiveScoringProfile(_db: Db, _clientId: string): ActiveScoringProfile | null {
  return { source: 'default', ranges: DEFAULT_SCORE_RANGES };
}
