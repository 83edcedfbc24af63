import { describe, expect, it } from 'vitest';
import { leadInputSchema, type LeadInputRaw } from '#contract/lead-input';
import {
  cnpjCheckDigits,
  normalizeAllowlist,
  validateLead,
  withMxStatus,
  type LeadValidationOptions,
} from '../../../electron/core/leads/validation';

const validate = (raw: LeadInputRaw, options?: LeadValidationOptions) =>
  validateLead(leadInputSchema.parse(raw), options);
const codes = (raw: LeadInputRaw, options?: LeadValidationOptions) =>
  validate(raw, options).validation.issues.map((i) => i.code);

describe('validateLead', () => {
  it('normalises a good lead into its columns and records each check', () => {
    const { lead, validation } = validate({
      fullName: 'JOÃO DA SILVA',
      email: 'Joao@ACME.com.br',
      phone: '(11) 98765-4321',
      company: 'Acme Ltda',
      cnpj: '12.abc.345/01de-35',
      jobTitle: 'Diretor',
      city: 'São Paulo',
      state: 'são paulo',
      source: 'Facebook Ads',
      utm: { utm_source: 'facebook' },
    });
    expect(lead).toEqual({
      fullName: 'João da Silva',
      email: 'Joao@acme.com.br',
      emailKey: 'joao@acme.com.br',
      phone: '(11) 98765-4321',
      phoneE164: '+5511987654321',
      company: 'Acme Ltda',
      cnpj: '12ABC34501DE35',
      jobTitle: 'Diretor',
      city: 'São Paulo',
      state: 'SP',
      source: 'Facebook Ads',
      utm: { source: 'facebook' },
      custom: {},
    });
    expect(validation).toMatchObject({
      version: 1,
      name: { status: 'ok' },
      email: { status: 'valid', kind: 'corporate' },
      phone: { status: 'valid', type: 'mobile' },
      cnpj: { status: 'valid', kind: 'alphanumeric', formatted: '12.ABC.345/01DE-35' },
      state: { status: 'valid', uf: 'SP' },
      issues: [],
    });
    // Stored as JSON: nothing that does not survive a round trip, and it fits the column's type.
    expect(JSON.parse(JSON.stringify(validation))).toEqual(validation);
    const column: Record<string, unknown> = validation;
    expect(column.version).toBe(1);
  });

  it('marks what is missing without inventing values', () => {
    const { lead, validation } = validate({ email: 'maria@gmail.com' });
    expect(validation.phone.status).toBe('missing');
    expect(validation.cnpj).toEqual({
      valid: false,
      normalized: null,
      formatted: null,
      kind: 'numeric',
      status: 'missing',
    });
    expect(validation.state).toEqual({ status: 'missing', uf: null });
    expect(validation.name.status).toBe('missing');
    expect(lead).toMatchObject({ fullName: '', phone: null, phoneE164: null, cnpj: null, state: null });
    expect(codes({ email: 'maria@gmail.com' })).toEqual(['name_missing', 'phone_missing']);
  });

  it('keeps invalid values as typed and explains them with codes', () => {
    const { lead, validation } = validate({
      fullName: 'asdf',
      email: 'maria@gmial.com',
      phone: '(11) 8765-4321',
      cnpj: '11.222.333/0001-82',
      state: 'Narnia',
    });
    expect(lead).toMatchObject({
      cnpj: '11.222.333/0001-82',
      phone: '(11) 8765-4321',
      phoneE164: null,
      state: 'Narnia',
    });
    expect(validation.phone).toMatchObject({ status: 'invalid', suggestion: '+5511987654321' });
    const issues = validation.issues.map((i) => [i.field, i.code, i.severity]);
    expect(issues).toEqual([
      ['fullName', 'name_keyboard_mash', 'warning'],
      // Not disposable: a mistyped gmail.com, which squatters registered.
      ['email', 'email_probable_typo', 'error'],
      ['phone', 'phone_missing_ninth_digit', 'error'],
      ['cnpj', 'cnpj_check_digits', 'error'],
      ['state', 'state_unknown', 'warning'],
    ]);
    expect(validation.issues.every((i) => i.message.length > 0)).toBe(true);
  });

  it('reports invalid e-mails, missing area codes and foreign phones', () => {
    expect(codes({ fullName: 'Ana', email: 'ana@acme', phone: '98765-4321' })).toEqual([
      'email_missing_tld',
      'phone_missing_area_code',
    ]);
    expect(codes({ fullName: 'Ana', phone: '+1 415 555 2671' })).toEqual(['email_missing', 'phone_foreign']);
    expect(codes({ fullName: 'Ana', phone: '12' })).toEqual(['email_missing', 'phone_too_few_digits']);
    const zeroLed = `011222333000${cnpjCheckDigits('011222333000')}`;
    expect(codes({ fullName: 'Ana', email: 'a@acme.com', cnpj: zeroLed.slice(1) })).toEqual([
      'phone_missing',
      'cnpj_padded',
    ]);
    expect(codes({ fullName: 'Ana', email: 'a@acme.com', cnpj: '12ABC34501DE3A' })).toEqual([
      'phone_missing',
      'cnpj_check_letters',
    ]);
  });

  it("applies the client's allowlist and default country", () => {
    const options: LeadValidationOptions = {
      emailAllowlist: ['@BSBVans.com.br', '*.example.org', ' '],
      defaultCountry: 'PT',
    };
    const { validation } = validate({ email: 'vendas@bsbvans.com.br', phone: '912 345 678' }, options);
    expect(validation.email).toMatchObject({ kind: 'corporate', allowlisted: true });
    expect(validation.phone).toMatchObject({ status: 'valid', e164: '+351912345678', flags: [] });
    expect([...normalizeAllowlist(options.emailAllowlist)]).toEqual(['bsbvans.com.br', 'example.org']);
  });

  it('records a later MX answer without touching the rest', () => {
    const { validation } = validate({ email: 'a@acme.com.br' });
    const updated = withMxStatus(validation, 'none');
    expect(updated.email.mx).toBe('none');
    expect(validation.email.mx).toBeUndefined();
    expect(updated.phone).toBe(validation.phone);
  });
});
