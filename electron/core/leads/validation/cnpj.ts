/**
 * CNPJ, numeric and alphanumeric (Receita Federal, in force since July 2026). The first 12
 * positions are [0-9A-Z] and each is worth its character code minus 48, which leaves digits
 * exactly as the old numeric rule computed them; the last two are always numeric check digits.
 */

export type CnpjKind = 'numeric' | 'alphanumeric';
export type CnpjInvalidReason =
  | 'wrong_length'
  | 'bad_characters'
  /** Written by versions whose messages did not name the length or the characters. */
  | 'length'
  | 'characters'
  /** Letters in the last two positions, which are always numeric check digits. */
  | 'check_letters'
  | 'check_digits'
  | 'repeated'
  /** 11 digits that are a valid CPF: a person's number typed where the company's goes. */
  | 'cpf';

export interface CnpjResult {
  valid: boolean;
  /** The 14 characters, upper-case, no punctuation; null unless valid. */
  normalized: string | null;
  /** `12.ABC.345/01DE-35`; null unless valid. */
  formatted: string | null;
  kind: CnpjKind;
  reason?: CnpjInvalidReason;
  /** What the message names: how many characters there are, or the ones not allowed. */
  facts?: { length?: number; chars?: string };
  /**
   * Spreadsheets store numeric CNPJs as numbers and drop leading zeros; an unpunctuated 12 or 13
   * digit value was padded back to 14 before checking.
   */
  padded?: boolean;
}

const FIRST_WEIGHTS = [5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2] as const;
const SECOND_WEIGHTS = [6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2] as const;

/** Punctuation people and systems put in a CNPJ; anything else is a wrong character. */
const PUNCTUATION = /[\s./\-\\]/g;

function checkDigit(chars: string, weights: readonly number[]): number {
  let sum = 0;
  for (let i = 0; i < weights.length; i++) sum += (chars.charCodeAt(i) - 48) * (weights[i] ?? 0);
  const remainder = sum % 11;
  return remainder < 2 ? 0 : 11 - remainder;
}

/** The two check digits for a 12-character base (already upper-case, [0-9A-Z]). */
export function cnpjCheckDigits(base: string): string {
  if (!/^[0-9A-Z]{12}$/.test(base)) throw new RangeError('A CNPJ base is 12 characters of 0-9 or A-Z.');
  const first = checkDigit(base, FIRST_WEIGHTS);
  const second = checkDigit(base + String(first), SECOND_WEIGHTS);
  return `${first}${second}`;
}

/** `XX.XXX.XXX/XXXX-XX` for a normalized 14-character CNPJ. */
export function formatCnpj(normalized: string): string {
  const v = normalized;
  return `${v.slice(0, 2)}.${v.slice(2, 5)}.${v.slice(5, 8)}/${v.slice(8, 12)}-${v.slice(12, 14)}`;
}

function invalid(kind: CnpjKind, reason: CnpjInvalidReason, facts?: CnpjResult['facts']): CnpjResult {
  const result: CnpjResult = { valid: false, normalized: null, formatted: null, kind, reason };
  if (facts) result.facts = facts;
  return result;
}

/** CPF check digits (Receita Federal): weights 10..2 and 11..2, remainder rule as for the CNPJ. */
function isCpf(digits: string): boolean {
  if (!/^\d{11}$/.test(digits) || /^(\d)\1{10}$/.test(digits)) return false;
  const dv = (length: number): number => {
    let sum = 0;
    for (let i = 0; i < length; i++) sum += Number(digits[i]) * (length + 1 - i);
    const remainder = (sum * 10) % 11;
    return remainder === 10 ? 0 : remainder;
  };
  return dv(9) === Number(digits[9]) && dv(10) === Number(digits[10]);
}

export function validateCnpj(input: string): CnpjResult {
  const trimmed = input.trim();
  let value = trimmed.toUpperCase().replace(PUNCTUATION, '');
  const kind: CnpjKind = /[A-Z]/.test(value) ? 'alphanumeric' : 'numeric';
  const wrong = [...new Set(value.replace(/[0-9A-Z]/g, ''))].join(' ');
  if (wrong !== '') return invalid(kind, 'bad_characters', { chars: wrong });
  if (isCpf(value)) return invalid(kind, 'cpf');

  const typedLength = value.length;
  const padded = /^\d{12,13}$/.test(trimmed);
  if (padded) value = value.padStart(14, '0');
  if (value.length !== 14) return invalid(kind, 'wrong_length', { length: typedLength });
  if (!/^\d{2}$/.test(value.slice(12))) return invalid(kind, 'check_letters');
  // Passes the arithmetic, yet is never issued; forms get it from people typing to get past a field.
  if (/^(.)\1{13}$/.test(value)) return invalid(kind, 'repeated');
  if (cnpjCheckDigits(value.slice(0, 12)) !== value.slice(12)) {
    // Zeros put back did not make it a CNPJ: a digit is missing, not a spreadsheet's leading zero.
    return padded ? invalid(kind, 'wrong_length', { length: typedLength }) : invalid(kind, 'check_digits');
  }

  const result: CnpjResult = { valid: true, normalized: value, formatted: formatCnpj(value), kind };
  if (padded) result.padded = true;
  return result;
}
