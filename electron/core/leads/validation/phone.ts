// The 'max' metadata is needed: the default metadata cannot tell mobiles from landlines.
import {
  parsePhoneNumberFromString,
  validatePhoneNumberLength,
  type CountryCode,
  type PhoneNumber,
} from 'libphonenumber-js/max';

export type PhoneType = 'mobile' | 'landline' | 'other';
export type PhoneFlag = 'foreign' | 'missingNinthDigit' | 'missingAreaCode';
export type PhoneInvalidReason = 'empty' | 'not_a_number' | 'too_short' | 'too_long' | 'invalid_number';

export interface PhoneResult {
  valid: boolean;
  /** `+5511987654321`; null unless valid. */
  e164: string | null;
  type: PhoneType | null;
  /** ISO 3166 code of the number's country, when it can be told. */
  country: string | null;
  /** Formatted the way people of that country write it: `(11) 98765-4321`. */
  national: string | null;
  /** `+55 11 98765 4321`. */
  international: string | null;
  flags: PhoneFlag[];
  reason?: PhoneInvalidReason;
  /** A corrected E.164 the user may accept (an old mobile given without its ninth digit). */
  suggestion?: string;
}

export interface PhoneOptions {
  /** The country of numbers typed without a `+` prefix; Brazil unless a client says otherwise. */
  defaultCountry?: CountryCode;
}

const EXTENSION = /\s*(?:ramal|ext\.?|r\.)\s*\d{1,6}\s*$/i;

function invalid(reason: PhoneInvalidReason, flags: PhoneFlag[] = [], country: string | null = null): PhoneResult {
  return { valid: false, e164: null, type: null, country, national: null, international: null, flags, reason };
}

function typeOf(phone: PhoneNumber): PhoneType {
  const type = phone.getType();
  if (type === 'MOBILE') return 'mobile';
  if (type === 'FIXED_LINE') return 'landline';
  // FIXED_LINE_OR_MOBILE (most of North America), toll-free, shared-cost, VoIP...
  return 'other';
}

function parse(text: string, defaultCountry: CountryCode): PhoneNumber | undefined {
  return parsePhoneNumberFromString(text, { defaultCountry });
}

/**
 * Spellings Brazilian forms receive that the library reads differently: the old `0xx11`
 * placeholder for the carrier code, and `00` + carrier (a national call with carrier selection)
 * or `00` + country code (an international one) without a `+`.
 */
function candidates(text: string): string[] {
  const cleaned = text.replace(EXTENSION, '').replace(/^\(?0\s*xx\s*/i, '0');
  const list = [cleaned];
  const digits = cleaned.replace(/\D/g, '');
  if (!cleaned.startsWith('+') && digits.startsWith('00')) list.push(`0${digits.slice(2)}`, `+${digits.slice(2)}`);
  return list;
}

/** `(11) 8765-4321` was a mobile before the ninth digit; the same number now has a 9 in front. */
function ninthDigitSuggestion(phone: PhoneNumber, defaultCountry: CountryCode): string | null {
  if (phone.countryCallingCode !== '55') return null;
  const national = String(phone.nationalNumber);
  if (!/^\d{2}[6-9]\d{7}$/.test(national)) return null;
  const fixed = parse(`+55${national.slice(0, 2)}9${national.slice(2)}`, defaultCountry);
  return fixed?.isValid() && fixed.getType() === 'MOBILE' ? fixed.number : null;
}

function lengthReason(text: string, defaultCountry: CountryCode): PhoneInvalidReason {
  const problem = validatePhoneNumberLength(text, defaultCountry);
  if (problem === 'TOO_SHORT') return 'too_short';
  if (problem === 'TOO_LONG') return 'too_long';
  if (problem === 'NOT_A_NUMBER') return 'not_a_number';
  return 'invalid_number';
}

export function validatePhone(input: string, options: PhoneOptions = {}): PhoneResult {
  const defaultCountry = options.defaultCountry ?? 'BR';
  const text = input.trim();
  if (text === '') return invalid('empty');
  if (!/\d/.test(text)) return invalid('not_a_number');

  const tried = candidates(text);
  let first: PhoneNumber | undefined;
  for (const candidate of tried) {
    const phone = parse(candidate, defaultCountry);
    first ??= phone;
    if (!phone?.isValid()) continue;
    const country = phone.country ?? null;
    const flags: PhoneFlag[] = country !== defaultCountry ? ['foreign'] : [];
    return {
      valid: true,
      e164: phone.number,
      type: typeOf(phone),
      country,
      national: phone.formatNational(),
      international: phone.formatInternational(),
      flags,
    };
  }

  if (!first) return invalid(lengthReason(tried[0] ?? text, defaultCountry));
  const country = first.country ?? null;
  const suggestion = ninthDigitSuggestion(first, defaultCountry);
  if (suggestion) return { ...invalid('invalid_number', ['missingNinthDigit'], country), suggestion };
  const typedWithoutPlus = !text.startsWith('+');
  // 8 or 9 digits is a Brazilian subscriber number on its own: the area code (DDD) is missing.
  if (typedWithoutPlus && defaultCountry === 'BR' && /^\d{8,9}$/.test(text.replace(/\D/g, ''))) {
    return invalid('invalid_number', ['missingAreaCode'], country);
  }
  return invalid(lengthReason(tried[0] ?? text, defaultCountry), [], country);
}
