import { describe, expect, it } from 'vitest';
import { leadInputSchema, type LeadInputRaw } from '#contract/lead-input';
import { validateLead, withMxStatus, type ValidatedLead } from '../../../electron/core/leads/validation';
import {
  DEFAULT_SCORING_PROFILE,
  rangeFor,
  scoreLead,
  scoringProfileSchema,
  type ScoringProfile,
  type ScoringRuleInput,
} from '../../../electron/core/scoring';

const lead = (raw: LeadInputRaw, allowlist?: string[]): ValidatedLead =>
  validateLead(leadInputSchema.parse(raw), { emailAllowlist: allowlist });

const RANGES = [
  { name: 'high', min: 70, max: 100, tag: 'quente' },
  { name: 'medium', min: 40, max: 69, tag: 'morno' },
  { name: 'low', min: 0, max: 39, tag: 'frio' },
];

function profileOf(rules: ScoringRuleInput[], qualifyAt = 40): ScoringProfile {
  return scoringProfileSchema.parse({ name: 'Teste', rules, ranges: RANGES, qualifyAt });
}

/** The detail a single rule gives for a lead, or null when it does not apply. */
function detailOf(rule: ScoringRuleInput, validated: ValidatedLead): string | null | undefined {
  const result = scoreLead(validated, profileOf([{ ...rule, id: 'r' }]));
  const [reason] = result.reasons;
  if (!reason) return null;
  expect(reason).toMatchObject({ rule: 'r', kind: rule.kind, points: rule.points });
  return reason.detail;
}

const GOOD = { fullName: 'Ana Souza', email: 'ana@acme.com.br', phone: '(11) 98765-4321', company: 'Acme' };

describe('each rule', () => {
  it('validCnpj / invalidCnpj', () => {
    const rule: ScoringRuleInput = { id: 'r', kind: 'validCnpj', points: 20 };
    expect(detailOf(rule, lead({ ...GOOD, cnpj: '11.222.333/0001-81' }))).toBe('cnpj:numeric');
    expect(detailOf(rule, lead({ ...GOOD, cnpj: '12.ABC.345/01DE-35' }))).toBe('cnpj:alphanumeric');
    expect(detailOf(rule, lead({ ...GOOD, cnpj: '11.222.333/0001-82' }))).toBeNull();
    expect(detailOf(rule, lead(GOOD))).toBeNull();
    const invalid: ScoringRuleInput = { id: 'r', kind: 'invalidCnpj', points: -10 };
    expect(detailOf(invalid, lead({ ...GOOD, cnpj: '11.222.333/0001-82' }))).toBe('cnpj:check_digits');
    expect(detailOf(invalid, lead({ ...GOOD, cnpj: '11111111111111' }))).toBe('cnpj:repeated');
    expect(detailOf(invalid, lead(GOOD))).toBeNull();
  });

  it('corporateEmail / freeEmail / disposableEmail / invalidEmail', () => {
    const corporate: ScoringRuleInput = { id: 'r', kind: 'corporateEmail', points: 25 };
    expect(detailOf(corporate, lead(GOOD))).toBe('domain:acme.com.br');
    expect(detailOf(corporate, lead({ ...GOOD, email: 'ana@gmail.com' }))).toBeNull();
    expect(detailOf(corporate, lead({ ...GOOD, email: 'ana@gmail.com' }, ['gmail.com']))).toBe(
      'domain:gmail.com:allowlisted',
    );
    expect(detailOf(corporate, lead({ ...GOOD, email: 'ana@acme' }))).toBeNull();

    const free: ScoringRuleInput = { id: 'r', kind: 'freeEmail', points: 5 };
    expect(detailOf(free, lead({ ...GOOD, email: 'ana@hotmail.com' }))).toBe('domain:hotmail.com');
    expect(detailOf(free, lead(GOOD))).toBeNull();

    const disposable: ScoringRuleInput = { id: 'r', kind: 'disposableEmail', points: -40 };
    expect(detailOf(disposable, lead({ ...GOOD, email: 'x@inbox.mailinator.com' }))).toBe('domain:mailinator.com');
    expect(detailOf(disposable, lead({ ...GOOD, email: 'x@bsbvans.com.br' }, ['bsbvans.com.br']))).toBeNull();

    const invalid: ScoringRuleInput = { id: 'r', kind: 'invalidEmail', points: -20 };
    expect(detailOf(invalid, lead({ ...GOOD, email: 'ana@acme' }))).toBe('email:missing_tld');
    expect(detailOf(invalid, lead({ ...GOOD, email: undefined }))).toBeNull();
  });

  it('emailWithoutMx applies only once DNS said the domain takes no mail', () => {
    const rule: ScoringRuleInput = { id: 'r', kind: 'emailWithoutMx', points: -15 };
    const base = lead(GOOD);
    expect(detailOf(rule, base)).toBeNull();
    const withMx = (mx: 'found' | 'none' | 'unknown') => ({ ...base, validation: withMxStatus(base.validation, mx) });
    expect(detailOf(rule, withMx('none'))).toBe('domain:acme.com.br');
    expect(detailOf(rule, withMx('found'))).toBeNull();
    expect(detailOf(rule, withMx('unknown'))).toBeNull();
  });

  it('validMobile / validPhone / invalidPhone / foreignPhone', () => {
    const mobile: ScoringRuleInput = { id: 'r', kind: 'validMobile', points: 10 };
    expect(detailOf(mobile, lead(GOOD))).toBe('phone:mobile');
    expect(detailOf(mobile, lead({ ...GOOD, phone: '(11) 3456-7890' }))).toBeNull();

    const phone: ScoringRuleInput = { id: 'r', kind: 'validPhone', points: 10 };
    expect(detailOf(phone, lead({ ...GOOD, phone: '(11) 3456-7890' }))).toBe('phone:landline');
    expect(detailOf(phone, lead({ ...GOOD, phone: '(11) 8765-4321' }))).toBeNull();

    const invalid: ScoringRuleInput = { id: 'r', kind: 'invalidPhone', points: -10 };
    expect(detailOf(invalid, lead({ ...GOOD, phone: '(11) 8765-4321' }))).toBe('phone:missingNinthDigit');
    expect(detailOf(invalid, lead({ ...GOOD, phone: '12' }))).toBe('phone:too_short');
    expect(detailOf(invalid, lead({ ...GOOD, phone: undefined }))).toBeNull();

    const foreign: ScoringRuleInput = { id: 'r', kind: 'foreignPhone', points: -5 };
    expect(detailOf(foreign, lead({ ...GOOD, phone: '+1 415 555 2671' }))).toBe('country:US');
    expect(detailOf(foreign, lead(GOOD))).toBeNull();
  });

  it('missingEmail / missingPhone / missingCompany / missingName', () => {
    expect(detailOf({ id: 'r', kind: 'missingEmail', points: -5 }, lead({ phone: GOOD.phone }))).toBeUndefined();
    expect(detailOf({ id: 'r', kind: 'missingEmail', points: -5 }, lead(GOOD))).toBeNull();
    expect(detailOf({ id: 'r', kind: 'missingPhone', points: -5 }, lead({ email: GOOD.email }))).toBeUndefined();
    expect(detailOf({ id: 'r', kind: 'missingPhone', points: -5 }, lead(GOOD))).toBeNull();
    expect(detailOf({ id: 'r', kind: 'missingCompany', points: -5 }, lead({ ...GOOD, company: ' ' }))).toBeUndefined();
    expect(detailOf({ id: 'r', kind: 'missingCompany', points: -5 }, lead(GOOD))).toBeNull();
    expect(detailOf({ id: 'r', kind: 'missingName', points: -5 }, lead({ email: GOOD.email }))).toBeUndefined();
    expect(detailOf({ id: 'r', kind: 'missingName', points: -5 }, lead(GOOD))).toBeNull();
  });

  it('suspiciousName', () => {
    const rule: ScoringRuleInput = { id: 'r', kind: 'suspiciousName', points: -15 };
    expect(detailOf(rule, lead({ ...GOOD, fullName: 'asdf' }))).toBe('name:keyboardMash');
    expect(detailOf(rule, lead({ ...GOOD, fullName: 'Teste 123' }))).toBe('name:hasDigits,placeholder');
    expect(detailOf(rule, lead(GOOD))).toBeNull();
    expect(detailOf(rule, lead({ email: GOOD.email }))).toBeNull();
  });

  it('jobTitleKeywords matches whole words, without accents or case', () => {
    const rule: ScoringRuleInput = {
      id: 'r',
      kind: 'jobTitleKeywords',
      keywords: ['Sócio', 'diretor', 'head de marketing'],
      points: 15,
    };
    expect(detailOf(rule, lead({ ...GOOD, jobTitle: 'SOCIO-FUNDADOR' }))).toBe('keyword:Sócio');
    expect(detailOf(rule, lead({ ...GOOD, jobTitle: 'Diretor Comercial' }))).toBe('keyword:diretor');
    expect(detailOf(rule, lead({ ...GOOD, jobTitle: 'Head de Marketing Digital' }))).toBe('keyword:head de marketing');
    expect(detailOf(rule, lead({ ...GOOD, jobTitle: 'Assistente de Diretoria' }))).toBeNull();
    expect(detailOf(rule, lead({ ...GOOD, jobTitle: 'Head de Vendas' }))).toBeNull();
    expect(detailOf(rule, lead(GOOD))).toBeNull();
  });

  it('stateIn uses the recognised UF', () => {
    const rule: ScoringRuleInput = { id: 'r', kind: 'stateIn', states: ['SP', 'RJ'], points: 10 };
    expect(detailOf(rule, lead({ ...GOOD, state: 'São Paulo' }))).toBe('state:SP');
    expect(detailOf(rule, lead({ ...GOOD, state: 'rj' }))).toBe('state:RJ');
    expect(detailOf(rule, lead({ ...GOOD, state: 'MG' }))).toBeNull();
    expect(detailOf(rule, lead(GOOD))).toBeNull();
  });

  it('sourceEquals compares without case or accents', () => {
    const rule: ScoringRuleInput = { id: 'r', kind: 'sourceEquals', values: ['Facebook Ads', 'Indicação'], points: 10 };
    expect(detailOf(rule, lead({ ...GOOD, source: 'facebook ads' }))).toBe('source:facebook ads');
    expect(detailOf(rule, lead({ ...GOOD, source: 'INDICACAO' }))).toBe('source:INDICACAO');
    expect(detailOf(rule, lead({ ...GOOD, source: 'Google Ads' }))).toBeNull();
    expect(detailOf(rule, lead(GOOD))).toBeNull();
  });

  it('field conditions: equals, contains, in, exists, missing', () => {
    const withExtras = lead({
      ...GOOD,
      company: 'Acme Comércio Ltda',
      custom: { Segmento: 'Varejo' },
      utm: { utm_source: 'Google' },
    });
    const field = (extra: object) => ({ id: 'r', kind: 'field', points: 7, ...extra }) as ScoringRuleInput;
    expect(detailOf(field({ field: 'custom.segmento', op: 'equals', value: 'varejo' }), withExtras)).toBe(
      'custom.segmento=Varejo',
    );
    expect(detailOf(field({ field: 'custom.segmento', op: 'equals', value: 'Indústria' }), withExtras)).toBeNull();
    expect(detailOf(field({ field: 'company', op: 'contains', value: 'comercio' }), withExtras)).toBe(
      'company~comercio',
    );
    expect(detailOf(field({ field: 'utm.source', op: 'in', values: ['bing', 'google'] }), withExtras)).toBe(
      'utm.source=Google',
    );
    expect(detailOf(field({ field: 'utm.source', op: 'in', values: ['bing'] }), withExtras)).toBeNull();
    expect(detailOf(field({ field: 'custom.segmento', op: 'exists' }), withExtras)).toBe('custom.segmento:exists');
    expect(detailOf(field({ field: 'city', op: 'exists' }), withExtras)).toBeNull();
    expect(detailOf(field({ field: 'city', op: 'missing' }), withExtras)).toBe('city:missing');
    expect(detailOf(field({ field: 'custom.porte', op: 'equals', value: 'x' }), withExtras)).toBeNull();
  });

  it('skips disabled rules', () => {
    const profile = profileOf([{ id: 'off', kind: 'validMobile', points: 50, enabled: false }]);
    expect(scoreLead(lead(GOOD), profile)).toMatchObject({ score: 0, reasons: [] });
  });
});

describe('score, range and qualification', () => {
  /** A lead scoring exactly `points`: one rule that applies. */
  const scored = (points: number, qualifyAt = 40) =>
    scoreLead(lead(GOOD), profileOf([{ id: 'p', kind: 'validMobile', points }], qualifyAt));

  it('puts scores on the range boundaries in the right range', () => {
    const cases: Array<[number, string, string]> = [
      [0, 'low', 'frio'],
      [39, 'low', 'frio'],
      [40, 'medium', 'morno'],
      [69, 'medium', 'morno'],
      [70, 'high', 'quente'],
      [100, 'high', 'quente'],
    ];
    for (const [points, range, tag] of cases) {
      expect(scored(points), String(points)).toMatchObject({ score: points, range, tag });
    }
  });

  it('qualifies from the threshold up', () => {
    expect(scored(40).qualified).toBe(true);
    expect(scored(39).qualified).toBe(false);
    expect(scored(0, 0).qualified).toBe(true);
    expect(scored(99, 100).qualified).toBe(false);
  });

  it('clamps the sum to 0–100 and keeps the raw sum', () => {
    const many = profileOf([
      { id: 'a', kind: 'validMobile', points: 80 },
      { id: 'b', kind: 'validPhone', points: 50 },
    ]);
    expect(scoreLead(lead(GOOD), many)).toMatchObject({ score: 100, raw: 130, range: 'high' });
    const sunk = profileOf([
      { id: 'a', kind: 'validMobile', points: 10 },
      { id: 'b', kind: 'corporateEmail', points: -50 },
    ]);
    expect(scoreLead(lead(GOOD), sunk)).toMatchObject({ score: 0, raw: -40, range: 'low', qualified: false });
  });

  it('finds a range for any score, even for an unchecked profile', () => {
    expect(rangeFor(55, RANGES).name).toBe('medium');
    const partial = [{ name: 'mid', min: 30, max: 60, tag: '' }];
    expect(rangeFor(10, partial).name).toBe('mid');
    expect(() => rangeFor(10, [])).toThrow(RangeError);
  });
});

describe('the default profile', () => {
  const score = (raw: LeadInputRaw) => scoreLead(lead(raw), DEFAULT_SCORING_PROFILE);

  it('scores an ideal B2B lead high, listing every reason in profile order', () => {
    const result = score({ ...GOOD, cnpj: '11.222.333/0001-81', jobTitle: 'Diretora de Compras' });
    expect(result).toMatchObject({ score: 80, raw: 80, range: 'high', tag: 'high-score', qualified: true });
    expect(result.reasons.map((r) => [r.rule, r.points])).toEqual([
      ['corporate_email', 25],
      ['valid_phone', 10],
      ['valid_mobile', 10],
      ['valid_cnpj', 20],
      ['decision_maker', 15],
    ]);
    expect(result.reasons.reduce((sum, r) => sum + r.points, 0)).toBe(result.raw);
    // The reasons go to the leads.reasons column as they are.
    const column: Array<{ rule: string; points: number; detail?: string }> = result.reasons;
    expect(column[0]?.detail).toBe('domain:acme.com.br');
  });

  it('scores a corporate lead without CNPJ or title medium (qualified)', () => {
    expect(score(GOOD)).toMatchObject({ score: 45, range: 'medium', tag: 'medium-score', qualified: true });
  });

  it('scores a free e-mail with just a mobile low', () => {
    expect(
      score({ fullName: 'Ana Souza', email: 'ana@gmail.com', phone: '(11) 98765-4321', company: 'Ana Doces' }),
    ).toMatchObject({
      score: 25,
      range: 'low',
      qualified: false,
    });
  });

  it('sinks junk: disposable address, mashed name, no phone, no company', () => {
    const result = score({ fullName: 'asdf', email: 'x@mailinator.com' });
    expect(result).toMatchObject({ score: 0, range: 'low', tag: 'low-score', qualified: false });
    expect(result.raw).toBe(-40 - 10 - 10 - 15);
    expect(result.reasons.map((r) => r.rule)).toEqual([
      'disposable_email',
      'missing_phone',
      'missing_company',
      'suspicious_name',
    ]);
  });
});
