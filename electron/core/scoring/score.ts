import type { LeadValidation, ValidatedLead } from '../leads/validation';
import { DEFAULT_DISQUALIFY, SCORE_MAX, SCORE_MIN, type Disqualifier } from '#contract/scoring-limits';
import type { Disqualify, RuleKind, ScoreRange, ScoringProfile } from '#contract/scoring-profile';
import { evaluateRule } from './rules';

/** One rule that applied. Fits the `leads.reasons` column (`rule`, `points`, `detail`). */
export type ScoreReason = {
  /** The rule's id in the profile. */
  rule: string;
  kind: RuleKind;
  points: number;
  detail?: string;
};

export type ScoreResult = {
  /** The sum of the reasons' points, clamped to 0–100. */
  score: number;
  /** The sum before clamping: tells "barely 0" from "buried". */
  raw: number;
  /** The name of the range the score fell in. */
  range: string;
  /** The range's CRM tag ('' when it has none). */
  tag: string;
  /** At least the threshold, and no bad data the profile refuses. */
  qualified: boolean;
  reasons: ScoreReason[];
  /** The bad data that keeps the lead from qualifying whatever its score; empty when none. */
  blockedBy: Disqualifier[];
};

export function clampScore(value: number): number {
  return Math.min(SCORE_MAX, Math.max(SCORE_MIN, Math.round(value)));
}

/** The range holding a score. A parsed profile's ranges tile 0–100, so there always is one. */
export function rangeFor(score: number, ranges: readonly ScoreRange[]): ScoreRange {
  const hit = ranges.find((r) => score >= r.min && score <= r.max);
  if (hit) return hit;
  // Only an unparsed profile gets here; the nearest range beats failing a whole import.
  const sorted = [...ranges].sort((a, b) => a.min - b.min);
  const fallback = score < (sorted[0]?.min ?? SCORE_MIN) ? sorted[0] : sorted[sorted.length - 1];
  if (!fallback) throw new RangeError('A scoring profile needs at least one range.');
  return fallback;
}

/** Which of the profile's refusals the lead's data meets. */
export function blockersOf(v: LeadValidation, disqualify: Disqualify = DEFAULT_DISQUALIFY): Disqualifier[] {
  const out: Disqualifier[] = [];
  if (disqualify.invalidEmail && v.email.status === 'invalid') out.push('invalidEmail');
  if (disqualify.emailTypo && v.email.status === 'valid' && v.email.kind === 'typo') out.push('emailTypo');
  if (disqualify.invalidPhone && v.phone.status === 'invalid') out.push('invalidPhone');
  if (disqualify.invalidCnpj && v.cnpj.status === 'invalid') out.push('invalidCnpj');
  return out;
}

/** Scores a validated lead with a client's profile. Pure: the same lead and profile give the same result. */
export function scoreLead(validated: ValidatedLead, profile: ScoringProfile): ScoreResult {
  const reasons: ScoreReason[] = [];
  let raw = 0;
  for (const rule of profile.rules) {
    if (!rule.enabled) continue;
    const match = evaluateRule(rule, validated);
    if (!match) continue;
    raw += rule.points;
    const reason: ScoreReason = { rule: rule.id, kind: rule.kind, points: rule.points };
    if (match.detail !== undefined) reason.detail = match.detail;
    reasons.push(reason);
  }
  const score = clampScore(raw);
  const range = rangeFor(score, profile.ranges);
  // A profile stored before the setting existed reads as all on, as the migration made them.
  const blockedBy = blockersOf(validated.validation, profile.disqualify ?? DEFAULT_DISQUALIFY);
  const qualified = score >= profile.qualifyAt && blockedBy.length === 0;
  return { score, raw, range: range.name, tag: range.tag, qualified, reasons, blockedBy };
}
