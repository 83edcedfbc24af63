import { scoringProfileSchema, type ScoringProfile } from '#contract/scoring-profile';
import type { ContentLanguage } from '../settings/language';

/**
 * Job titles of people who decide or strongly influence a purchase, folded (no accents,
 * lower-case) and matched as whole words or phrases, in Portuguese and English.
 */
export const DECISION_MAKER_KEYWORDS = [
  'ceo', 'cfo', 'cmo', 'cto', 'coo', 'cio', 'presidente', 'vice-presidente', 'vp',
  'diretor', 'diretora', 'dono', 'dona', 'proprietario', 'proprietaria', 'socio', 'socia',
  'socio-fundador', 'fundador', 'fundadora', 'cofundador', 'cofundadora', 'gerente', 'head',
  'superintendente', 'coordenador', 'coordenadora', 'gestor', 'gestora', 'owner', 'founder',
  'co-founder', 'director', 'manager', 'partner', 'empresario', 'empresaria',
]; // prettier-ignore

/**
 * The profile every client starts with, tuned for B2B lead generation: a lead with a corporate
 * e-mail, a valid mobile, a valid CNPJ and a decision-making title scores 80 ("high"); a free
 * e-mail with a mobile and nothing else scores 25 ("low"); disposable addresses and junk names
 * sink a lead. Medium and above (40+) is qualified, so the CRM gets the warm leads too, tagged.
 */
const DEFAULT_PROFILE_INPUT = {
  name: 'Padrão',
  rules: [
    { id: 'corporate_email', kind: 'corporateEmail', points: 25 },
    { id: 'free_email', kind: 'freeEmail', points: 5 },
    { id: 'disposable_email', kind: 'disposableEmail', points: -40 },
    { id: 'invalid_email', kind: 'invalidEmail', points: -20 },
    { id: 'valid_phone', kind: 'validPhone', points: 10 },
    { id: 'valid_mobile', kind: 'validMobile', points: 10 },
    { id: 'invalid_phone', kind: 'invalidPhone', points: -10 },
    { id: 'missing_phone', kind: 'missingPhone', points: -10 },
    { id: 'valid_cnpj', kind: 'validCnpj', points: 20 },
    { id: 'missing_company', kind: 'missingCompany', points: -10 },
    { id: 'decision_maker', kind: 'jobTitleKeywords', keywords: DECISION_MAKER_KEYWORDS, points: 15 },
    { id: 'suspicious_name', kind: 'suspiciousName', points: -15 },
    { id: 'missing_name', kind: 'missingName', points: -10 },
  ],
  ranges: [
    { name: 'high', min: 70, max: 100, tag: 'high-score' },
    { name: 'medium', min: 40, max: 69, tag: 'medium-score' },
    { name: 'low', min: 0, max: 39, tag: 'low-score' },
  ],
  qualifyAt: 40,
} as const;

/** Parsed once so the default obeys the same schema as every saved profile. */
export const DEFAULT_SCORING_PROFILE: ScoringProfile = scoringProfileSchema.parse(DEFAULT_PROFILE_INPUT);

/** The recommended profile's name in each language: a client's first profile is named in the user's. */
export const DEFAULT_PROFILE_NAMES: Readonly<Record<ContentLanguage, string>> = { 'pt-BR': 'Padrão', en: 'Default' };

/** A fresh copy, for a client's first profile, named in the user's language. */
export function defaultScoringProfile(language: ContentLanguage = 'pt-BR'): ScoringProfile {
  return { ...structuredClone(DEFAULT_SCORING_PROFILE), name: DEFAULT_PROFILE_NAMES[language] };
}
