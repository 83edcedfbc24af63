import type { LeadEmailKind } from '#contract';
import type { LeadInput } from '#contract/lead-input';
import type { ScoringProfile } from '#contract/scoring-profile';
import { scoreLead, type ScoreResult } from '../scoring/score';
import { leadIdentity } from './identity';
import { stageClock, type StageTimes } from './stages';
import { validateLead, type NormalizedLead, type ValidatedLead, type ValidationIssue } from './validation';
import { emailKindOf } from './views';

/** What validating and scoring a client's leads needs, read once per batch (or per import). */
export interface PrepareContext {
  profile: ScoringProfile | null;
  allowlist: string[];
}

/** A score as stored: the reasons already written as JSON. */
export interface PreparedScore {
  score: number;
  range: string;
  qualified: boolean;
  blockedBy: string[];
  reasonsJson: string;
}

/**
 * A lead validated, scored and serialised: everything intake does to a lead before storing it,
 * which is most of its CPU. An import does it off the main thread; only plain values cross.
 * The score is the one without an MX answer (the lookup, when the client wants it, is made before
 * storing and scores the lead again).
 */
export interface PreparedLead {
  /** The lead as received: what "update" merges into the stored lead (null where no merge can happen). */
  input: LeadInput | null;
  lead: NormalizedLead;
  identity: string | null;
  /** What validating the input found. */
  issues: ValidationIssue[];
  emailDomain: string | null;
  emailKind: LeadEmailKind;
  /** The `validation` column. */
  validationJson: string;
  /** Null when the client has no active profile. */
  scored: PreparedScore | null;
}

export function validateFor(input: LeadInput, ctx: PrepareContext): ValidatedLead {
  return validateLead(input, { emailAllowlist: ctx.allowlist });
}

export function preparedScore(scored: ScoreResult): PreparedScore {
  return {
    score: scored.score,
    range: scored.range,
    qualified: scored.qualified,
    blockedBy: scored.blockedBy,
    reasonsJson: JSON.stringify(scored.reasons),
  };
}

/** Validates, then scores, a batch of leads; the two steps' times go to `times` when given. */
export function prepareLeads(inputs: readonly LeadInput[], ctx: PrepareContext, times?: StageTimes): PreparedLead[] {
  const { lap } = stageClock(times);
  const validated = inputs.map((input) => validateFor(input, ctx));
  const out = validated.map((v, i): PreparedLead => {
    const { lead, validation } = v;
    return {
      input: inputs[i] as LeadInput,
      lead,
      identity: leadIdentity(lead),
      issues: validation.issues,
      emailDomain: validation.email.domain,
      emailKind: emailKindOf(validation),
      validationJson: JSON.stringify(validation),
      scored: null,
    };
  });
  lap('validate');
  const { profile } = ctx;
  if (profile) validated.forEach((v, i) => ((out[i] as PreparedLead).scored = preparedScore(scoreLead(v, profile))));
  lap('score');
  return out;
}
