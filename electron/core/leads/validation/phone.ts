// The 'max' metadata is needed: the default metadata cannot tell mobiles from landlines.
import {
  parsePhoneNumberFromString,
  validatePhoneNumberLength,
  type CountryCode,
  type PhoneNumber,
} from 'libphonenumber-js/max';

export type PhoneType = 'mobile' | 'landline' | 'other';
export type PhoneFlag = 'foreign' | 'missingNinthDigit' | 'missingAreaCode';
export type PhoneInvalidReason =
  | 'empty'
  | 'not_a_number'
  | 'too_short'
  | 'too_long'
  | 'invalid_number'
  /** Brazil: the area code (DDD) is not one in use. */
  | 'invalid_area_code'
  /** Brazil: fewer than 8 digits after the area code. */
  | 'short_subscriber'
  /** Brazil: more than 9 digits after the area code. */
  | 'long_subscriber'
  /** Brazil: 9 digits not starting with 9, or 8 digits starting with 0 or 1. */
  | 'invalid_prefix';

/** What an invalid Brazilian number's message names: its area code and the digits after it. */
export type PhoneFacts = {
  areaCode?: string;
  /** Digits after the area code, or in the whole number when there is none. */
  digits?: number;
  /** The first digit after the area code. */
  first?: string;
  /** Another country's calling code, as typed after the `+`. */
  callingCode?: string;
};

export interface PhoneResult {
  valid: boolean;
  /** `+5511987654321`; null unless valid. */
  e164: string | null;
  type: PhoneType | null;
  /** ISO 3166 code of the number's country, when it can be told. */
  country: string | null;
  flags: PhoneFlag[];
  reason?: PhoneInvalidReason;
  facts?: PhoneFacts;
  /** A corrected E.164 the user may accept (an old mobile given without its ninth digit). */
  suggestion?: string;
}

export interface PhoneOptions {
  /** The country of numbers typed without a `+` prefix; Brazil unless a client says otherwise. */
  defaultCountry?: CountryCode;
}

const EXTENSION = /\s*(?:ramal|ext\.?|r\.)\s*\d{1,6}\s*$/i;

function invalid(reason: PhoneInvalidReason, flags: PhoneFlag[] = [], country: string | null = null): PhoneResult {
  return { valid: false, e164: null, type: null, country, flags, reason };
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

/**
 * Area codes (DDD) in use in Brazil (Anatel). Numbers with another one cannot be dialled, so the
 * message can name the area code rather than call the whole number invalid.
 */
const AREA_CODES: ReadonlySet<string> = new Set(
  [
    '11-19', '21', '22', '24', '27', '28', '31-35', '37', '38', '41-49', '51', '53-55', '61-69', '71', '73-75',
    '77', '79', '81-89', '91-99',
  ].flatMap((span) => {
    const [from = '', to = from] = span.split('-');
    return Array.from({ length: Number(to) - Number(from) + 1 }, (_, i) => String(Number(from) + i));
  }),
); // prettier-ignore

/** `(11) 8765-4321` was a mobile before the ninth digit; the same number now has a 9 in front. */
function ninthDigitSuggestion(phone: PhoneNumber, defaultCountry: CountryCode): string | null {
  if (phone.countryCallingCode !== '55') return null;
  const national = String(phone.nationalNumber);
  if (!/^\d{2}[6-9]\d{7}$/.test(national)) return null;
  const fixed = parse(`+55${national.slice(0, 2)}9${national.slice(2)}`, defaultCountry);
  return fixed?.isValid() && fixed.getType() === 'MOBILE' ? fixed.number : null;
}

/** `98765-432`: written as a nine-digit mobile with a digit missing, not as an old eight-digit one. */
function typedAsShortMobile(text: string): boolean {
  return /(?:^|\D)9\d{4}[\s.-]\d{3}\s*$/.test(text);
}

function lengthReason(text: string, defaultCountry: CountryCode): PhoneInvalidReason {
  const problem = validatePhoneNumberLength(text, defaultCountry);
  if (problem === 'TOO_SHORT') return 'too_short';
  if (problem === 'TOO_LONG') return 'too_long';
  if (problem === 'NOT_A_NUMBER') return 'not_a_number';
  return 'invalid_number';
}

/**
 * What is wrong with a number that reads as Brazilian: no area code, an area code not in use, too
 * few or too many digits after it, or a first digit no number has. Null when it does not read as
 * Brazilian (another country code, or a default country other than Brazil).
 */
function brazilianProblem(
  text: string,
  phone: PhoneNumber | undefined,
  defaultCountry: CountryCode,
): Pick<PhoneResult, 'reason' | 'flags' | 'facts'> | null {
  const typed = text.replace(EXTENSION, '').trim();
  const plus = typed.startsWith('+');
  if (plus ? phone?.countryCallingCode !== '55' : defaultCountry !== 'BR') return null;
  const digits = typed.replace(/\D/g, '');
  // `(21) 9876-54`, `(021)…`, `+55 21…`, `021…`, `21 9876…`: the area code is written, whatever follows.
  const paren = /^\(\s*0?(\d{2})\s*\)/.exec(typed);
  const written = paren !== null || plus || typed.startsWith('0') || /^\d{2}[\s.-]+\d/.test(typed);
  const national = plus || phone?.countryCallingCode === '55' ? String(phone?.nationalNumber ?? '') : digits;
  if (!written && /^\d{8,9}$/.test(digits)) {
    // 8 or 9 digits is a Brazilian subscriber number on its own: the area code (DDD) is missing.
    return { reason: 'invalid_number', flags: ['missingAreaCode'], facts: { digits: digits.length } };
  }
  if (!written && national.length < 10) return { reason: 'too_short', flags: [], facts: { digits: digits.length } };
  const areaCode = paren?.[1] ?? national.slice(0, 2);
  const rest = paren ? typed.slice(paren[0].length).replace(/\D/g, '') : national.slice(2);
  if (!AREA_CODES.has(areaCode)) return { reason: 'invalid_area_code', flags: [], facts: { areaCode } };
  const facts: PhoneFacts = { areaCode, digits: rest.length, first: rest.charAt(0) };
  if (rest.length < 8 || (rest.length === 8 && typedAsShortMobile(typed))) {
    return { reason: 'short_subscriber', flags: [], facts };
  }
  if (rest.length > 9) return { reason: 'long_subscriber', flags: [], facts };
  if ((rest.length === 9 && !rest.startsWith('9')) || (rest.length === 8 && /^[01]/.test(rest))) {
    return { reason: 'invalid_prefix', flags: [], facts };
  }
  return null;
}

/**
 * A valid number the way people of its country write it: `(11) 98765-4321`. Made when a lead is
 * shown rather than stored with every lead: formatting took an eighth of an import's validation.
 */
export function nationalFormat(e164: string | null): string | null {
  return e164 === null ? null : (parsePhoneNumberFromString(e164)?.formatNational() ?? null);
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
    return { valid: true, e164: phone.number, type: typeOf(phone), country, flags };
  }

  const country = first?.country ?? null;
  const suggestion = first && !typedAsShortMobile(text) ? ninthDigitSuggestion(first, defaultCountry) : null;
  if (suggestion) return { ...invalid('invalid_number', ['missingNinthDigit'], country), suggestion };
  const brazilian = brazilianProblem(tried[0] ?? text, first, defaultCountry);
  if (brazilian) return { ...invalid(brazilian.reason ?? 'invalid_number', brazilian.flags, country), ...brazilian };
  const reason = lengthReason(tried[0] ?? text, defaultCountry);
  // `1`: too little to be read as a number at all, yet it is digits.
  const result = invalid(reason === 'not_a_number' ? 'too_short' : reason, [], country);
  const callingCode = first?.countryCallingCode;
  return callingCode && text.startsWith('+') ? { ...result, facts: { callingCode } } : result;
}
