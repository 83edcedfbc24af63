import { describe, expect, it } from 'vitest';
import { validateEmail } from '../../../electron/core/leads/validation/email';
import { editDistance, suggestDomain } from '../../../electron/core/leads/validation/email-typos';

describe('e-mail syntax', () => {
  it('accepts ordinary addresses and lower-cases only the domain', () => {
    expect(validateEmail('  Joao.Silva+leads@Empresa.COM.BR ')).toMatchObject({
      valid: true,
      normalized: 'Joao.Silva+leads@empresa.com.br',
      domain: 'empresa.com.br',
      kind: 'corporate',
    });
    expect(validateEmail('mailto:ana@acme.io').normalized).toBe('ana@acme.io');
  });

  it('rejects what is not an address, with a reason', () => {
    const cases: Array<[string, string]> = [
      ['', 'empty'],
      ['joao silva@acme.com', 'spaces'],
      ['joao@acme .com', 'spaces'],
      ['joao.acme.com', 'no_at_sign'],
      ['joao@@acme.com', 'many_at_signs'],
      ['jo@ao@acme.com', 'many_at_signs'],
      ['joao..silva@acme.com', 'double_dot'],
      ['joao@acme..com', 'double_dot'],
      ['.joao@acme.com', 'local_dots'],
      ['joao.@acme.com', 'local_dots'],
      ['joão@acme.com', 'local_characters'],
      ['@acme.com', 'local_empty'],
      ['joao@acme', 'missing_tld'],
      ['joao@acme.c', 'invalid_tld'],
      ['joao@acme.123', 'invalid_tld'],
      ['joao@-acme.com', 'domain_hyphen'],
      ['joao@acme_x.com', 'domain_characters'],
      ['joao@', 'domain_empty'],
      [`${'a'.repeat(250)}@acme.com`, 'too_long'],
    ];
    for (const [input, reason] of cases) {
      expect(validateEmail(input), input).toMatchObject({ valid: false, reason, normalized: null, kind: null });
    }
  });

  it('accepts internationalised domains', () => {
    expect(validateEmail('contato@açaí.com.br')).toMatchObject({ valid: true, domain: 'açaí.com.br' });
  });
});

describe('e-mail kind', () => {
  it('calls the big providers free, with the list that said so', () => {
    for (const domain of ['gmail.com', 'hotmail.com', 'outlook.com', 'yahoo.com.br', 'uol.com.br', 'terra.com.br']) {
      expect(validateEmail(`x@${domain}`), domain).toMatchObject({
        kind: 'free',
        listed: { list: 'email-providers/common', domain },
      });
    }
    // bol.com.br is only in the full list.
    expect(validateEmail('x@bol.com.br')).toMatchObject({ kind: 'free', listed: { list: 'email-providers/all' } });
  });

  it('calls throw-away services disposable, subdomains included, but still valid (risky, not rejected)', () => {
    expect(validateEmail('x@mailinator.com')).toMatchObject({
      valid: true,
      kind: 'disposable',
      listed: { list: 'mailchecker', domain: 'mailinator.com' },
    });
    expect(validateEmail('x@abc.mailinator.com')).toMatchObject({
      kind: 'disposable',
      listed: { domain: 'mailinator.com' },
    });
    expect(validateEmail('x@yopmail.com').kind).toBe('disposable');
  });

  it('lets a client allowlist turn a listed domain back into a corporate one', () => {
    // A real Brazilian business that the disposable list carries.
    expect(validateEmail('vendas@bsbvans.com.br').kind).toBe('disposable');
    const allowlist = new Set(['bsbvans.com.br', 'uol.com.br']);
    expect(validateEmail('vendas@bsbvans.com.br', { allowlist })).toMatchObject({
      kind: 'corporate',
      allowlisted: true,
    });
    expect(validateEmail('vendas@filial.bsbvans.com.br', { allowlist }).kind).toBe('corporate');
    expect(validateEmail('x@uol.com.br', { allowlist })).toMatchObject({ kind: 'corporate', allowlisted: true });
    expect(validateEmail('x@acme.com.br', { allowlist })).toEqual({
      valid: true,
      normalized: 'x@acme.com.br',
      domain: 'acme.com.br',
      kind: 'corporate',
    });
  });
});

describe('e-mail typo suggestions', () => {
  it('suggests the provider people meant', () => {
    const cases: Array<[string, string]> = [
      ['gmial.com', 'gmail.com'],
      ['gmal.com', 'gmail.com'],
      ['gmail.con', 'gmail.com'],
      ['gmail.com.br', 'gmail.com'],
      ['hotmal.com', 'hotmail.com'],
      ['hotmial.com', 'hotmail.com'],
      ['outlok.com', 'outlook.com'],
      ['yaho.com.br', 'yahoo.com.br'],
      ['yahoo.com.b', 'yahoo.com.br'],
      ['uol.com.bt', 'uol.com.br'],
      ['bol.cm.br', 'bol.com.br'],
    ];
    for (const [typo, meant] of cases) {
      expect(validateEmail(`maria@${typo}`).suggestion, typo).toBe(`maria@${meant}`);
    }
    expect(validateEmail('maria@gmail').suggestion).toBe('maria@gmail.com');
  });

  it('leaves real domains alone', () => {
    for (const domain of ['gmail.com', 'hotmail.com.br', 'uol.com.br', 'acme.com.br', 'live.com', 'empresa.com']) {
      expect(suggestDomain(domain), domain).toBeNull();
    }
    expect(validateEmail('x@gmail.com').suggestion).toBeUndefined();
  });

  it('does not second-guess an allowlisted domain', () => {
    expect(validateEmail('x@gmial.com', { allowlist: new Set(['gmial.com']) }).suggestion).toBeUndefined();
  });

  it('counts a swapped pair as one edit', () => {
    expect(editDistance('gmial', 'gmail')).toBe(1);
    expect(editDistance('abc', 'abc')).toBe(0);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });
});
