import { describe, expect, it } from 'vitest';
import { leadInputSchema } from '#contract/lead-input';
import { validateEmail, validateLead } from '../../../electron/core/leads/validation';
import { DEFAULT_SCORING_PROFILE, scoreLead } from '../../../electron/core/scoring';

describe('probable typos of free providers', () => {
  it.each([
    // Looks like a company domain, and was scored as one.
    ['joao@gmail.com.br', 'gmail.com'],
    ['joao@yahooo.com.br', 'yahoo.com.br'],
    ['joao@hotmail.con', 'hotmail.com'],
    ['joao@gmail.co', 'gmail.com'],
    ['joao@yahoo.con.br', 'yahoo.com.br'],
    ['joao@hotmsil.com', 'hotmail.com'],
    // Registered by squatters, so on the disposable list: still a typo first.
    ['joao@hotmial.com', 'hotmail.com'],
    ['joao@gmial.com', 'gmail.com'],
    ['joao@gmai.com', 'gmail.com'],
    ['joao@outlok.com', 'outlook.com'],
    ['joao@gnail.com', 'gmail.com'],
  ])('%s is a probable typo of %s, never corporate nor disposable', (address, provider) => {
    const result = validateEmail(address);
    expect(result).toMatchObject({ valid: true, kind: 'typo', typoOf: provider });
    expect(result.suggestion).toBe(`joao@${provider}`);
  });

  it.each([
    // Real providers a letter away from a bigger one.
    ['joao@email.com', 'free'],
    ['joao@ymail.com', 'free'],
    // The providers' own country domains.
    ['joao@hotmail.com.ar', 'free'],
    ['joao@yahoo.com.mx', 'free'],
    ['joao@outlook.cl', 'free'],
    // Companies near a provider's name.
    ['joao@cloud.com', 'corporate'],
    ['joao@hotmart.com', 'corporate'],
    ['joao@serra.com.br', 'corporate'],
    ['joao@sol.com.br', 'corporate'],
    ['joao@acme.com.br', 'corporate'],
    ['joao@gmail.com', 'free'],
  ])('%s stays %s', (address, kind) => {
    const result = validateEmail(address);
    expect(result.kind).toBe(kind);
    expect(result.typoOf).toBeUndefined();
  });

  it('leaves a domain the client vouches for alone', () => {
    const result = validateEmail('joao@gmail.com.br', { allowlist: new Set(['gmail.com.br']) });
    expect(result).toMatchObject({ kind: 'corporate' });
    expect(result.suggestion).toBeUndefined();
  });

  it('says so on the lead, as a problem to correct, and scores no corporate points', () => {
    const validated = validateLead(
      leadInputSchema.parse({ fullName: 'João Lima', email: 'joao@gmail.com.br', phone: '(11) 98765-4321' }),
    );
    expect(validated.validation.issues).toContainEqual({
      field: 'email',
      code: 'email_probable_typo',
      severity: 'error',
      message: 'Probable typo of gmail.com: did you mean joao@gmail.com?',
      values: { typoOf: 'gmail.com', suggestion: 'joao@gmail.com' },
    });
    expect(validated.validation.issues.map((i) => i.code)).not.toContain('email_typo');
    const scored = scoreLead(validated, DEFAULT_SCORING_PROFILE);
    expect(scored.reasons.map((r) => r.kind)).not.toContain('corporateEmail');
    const typoRule = { id: 'email_typo', kind: 'emailTypo' as const, points: -10, enabled: true };
    const withRule = scoreLead(validated, { ...DEFAULT_SCORING_PROFILE, rules: [typoRule] });
    expect(withRule.reasons).toEqual([
      { rule: 'email_typo', kind: 'emailTypo', points: -10, detail: 'domain:gmail.com.br' },
    ]);
  });
});
