import { describe, expect, it } from 'vitest';
import { cnpjCheckDigits, formatCnpj, validateCnpj } from '../../../electron/core/leads/validation/cnpj';
import { seededRandom } from './support/temp';

/**
 * An independent check-digit computation, written differently from the module on purpose: the
 * classic right-to-left cycle of weights 2..9, with each character worth its code minus 48.
 */
function referenceDigit(chars: string): number {
  let sum = 0;
  for (let i = 0; i < chars.length; i++) {
    const fromRight = chars.length - 1 - i;
    sum += (chars.charCodeAt(i) - 48) * (2 + (fromRight % 8));
  }
  const r = sum % 11;
  return r < 2 ? 0 : 11 - r;
}
function referenceCnpj(base: string): string {
  const d1 = referenceDigit(base);
  const d2 = referenceDigit(base + String(d1));
  return `${base}${d1}${d2}`;
}

const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';
function randomBase(random: () => number, withLetter: boolean): string {
  let base = '';
  for (let i = 0; i < 12; i++) base += ALPHABET[Math.floor(random() * (withLetter ? 36 : 10))] ?? '0';
  // Make sure an "alphanumeric" vector really holds a letter.
  return withLetter && !/[A-Z]/.test(base) ? `A${base.slice(1)}` : base;
}

describe('CNPJ', () => {
  it('accepts the two reference vectors, formatted and not', () => {
    for (const input of ['12.ABC.345/01DE-35', '12ABC34501DE35']) {
      expect(validateCnpj(input)).toEqual({
        valid: true,
        normalized: '12ABC34501DE35',
        formatted: '12.ABC.345/01DE-35',
        kind: 'alphanumeric',
      });
    }
    for (const input of ['11.222.333/0001-81', '11222333000181', ' 11 222 333 0001 81 ']) {
      expect(validateCnpj(input)).toEqual({
        valid: true,
        normalized: '11222333000181',
        formatted: '11.222.333/0001-81',
        kind: 'numeric',
      });
    }
  });

  it('agrees with the independent reference on the given vectors', () => {
    expect(referenceCnpj('12ABC34501DE')).toBe('12ABC34501DE35');
    expect(referenceCnpj('112223330001')).toBe('11222333000181');
  });

  it('upper-cases letters before checking', () => {
    const result = validateCnpj('12.abc.345/01de-35');
    expect(result.valid).toBe(true);
    expect(result.normalized).toBe('12ABC34501DE35');
  });

  it('validates generated alphanumeric and numeric vectors, and rejects them with a changed check digit', () => {
    const random = seededRandom(2026);
    for (let i = 0; i < 200; i++) {
      const withLetter = i % 2 === 0;
      const base = randomBase(random, withLetter);
      const valid = referenceCnpj(base);
      if (/^(.)\1{13}$/.test(valid)) continue;
      expect(cnpjCheckDigits(base)).toBe(valid.slice(12));
      const result = validateCnpj(formatCnpj(valid));
      expect(result).toMatchObject({ valid: true, normalized: valid, kind: withLetter ? 'alphanumeric' : 'numeric' });
      const last = Number(valid.slice(13));
      const broken = valid.slice(0, 13) + String((last + 1) % 10);
      expect(validateCnpj(broken)).toMatchObject({ valid: false, reason: 'check_digits', normalized: null });
    }
  });

  it('rejects a wrong letter in the base', () => {
    // E → F changes the base, so the check digits no longer match.
    expect(validateCnpj('12.ABC.345/01DF-35')).toMatchObject({ valid: false, reason: 'check_digits' });
    expect(validateCnpj('12.ABC.345/01DE-36')).toMatchObject({ valid: false, reason: 'check_digits' });
    expect(validateCnpj('11.222.333/0001-82')).toMatchObject({ valid: false, reason: 'check_digits', kind: 'numeric' });
  });

  it('rejects letters in the check digits', () => {
    expect(validateCnpj('12ABC34501DE3A')).toMatchObject({
      valid: false,
      reason: 'check_letters',
      kind: 'alphanumeric',
    });
    expect(validateCnpj('12ABC34501DEA5')).toMatchObject({ valid: false, reason: 'check_letters' });
  });

  it('rejects characters outside 0-9 and A-Z', () => {
    expect(validateCnpj('12ABC34501DÉ35')).toMatchObject({ reason: 'bad_characters', facts: { chars: 'É' } });
    expect(validateCnpj('12ABC34501D*35')).toMatchObject({ reason: 'bad_characters', facts: { chars: '*' } });
    // Excel's scientific notation of a numeric CNPJ.
    expect(validateCnpj('1,12223E+13')).toMatchObject({ reason: 'bad_characters', facts: { chars: ', +' } });
  });

  it('rejects wrong lengths', () => {
    const wrong = (length: number) => ({ valid: false, reason: 'wrong_length', facts: { length } });
    expect(validateCnpj('11.222.333/0001-8')).toMatchObject(wrong(13));
    expect(validateCnpj('11.222.333/0001-811')).toMatchObject(wrong(15));
    expect(validateCnpj('')).toMatchObject({ ...wrong(0), formatted: null });
    expect(validateCnpj('12ABC34501DE3')).toMatchObject(wrong(13));
  });

  it('tells a CPF typed in the CNPJ field from a short CNPJ', () => {
    expect(validateCnpj('529.982.247-25')).toMatchObject({ valid: false, reason: 'cpf' });
    expect(validateCnpj('52998224726')).toMatchObject({ valid: false, reason: 'wrong_length', facts: { length: 11 } });
  });

  it('rejects a run of one repeated digit even where the arithmetic passes', () => {
    expect(validateCnpj('00000000000000')).toMatchObject({ valid: false, reason: 'repeated' });
    expect(validateCnpj('00.000.000/0000-00')).toMatchObject({ valid: false, reason: 'repeated' });
    for (let d = 1; d <= 9; d++) {
      expect(validateCnpj(String(d).repeat(14))).toMatchObject({ valid: false, reason: 'repeated' });
    }
  });

  it('puts back leading zeros a spreadsheet dropped from an unpunctuated number', () => {
    const valid = referenceCnpj('011222333000');
    expect(valid.startsWith('0')).toBe(true);
    const result = validateCnpj(valid.slice(1));
    expect(result).toMatchObject({ valid: true, normalized: valid, padded: true });
    // Formatted input is taken as typed: a missing digit there is a typo, not a spreadsheet.
    expect(validateCnpj(formatCnpj(valid).slice(1)).valid).toBe(false);
  });

  it('refuses to compute digits for a malformed base', () => {
    expect(() => cnpjCheckDigits('12abc34501de')).toThrow(RangeError);
    expect(() => cnpjCheckDigits('123')).toThrow(RangeError);
  });
});
