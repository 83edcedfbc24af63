import { describe, expect, it } from 'vitest';
import { leadInputSchema, type LeadInputRaw } from '#contract/lead-input';
import { hasControls, stripControls } from '#contract/text';
import { autoMapColumns, buildRow } from '../../../electron/core/leads/csv';
import { validateLead } from '../../../electron/core/leads/validation';

const NUL = '\u0000';
const BEL = '\u0007';
const ESC = '\u001b';
const RLO = '\u202e';
const PDF = '\u202c';

const validate = (raw: LeadInputRaw) => validateLead(leadInputSchema.parse(raw));

describe('invisible control characters', () => {
  it.each([
    ['NUL', `Ana${NUL} Souza`, 'Ana Souza', 1],
    ['BEL and ESC', `${BEL}Acme${ESC}[31m Ltda`, 'Acme[31m Ltda', 2],
    ['a right-to-left override and its pop', `${RLO}gepj.exe${PDF}`, 'gepj.exe', 2],
    ['isolates and marks', '\u2066Maria\u2069 \u200fSilva\u200e', 'Maria Silva', 4],
    ['zero-width space, soft hyphen, BOM', 'Jo\u200bão\u00ad da\ufeff Silva', 'João da Silva', 3],
    ['Unicode tag characters (hidden text)', `Bia\u{e0041}\u{e0042}`, 'Bia', 2],
    ['C1 controls (DEL, NEL)', 'Lima\u007f\u0085', 'Lima', 2],
  ])('removes %s and counts them', (_what, input, text, removed) => {
    expect(hasControls(input)).toBe(true);
    expect(stripControls(input)).toEqual({ text, removed });
  });

  it('keeps what people write on purpose: accents, emoji sequences, other scripts', () => {
    for (const value of ['José Ávila', 'Família 👨‍👩‍👧', 'می‌خواهم', 'Zoë O’Brien-Smith', 'Ana\u00a0Paula']) {
      expect(hasControls(value)).toBe(false);
      expect(stripControls(value)).toEqual({ text: value, removed: 0 });
    }
  });

  it('turns line breaks and tabs into one space: no lead field is multi-line', () => {
    expect(stripControls(`Acme\r\n${NUL}\tLtda`)).toEqual({ text: 'Acme Ltda', removed: 1 });
  });

  it('counts a value made only of control characters as blank', () => {
    const result = leadInputSchema.safeParse({ email: `${NUL}${ESC}`, fullName: 'Ana' });
    expect(result.error?.issues).toMatchObject([{ path: ['email'], message: 'no_contact' }]);
  });

  it('cleans every field of a lead and records, per field, how many were removed', () => {
    const { lead, validation } = validate({
      fullName: `ANA${NUL} SOUZA`,
      email: `ana${BEL}@acme.com.br`,
      phone: `(11) 98765${ESC}-4321`,
      company: `${RLO}Acme${PDF}`,
      cnpj: `11.222.333/0001-81${NUL}`,
      jobTitle: `Diretora${NUL}`,
      city: `São${NUL} Paulo`,
      state: `SP${NUL}`,
      source: `site${NUL}`,
      utm: { source: `google${NUL}` },
      custom: { segmento: `Varejo${RLO}`, vazio: NUL + NUL },
    });
    expect(lead).toEqual({
      emailKey: 'ana@acme.com.br',
      fullName: 'Ana Souza',
      email: 'ana@acme.com.br',
      phone: '(11) 98765-4321',
      phoneE164: '+5511987654321',
      company: 'Acme',
      cnpj: '11222333000181',
      jobTitle: 'Diretora',
      city: 'São Paulo',
      state: 'SP',
      source: 'site',
      utm: { source: 'google' },
      // A value of nothing but control characters is blank, like an empty cell.
      custom: { segmento: 'Varejo' },
    });
    // Cleaned values validate as what the person meant.
    expect(validation.email).toMatchObject({ status: 'valid', kind: 'corporate' });
    expect(validation.cnpj.status).toBe('valid');
    const removed = validation.issues.filter((i) => i.code === 'control_chars_removed');
    expect(removed.map((i) => [i.field, i.severity])).toEqual([
      ['fullName', 'warning'],
      ['email', 'warning'],
      ['phone', 'warning'],
      ['company', 'warning'],
      ['cnpj', 'warning'],
      ['jobTitle', 'warning'],
      ['city', 'warning'],
      ['state', 'warning'],
      ['source', 'warning'],
      ['utm.source', 'warning'],
      ['custom.segmento', 'warning'],
    ]);
    expect(removed.find((i) => i.field === 'company')?.message).toMatch(/^2 invisible control characters were removed/);
    expect(Object.values(lead).some((v) => typeof v === 'string' && hasControls(v))).toBe(false);
  });

  it('says nothing about a clean lead', () => {
    const { validation } = validate({ fullName: 'Ana Souza', email: 'ana@acme.com.br' });
    expect(validation.controls).toBeUndefined();
    expect(validation.issues.map((i) => i.code)).not.toContain('control_chars_removed');
  });

  it('warns in the CSV preview and report, on the column that had them', () => {
    const mapping = autoMapColumns(['Nome', 'E-mail', 'Empresa']);
    const row = buildRow([`Ana${NUL}`, 'ana@acme.com.br', `${RLO}Acme`], { row: 2, line: 2 }, mapping);
    expect(row.status).toBe('ok');
    expect(row.issues).toMatchObject([
      { code: 'control_chars_removed', severity: 'warning', field: 'fullName', column: 'Nome' },
      { code: 'control_chars_removed', severity: 'warning', field: 'company', column: 'Empresa' },
    ]);
  });
});
