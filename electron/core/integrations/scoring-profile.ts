import { DEFAULT_SCORING_PROFILE } from '../scoring/defaults';
import type { ScoringRepository } from '../scoring/repository';

/**
 * What integrations need of the client's active scoring profile: the guide requires one before
 * an integration is activated, and the score-tag map is keyed by its range names.
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

/** The recommended profile's ranges (high ≥ 70, medium 40–69, low < 40). */
export const DEFAULT_SCORE_RANGES: readonly ScoreRange[] = DEFAULT_SCORING_PROFILE.ranges.map((r) => ({
  name: r.name,
  min: r.min,
  max: r.max,
}));

export function findActiveScoringProfile(scoring: ScoringRepository, clientId: string): ActiveScoringProfile | null {
  const active = scoring.active(clientId);
  if (!active) return null;
  return { source: 'profile', ranges: active.ranges.map((r) => ({ name: r.name, min: r.min, max: r.max })) };
}
