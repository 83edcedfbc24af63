export {
  scoringProfileSchema,
  scoringRuleSchema,
  scoreRangeSchema,
  ruleFieldSchema,
  FLAG_RULE_KINDS,
} from '#contract/scoring-profile';
export { SCORE_MIN, SCORE_MAX } from '#contract/scoring-limits';
export type {
  ScoringProfile,
  ScoringProfileInput,
  ScoringRule,
  ScoringRuleInput,
  ScoreRange,
  RuleKind,
  RuleField,
  FlagRuleKind,
} from '#contract/scoring-profile';
export { DEFAULT_SCORING_PROFILE, DECISION_MAKER_KEYWORDS, defaultScoringProfile } from './defaults';
export { scoreLead, rangeFor, clampScore } from './score';
export type { ScoreReason, ScoreResult } from './score';
export { evaluateRule, fieldValue } from './rules';
export type { RuleMatch } from './rules';
