import { z } from 'zod';
import { UFS as UF_CODES } from './ufs';
import { DEFAULT_DISQUALIFY, SCORE_MAX, SCORE_MIN } from './scoring-limits';

/**
 * A client's scoring profile: rules that add or take points, named ranges over 0–100 that each
 * carry a CRM tag, and the score from which a lead is qualified (sent on). Schema failures carry
 * stable reason tokens as messages (`ranges_gap`, `duplicate_id`...) for the renderer to translate.
 */

const points = z.number().int().min(-100, { error: 'too_small' }).max(100, { error: 'too_big' });
const ruleBase = {
  /** Stable within the profile: score reasons refer to it. */
  id: z.string().regex(/^[a-z0-9][a-z0-9_-]{0,63}$/i, { error: 'invalid_id' }),
  /** Shown in the profile editor; the id is used when there is none. */
  label: z.string().trim().max(120, { error: 'too_long' }).optional(),
  points,
  enabled: z.boolean().default(true),
};

/** A lead field: a fixed one, or a UTM / custom field by key (`utm.source`, `custom.segmento`). */
export const ruleFieldSchema = z
  .string()
  .regex(/^(fullName|email|phone|company|cnpj|jobTitle|city|state|source|(utm|custom)\.[A-Za-z0-9_.-]{1,64})$/, {
    error: 'unknown_field',
  });
export type RuleField = z.infer<typeof ruleFieldSchema>;

/** Rules that look at one fact validation established. */
export const FLAG_RULE_KINDS = [
  'validCnpj',
  'invalidCnpj',
  'corporateEmail',
  'freeEmail',
  'emailTypo',
  'disposableEmail',
  'invalidEmail',
  'emailWithoutMx',
  'validMobile',
  'validPhone',
  'invalidPhone',
  'foreignPhone',
  'missingEmail',
  'missingPhone',
  'missingCompany',
  'missingName',
  'suspiciousName',
] as const;
export type FlagRuleKind = (typeof FLAG_RULE_KINDS)[number];

const word = z.string().trim().min(1, { error: 'empty' }).max(100, { error: 'too_long' });
const words = z.array(word).min(1, { error: 'empty' }).max(200, { error: 'too_many' });

const flagRule = z.object({ ...ruleBase, kind: z.enum(FLAG_RULE_KINDS) });
const jobTitleRule = z.object({ ...ruleBase, kind: z.literal('jobTitleKeywords'), keywords: words });
const stateRule = z.object({ ...ruleBase, kind: z.literal('stateIn'), states: z.array(z.enum(UF_CODES)).min(1) });
const sourceRule = z.object({ ...ruleBase, kind: z.literal('sourceEquals'), values: words });
const fieldRule = z
  .object({
    ...ruleBase,
    kind: z.literal('field'),
    field: ruleFieldSchema,
    op: z.enum(['equals', 'contains', 'in', 'exists', 'missing']),
    value: z.string().trim().max(500, { error: 'too_long' }).optional(),
    values: words.optional(),
  })
  .superRefine((rule, ctx) => {
    // One shape per operator, so a saved rule never carries a value it ignores.
    const needsValue = rule.op === 'equals' || rule.op === 'contains';
    if (needsValue && !rule.value) ctx.addIssue({ code: 'custom', message: 'value_required', path: ['value'] });
    if (rule.op === 'in' && !rule.values)
      ctx.addIssue({ code: 'custom', message: 'values_required', path: ['values'] });
    if (!needsValue && rule.value !== undefined)
      ctx.addIssue({ code: 'custom', message: 'unexpected', path: ['value'] });
    if (rule.op !== 'in' && rule.values !== undefined) {
      ctx.addIssue({ code: 'custom', message: 'unexpected', path: ['values'] });
    }
  });

export const scoringRuleSchema = z.discriminatedUnion('kind', [
  flagRule,
  jobTitleRule,
  stateRule,
  sourceRule,
  fieldRule,
]);
export type ScoringRule = z.output<typeof scoringRuleSchema>;
export type ScoringRuleInput = z.input<typeof scoringRuleSchema>;
export type RuleKind = ScoringRule['kind'];

export const scoreRangeSchema = z.object({
  name: z.string().trim().min(1, { error: 'empty' }).max(40, { error: 'too_long' }),
  min: z.number().int().min(SCORE_MIN, { error: 'too_small' }).max(SCORE_MAX, { error: 'too_big' }),
  max: z.number().int().min(SCORE_MIN, { error: 'too_small' }).max(SCORE_MAX, { error: 'too_big' }),
  /** Applied in the CRM to leads in this range; empty means no tag. */
  tag: z.string().trim().max(80, { error: 'too_long' }).default(''),
});
export type ScoreRange = z.output<typeof scoreRangeSchema>;

type Ctx = z.RefinementCtx;

/** Ranges, taken in order of `min`, must tile 0–100: no gap, no overlap, nothing outside. */
function checkRanges(ranges: readonly ScoreRange[], ctx: Ctx): void {
  // Refinements still run after field-level issues; a bound already reported is not re-reported.
  const inBounds = (n: number): boolean => Number.isInteger(n) && n >= SCORE_MIN && n <= SCORE_MAX;
  if (ranges.length === 0 || !ranges.every((r) => inBounds(r.min) && inBounds(r.max))) return;
  const order = ranges.map((r, index) => ({ r, index })).sort((a, b) => a.r.min - b.r.min);
  let expected = SCORE_MIN;
  for (const { r, index } of order) {
    if (r.min > r.max) {
      ctx.addIssue({ code: 'custom', message: 'range_inverted', path: ['ranges', index, 'max'] });
      return;
    }
    if (r.min !== expected) {
      const message = r.min > expected ? 'ranges_gap' : 'ranges_overlap';
      ctx.addIssue({ code: 'custom', message, path: ['ranges', index, 'min'], params: { expected } });
      return;
    }
    expected = r.max + 1;
  }
  if (expected !== SCORE_MAX + 1) {
    const last = order[order.length - 1];
    const path = last ? ['ranges', last.index, 'max'] : ['ranges'];
    ctx.addIssue({ code: 'custom', message: 'ranges_incomplete', path, params: { expected: SCORE_MAX } });
  }
}

function checkUnique(values: readonly string[], path: 'rules' | 'ranges', key: string, ctx: Ctx): void {
  const seen = new Set<string>();
  values.forEach((value, index) => {
    const folded = value.toLowerCase();
    if (seen.has(folded)) ctx.addIssue({ code: 'custom', message: `duplicate_${key}`, path: [path, index, key] });
    seen.add(folded);
  });
}

export const disqualifySchema = z.object({
  invalidEmail: z.boolean().default(true),
  emailTypo: z.boolean().default(true),
  invalidPhone: z.boolean().default(true),
  invalidCnpj: z.boolean().default(true),
});
export type Disqualify = z.output<typeof disqualifySchema>;

export const scoringProfileSchema = z
  .object({
    id: z.string().min(1).max(100).optional(),
    name: z.string().trim().min(1, { error: 'empty' }).max(80, { error: 'too_long' }),
    rules: z.array(scoringRuleSchema).max(100, { error: 'too_many' }),
    ranges: z.array(scoreRangeSchema).min(1, { error: 'empty' }).max(10, { error: 'too_many' }),
    /** Leads scoring at least this are qualified: sent on to the client's CRMs. */
    qualifyAt: z.number().int().min(SCORE_MIN, { error: 'too_small' }).max(SCORE_MAX, { error: 'too_big' }),
    /** Bad data that keeps a lead from qualifying whatever its score; all on unless the agency says. */
    disqualify: disqualifySchema.default({ ...DEFAULT_DISQUALIFY }),
  })
  .superRefine((profile, ctx) => {
    checkUnique(
      profile.rules.map((r) => r.id),
      'rules',
      'id',
      ctx,
    );
    checkUnique(
      profile.ranges.map((r) => r.name),
      'ranges',
      'name',
      ctx,
    );
    checkRanges(profile.ranges, ctx);
  });
export type ScoringProfile = z.output<typeof scoringProfileSchema>;
export type ScoringProfileInput = z.input<typeof scoringProfileSchema>;
