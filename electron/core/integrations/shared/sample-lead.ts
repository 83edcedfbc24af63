import type { ScoringProfile } from '#contract/scoring-profile';
import type { Db } from '../../db/connection';
import { TEST_LEAD_DOMAIN, validatedTestLead } from '../../leads/test-lead';
import type { Clock } from '../../ports';
import type { ContentLanguage } from '../../settings/language';
import { DEFAULT_SCORING_PROFILE } from '../../scoring/defaults';
import { createScoringRepository, toProfile } from '../../scoring/repository';
import { rangeFor, scoreLead } from '../../scoring/score';
import type { DispatchLead } from '../connector';

/** The lead a wizard's preview sends: its own fields and its score, as connectors read them. */
export type SampleLead = Omit<DispatchLead, 'id' | 'clientId' | 'qualified' | 'receivedAt' | 'isTest'>;

/**
 * "Send test lead" gives each test lead an address of its own (`zbl-test-<8 hex>@example.com`); the
 * preview shows the shape of it, so the review and the test send the same lead.
 */
export const PREVIEW_TEST_EMAIL = `zbl-test-xxxxxxxx@${TEST_LEAD_DOMAIN}`;

const E164 = /^\+\d{8,15}$/;

/**
 * The test lead, validated and scored with `profile` exactly as "Send test lead" stores it, then
 * with what the caller overrides (a score given alone gets its range from the profile).
 */
export function sampleLead(
  profile: ScoringProfile,
  overrides: Partial<SampleLead> = {},
  language: ContentLanguage = 'pt-BR',
): SampleLead {
  const validated = validatedTestLead(PREVIEW_TEST_EMAIL, language);
  const scored = scoreLead(validated, profile);
  const { emailKey: _emailKey, ...lead } = validated.lead;
  const defined = Object.fromEntries(Object.entries(overrides).filter(([, v]) => v !== undefined));
  const sample: SampleLead = { ...lead, score: scored.score, scoreRange: scored.range, ...defined };
  if (overrides.score !== undefined && overrides.scoreRange === undefined) {
    sample.scoreRange = sample.score === null ? null : rangeFor(sample.score, profile.ranges).name;
  }
  // A phone typed over the test lead's is taken as it is when it is already in international form.
  if (overrides.phone !== undefined && overrides.phoneE164 === undefined) {
    sample.phoneE164 = sample.phone !== null && E164.test(sample.phone) ? sample.phone : null;
  }
  return sample;
}

/** The sample for one client: scored with its active profile, as its test leads are. */
export interface SampleLeads {
  forClient(clientId: string | null, overrides?: Partial<SampleLead>): SampleLead;
}

export function createSampleLeads(db: Db, clock: Clock, language?: () => ContentLanguage): SampleLeads {
  const scoring = createScoringRepository(db, clock);
  return {
    forClient(clientId, overrides) {
      const active = clientId === null ? null : scoring.active(clientId);
      return sampleLead(active ? toProfile(active) : DEFAULT_SCORING_PROFILE, overrides, language?.());
    },
  };
}
