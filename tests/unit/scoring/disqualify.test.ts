import { describe, expect, it } from 'vitest';
import { leadInputSchema, type LeadInputRaw } from '#contract/lead-input';
import { validateLead } from '../../../electron/core/leads/validation';
import {
  DEFAULT_SCORING_PROFILE,
  scoreLead,
  scoringProfileSchema,
  type ScoringProfile,
} from '../../../electron/core/scoring';

const GOOD = {
  fullName: 'Ana Souza',
  email: 'ana@acme.com.br',
  phone: '(11) 98765-4321',
  company: 'Acme',
  cnpj: '11.222.333/0001-81',
  jobTitle: 'Diretora de Compras',
};

const score = (raw: LeadInputRaw, profile: ScoringProfile = DEFAULT_SCORING_PROFILE) =>
  scoreLead(validateLead(leadInputSchema.parse(raw)), profile);

describe('bad data never qualifies with the recommended profile', () => {
  it.each([
    ['an invalid CNPJ', { cnpj: '11.222.333/0001-82' }, ['invalidCnpj'], 60],
    ['an invalid phone', { phone: '(21) 9876-54' }, ['invalidPhone'], 50],
    ['an old mobile without its ninth digit', { phone: '(11) 8765-4321' }, ['invalidPhone'], 50],
    ['a probable typo of a free provider', { email: 'ana@gmail.com.br' }, ['emailTypo'], 55],
    ['an invalid e-mail', { email: 'ana@acme' }, ['invalidEmail'], 35],
    ['two of them', { cnpj: '11.222.333/0001-82', phone: '(21) 9876-54' }, ['invalidPhone', 'invalidCnpj'], 30],
  ])('%s', (_what, change, blockedBy, points) => {
    const result = score({ ...GOOD, ...change });
    expect(result).toMatchObject({ score: points, qualified: false, blockedBy });
  });

  it('the same leads scored 50–60 and went to the CRM when only points counted', () => {
    const pointsOnly: ScoringProfile = {
      ...DEFAULT_SCORING_PROFILE,
      disqualify: { invalidEmail: false, emailTypo: false, invalidPhone: false, invalidCnpj: false },
    };
    for (const change of [{ cnpj: '11.222.333/0001-82' }, { phone: '(21) 9876-54' }, { email: 'ana@gmail.com.br' }]) {
      expect(score({ ...GOOD, ...change }, pointsOnly)).toMatchObject({ qualified: true, blockedBy: [] });
    }
  });

  it('a missing value is not bad data: a lead without CNPJ or phone still qualifies on its points', () => {
    expect(score({ ...GOOD, cnpj: undefined })).toMatchObject({ qualified: true, blockedBy: [] });
    expect(score({ ...GOOD, phone: undefined })).toMatchObject({ qualified: true, blockedBy: [] });
  });

  it('a low score is reported as a low score, with the refusals it also meets', () => {
    const result = score({ fullName: 'Ana', email: 'ana@gmail.com', phone: '123' });
    expect(result.score).toBeLessThan(DEFAULT_SCORING_PROFILE.qualifyAt);
    expect(result).toMatchObject({ qualified: false, blockedBy: ['invalidPhone'] });
  });
});

describe('the agency decides', () => {
  it('every refusal is on in a new profile, and in one saved without the setting', () => {
    expect(DEFAULT_SCORING_PROFILE.disqualify).toEqual({
      invalidEmail: true,
      emailTypo: true,
      invalidPhone: true,
      invalidCnpj: true,
    });
    const parsed = scoringProfileSchema.parse({
      name: 'Antigo',
      rules: [],
      ranges: [{ name: 'all', min: 0, max: 100 }],
      qualifyAt: 0,
    });
    expect(parsed.disqualify).toEqual(DEFAULT_SCORING_PROFILE.disqualify);
  });

  it('turning one off lets such leads qualify on their points; the others still hold', () => {
    const lenient: ScoringProfile = {
      ...DEFAULT_SCORING_PROFILE,
      disqualify: { ...DEFAULT_SCORING_PROFILE.disqualify, invalidPhone: false },
    };
    expect(score({ ...GOOD, phone: '(21) 9876-54' }, lenient)).toMatchObject({ qualified: true, blockedBy: [] });
    expect(score({ ...GOOD, cnpj: '11.222.333/0001-82' }, lenient)).toMatchObject({
      qualified: false,
      blockedBy: ['invalidCnpj'],
    });
  });
});
