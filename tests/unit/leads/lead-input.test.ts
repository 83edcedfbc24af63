import { describe, expect, it } from 'vitest';
import { fieldKey, utmKey } from '#contract/lead-fields';
import { leadInputSchema } from '#contract/lead-input';

describe('lead input schema', () => {
  it('cleans text and drops blank fields', () => {
    const lead = leadInputSchema.parse({
      fullName: '  Maria \u00a0 da   Silva ',
      email: ' maria@acme.com.br ',
      phone: '',
      company: null,
      city: '   ',
    });
    expect(lead).toEqual({ fullName: 'Maria da Silva', email: 'maria@acme.com.br', utm: {}, custom: {} });
  });

  it('accepts phones and CNPJs sent as numbers', () => {
    const lead = leadInputSchema.parse({ phone: 11987654321, cnpj: 11222333000181 });
    expect(lead.phone).toBe('11987654321');
    expect(lead.cnpj).toBe('11222333000181');
  });

  it('needs an e-mail or a phone', () => {
    const result = leadInputSchema.safeParse({ fullName: 'Maria' });
    expect(result.success).toBe(false);
    expect(result.error?.issues).toMatchObject([{ path: ['email'], message: 'no_contact' }]);
    expect(leadInputSchema.safeParse({ phone: '11 98765-4321' }).success).toBe(true);
  });

  it('refuses values that are too long, with a reason token', () => {
    const result = leadInputSchema.safeParse({ email: 'a@b.co', fullName: 'x'.repeat(201) });
    expect(result.error?.issues).toMatchObject([{ path: ['fullName'], message: 'too_long' }]);
  });

  it('normalises UTM and custom keys so rules and filters can name them', () => {
    const lead = leadInputSchema.parse({
      email: 'a@b.co',
      utm: { utm_source: 'google', 'UTM Campaign': 'Black Friday', medium: 'cpc', term: '' },
      custom: { 'Segmento da empresa': 'Varejo', 'Nº de funcionários': 50, Newsletter: true, vazio: null },
    });
    expect(lead.utm).toEqual({ source: 'google', campaign: 'Black Friday', medium: 'cpc' });
    expect(lead.custom).toEqual({ segmento_da_empresa: 'Varejo', n_de_funcionarios: '50', newsletter: 'true' });
  });

  it('limits extra fields', () => {
    const custom = Object.fromEntries(Array.from({ length: 51 }, (_, i) => [`campo ${i}`, 'x']));
    expect(leadInputSchema.safeParse({ email: 'a@b.co', custom }).error?.issues[0]?.message).toBe('too_many');
    const long = leadInputSchema.safeParse({ email: 'a@b.co', custom: { obs: 'x'.repeat(1001) } });
    expect(long.error?.issues).toMatchObject([{ path: ['custom', 'obs'], message: 'too_long' }]);
  });

  it('derives field keys', () => {
    expect(fieldKey('  Cargo / Função ')).toBe('cargo_funcao');
    expect(utmKey('utm_source')).toBe('source');
    expect(utmKey('UTM-Content')).toBe('content');
  });
});
