import { z } from 'zod';
import { scoreReasonViewSchema } from './leads';
import { rescoreChannels, rescoreEvents } from './rescore';
import { DISQUALIFIERS } from './scoring-limits';
import { disqualifySchema, scoreRangeSchema, scoringProfileSchema, scoringRuleSchema } from './scoring-profile';

/**
 * Scoring profiles per client: exactly one is active; the first is made from the recommended
 * template when the client is created. Saving validates the whole profile (ranges tile 0–100).
 */

const id = z.uuid();

export const scoringProfileViewSchema = z.object({
  id,
  clientId: id,
  name: z.string(),
  rules: z.array(scoringRuleSchema),
  ranges: z.array(scoreRangeSchema),
  qualifyAt: z.number().int(),
  disqualify: disqualifySchema,
  active: z.boolean(),
  createdAt: z.number().int(),
  updatedAt: z.number().int(),
});
export type ScoringProfileView = z.infer<typeof scoringProfileViewSchema>;

export const scoringProfileSummarySchema = scoringProfileViewSchema
  .pick({ id: true, clientId: true, name: true, qualifyAt: true, active: true, updatedAt: true })
  .extend({
    rules: z.number().int(),
    ranges: z.array(z.object({ name: z.string(), min: z.number(), max: z.number() })),
  });
export type ScoringProfileSummary = z.infer<typeof scoringProfileSummarySchema>;

export const SCORING_PREVIEW_MAX = 200;

export const scoringPreviewSchema = z.object({
  /** How many of the client's latest leads were scored. */
  total: z.number().int(),
  qualified: z.object({ current: z.number().int(), preview: z.number().int() }),
  ranges: z.array(z.object({ name: z.string(), current: z.number().int(), preview: z.number().int() })),
  leads: z.array(
    z.object({
      id,
      fullName: z.string(),
      email: z.string(),
      current: z.object({ score: z.number().int().nullable(), range: z.string().nullable(), qualified: z.boolean() }),
      preview: z.object({
        score: z.number().int(),
        range: z.string(),
        qualified: z.boolean(),
        reasons: z.array(scoreReasonViewSchema),
        /** Bad data that keeps it from qualifying whatever the score. */
        blockedBy: z.array(z.enum(DISQUALIFIERS)),
      }),
    }),
  ),
});
export type ScoringPreview = z.infer<typeof scoringPreviewSchema>;

export const scoringChannels = {
  'scoring:list': { input: z.object({ clientId: id }), output: z.array(scoringProfileSummarySchema) },
  'scoring:get': { input: z.object({ id }), output: scoringProfileViewSchema },
  /** The client's active profile; null only if none is active. */
  'scoring:active': { input: z.object({ clientId: id }), output: scoringProfileViewSchema.nullable() },
  /** The recommended profile, for "start from the template" and "reset". */
  'scoring:template': { input: z.object({}).default({}), output: scoringProfileSchema },
  /** Creates (no id) or replaces a profile; a new client's first profile is active at once. */
  'scoring:save': {
    input: z.object({ clientId: id, id: id.optional(), profile: scoringProfileSchema }),
    output: scoringProfileViewSchema,
  },
  /**
   * Makes this the client's active profile (the previous one stops being active). Leads that
   * arrived while no profile was active are scored now, and the qualified ones sent on.
   */
  'scoring:activate': {
    input: z.object({ id }),
    output: z.object({ profile: scoringProfileViewSchema, scored: z.number().int() }),
  },
  'scoring:delete': { input: z.object({ id }), output: z.object({ id }) },
  /** Scores the client's latest leads with a draft profile, next to their current scores. */
  'scoring:preview': {
    input: z.object({
      clientId: id,
      profile: scoringProfileSchema,
      sample: z.number().int().min(1).max(SCORING_PREVIEW_MAX).default(50),
    }),
    output: scoringPreviewSchema,
  },
  ...rescoreChannels,
} as const;

export const scoringEvents = {
  'scoring:changed': z.object({
    clientId: id,
    profileId: id,
    reason: z.enum(['saved', 'activated', 'deleted']),
  }),
  ...rescoreEvents,
} as const;

export * from './rescore';
