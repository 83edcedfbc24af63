import { randomBytes } from 'node:crypto';
import type { Db } from '../db/connection';
import { timeOrderedUuid } from '../lib/ids';
import type { ScoringProfile } from '#contract/scoring-profile';
import { DEFAULT_SCORING_PROFILE } from '../scoring/defaults';
import { scoreLead } from '../scoring/score';
import type { ContentLanguage } from '../settings/language';
import { leads } from './schema';
import { validateLead, type ValidatedLead } from './validation';

/** RFC 2606 reserves example.com: a test contact can never reach a real inbox. */
export const TEST_LEAD_DOMAIN = 'example.com';

/** What the test lead says in words, in the user's language; the title still reads as a decision maker. */
export const TEST_LEAD_TEXT: Readonly<Record<ContentLanguage, { company: string; jobTitle: string }>> = {
  'pt-BR': { company: 'Zero Bad Leads (teste)', jobTitle: 'Diretor de Marketing' },
  en: { company: 'Zero Bad Leads (test)', jobTitle: 'Marketing Director' },
};

/** Each test lead gets an address of its own, so test contacts never merge in the CRM. */
export function testLeadEmail(): string {
  return `zbl-test-${randomBytes(4).toString('hex')}@${TEST_LEAD_DOMAIN}`;
}

/**
 * The test lead as validation leaves it, before it is scored and stored: a valid mobile, a valid CNPJ
 * and a decision-maker title, so it exercises every mapping (names, phone, company, custom fields).
 * The wizards' previews show this same lead.
 */
export function validatedTestLead(email: string, language: ContentLanguage = 'pt-BR'): ValidatedLead {
  const { company, jobTitle } = TEST_LEAD_TEXT[language];
  return validateLead(
    {
      // A realistic compound name, so the first/last name split shows; the test marks are elsewhere.
      fullName: 'Ana Paula dos Santos',
      email,
      phone: '+55 11 98765-4321',
      company,
      cnpj: '11.222.333/0001-81',
      jobTitle,
      city: 'São Paulo',
      state: 'SP',
      source: 'zbl-test-lead',
      utm: {},
      custom: {},
      // Disposable-domain lists include example.com; the test lead should score like a good lead.
    },
    { emailAllowlist: [TEST_LEAD_DOMAIN] },
  );
}

/**
 * A synthetic, clearly marked lead for "Send test lead" (see `validatedTestLead`), in the user's
 * language. It is stored like any lead (so the logs can show it) but flagged `is_test`.
 */
export function createTestLead(
  db: Db,
  clientId: string,
  now: number,
  profile: ScoringProfile = DEFAULT_SCORING_PROFILE,
  language: ContentLanguage = 'pt-BR',
): { leadId: string; email: string } {
  const email = testLeadEmail();
  const validated = validatedTestLead(email, language);
  // Scored with the client's profile, so its range (and the CRM's score tag) is one the client uses.
  const scored = scoreLead(validated, profile);
  const leadId = timeOrderedUuid();
  const { lead } = validated;
  db.insert(leads)
    .values({
      id: leadId,
      clientId,
      ...lead,
      utm: lead.utm ?? {},
      custom: lead.custom ?? {},
      receivedAt: now,
      validation: validated.validation,
      score: scored.score,
      scoreRange: scored.range,
      qualified: true,
      reasons: scored.reasons,
      isTest: true,
      origin: 'test',
      emailKind: validated.validation.email.kind,
      issueCount: validated.validation.issues.length,
      createdAt: now,
      updatedAt: now,
    })
    .run();
  return { leadId, email };
}
