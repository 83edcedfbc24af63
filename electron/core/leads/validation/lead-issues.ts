import type { LeadValidation } from './index';
import { controlsMessage } from './controls';
import { issue, type IssueFacts, type ValidationIssue } from './issues';

type Facts = Readonly<Record<string, string | number | undefined>>;
type Message = (f: Facts) => string;

const str = (value: string | number | undefined): string => String(value ?? '');

/**
 * Each message names the real problem, with the facts that show it (the characters not allowed,
 * the area code, how many digits): a person must be able to fix the value from the message alone.
 */
const EMAIL_MESSAGES: Readonly<Record<string, Message>> = {
  spaces: () => 'The e-mail contains spaces.',
  no_at_sign: () => 'The e-mail has no @.',
  many_at_signs: () => 'The e-mail has more than one @.',
  double_dot: () => 'The e-mail has two dots in a row.',
  too_long: () => 'The e-mail is longer than 254 characters.',
  local_empty: () => 'There is nothing before the @.',
  local_dots: () => 'The part before the @ starts or ends with a dot.',
  local_characters: (f) => `The part before the @ has characters an e-mail address cannot have: ${str(f.chars)}`,
  local_too_long: () => 'The part before the @ is longer than 64 characters.',
  domain_empty: () => 'There is nothing after the @.',
  domain_characters: (f) => `The domain after the @ has characters a domain cannot have: ${str(f.chars)}`,
  domain_dots: () => 'The domain after the @ starts or ends with a dot.',
  domain_hyphen: () => 'A part of the domain starts or ends with a hyphen.',
  domain_too_long: () => 'The domain after the @ is too long.',
  missing_tld: () => 'The domain has no ending such as .com or .com.br.',
  invalid_tld: (f) => `The domain ending ".${str(f.tld)}" does not exist: endings are letters, such as .com or .br.`,
  at_sign: () => 'The e-mail needs exactly one @.',
  local_part: () => 'The part before the @ is not valid.',
  domain: () => 'The domain after the @ is not valid.',
};

const PHONE_MESSAGES: Readonly<Record<string, Message>> = {
  empty: () => 'The phone is empty.',
  not_a_number: () => 'The phone has no digits.',
  too_short: (f) =>
    f.digits !== undefined
      ? `The phone has only ${str(f.digits)} digits: a Brazilian number has 10 or 11, area code (DDD) included.`
      : 'The phone is too short for its country.',
  too_long: () => 'The phone has too many digits for its country.',
  invalid_number: (f) =>
    f.callingCode !== undefined
      ? `This is not a valid phone number for the country code +${str(f.callingCode)}.`
      : 'This is not a valid phone number.',
  invalid_area_code: (f) => `The area code (DDD) ${str(f.areaCode)} does not exist in Brazil.`,
  short_subscriber: (f) =>
    `Too short: ${str(f.digits)} digits after the area code (DDD) ${str(f.areaCode)}; a mobile has 9, a landline 8.`,
  long_subscriber: (f) =>
    `Too long: ${str(f.digits)} digits after the area code (DDD) ${str(f.areaCode)}; a mobile has 9, a landline 8.`,
  invalid_prefix: (f) =>
    `No Brazilian number starts like this: ${str(f.digits)} digits starting with ${str(f.first)} after the area code; ` +
    'a mobile has 9 digits starting with 9, a landline 8 starting with 2 to 5.',
};

/** Issue codes whose English text depends on the facts get their own code, so translations can follow. */
const PHONE_CODE_WHEN: Readonly<Record<string, (f: Facts) => string>> = {
  too_short: (f) => (f.digits !== undefined ? 'phone_too_few_digits' : 'phone_too_short'),
  invalid_number: (f) => (f.callingCode !== undefined ? 'phone_invalid_for_country' : 'phone_invalid_number'),
};

const CNPJ_MESSAGES: Readonly<Record<string, Message>> = {
  wrong_length: (f) => `A CNPJ has 14 characters; this one has ${str(f.length)}.`,
  bad_characters: (f) => `The CNPJ has characters a CNPJ cannot have: ${str(f.chars)}`,
  length: () => 'A CNPJ has 14 characters.',
  characters: () => 'The CNPJ has characters that are not allowed.',
  check_letters: () => 'The last two characters of a CNPJ are check digits: always numbers, never letters.',
  check_digits: () => 'The CNPJ check digits do not match: it was probably mistyped.',
  repeated: () => 'A CNPJ of one repeated digit is not a real CNPJ.',
  cpf: () => 'This is a CPF (a person’s number), not a company’s CNPJ.',
};

const NAME_MESSAGES: Readonly<Record<string, [code: string, message: string]>> = {
  singleLetters: ['name_single_letters', 'The name is only initials.'],
  keyboardMash: ['name_keyboard_mash', 'The name looks like random keys.'],
  repeatedChars: ['name_repeated_chars', 'The name repeats a letter three times or more.'],
  hasDigits: ['name_has_digits', 'The name contains digits.'],
  placeholder: ['name_placeholder', 'The name looks like a placeholder ("teste", "fulano").'],
  looksLikeEmail: ['name_looks_like_email', 'The name looks like an e-mail address.'],
};

/** The defined facts only: they travel with the issue as its translation's values. */
function defined(facts: Facts | undefined): IssueFacts {
  const out: IssueFacts = {};
  for (const [k, v] of Object.entries(facts ?? {})) if (v !== undefined) out[k] = v;
  return out;
}

function emailIssues(email: LeadValidation['email']): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  if (email.status === 'missing') out.push(issue('email', 'email_missing', 'warning', 'There is no e-mail.'));
  if (email.status === 'invalid' && email.reason) {
    const facts = defined(email.facts);
    const message = EMAIL_MESSAGES[email.reason]?.(facts) ?? 'Invalid e-mail.';
    out.push(issue('email', `email_${email.reason}`, 'error', message, facts));
  }
  if (email.kind === 'disposable') {
    out.push(issue('email', 'email_disposable', 'warning', 'The e-mail domain is a known disposable-mail service.'));
  }
  if (email.kind === 'typo' && email.suggestion) {
    // Mail to it would bounce or reach a squatter: unusable until it is corrected.
    const values = { typoOf: email.typoOf ?? '', suggestion: email.suggestion };
    const message = `Probable typo of ${values.typoOf}: did you mean ${values.suggestion}?`;
    out.push(issue('email', 'email_probable_typo', 'error', message, values));
  } else if (email.suggestion) {
    out.push(issue('email', 'email_typo', 'warning', `Did you mean ${email.suggestion}?`));
  }
  return out;
}

function phoneIssues(phone: LeadValidation['phone']): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  if (phone.status === 'missing') return [issue('phone', 'phone_missing', 'warning', 'There is no phone.')];
  const facts = defined(phone.facts);
  if (phone.flags.includes('missingNinthDigit')) {
    const message = `Mobile numbers have a ninth digit: ${phone.suggestion ?? ''}`.trim();
    out.push(issue('phone', 'phone_missing_ninth_digit', 'error', message));
  } else if (phone.flags.includes('missingAreaCode')) {
    out.push(issue('phone', 'phone_missing_area_code', 'error', 'The phone has no area code (DDD).', facts));
  } else if (phone.status === 'invalid' && phone.reason) {
    const code = PHONE_CODE_WHEN[phone.reason]?.(facts) ?? `phone_${phone.reason}`;
    const message = PHONE_MESSAGES[phone.reason]?.(facts) ?? 'Invalid phone.';
    out.push(issue('phone', code, 'error', message, facts));
  }
  if (phone.flags.includes('foreign')) {
    out.push(
      issue('phone', 'phone_foreign', 'warning', `The phone is from another country (${phone.country ?? '?'}).`),
    );
  }
  return out;
}

/** Everything worth telling the operator about one lead, as stable codes with English defaults. */
export function leadIssues(v: LeadValidation): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  if (v.name.status === 'missing') out.push(issue('fullName', 'name_missing', 'warning', 'There is no name.'));
  for (const flag of v.name.flags) {
    const [code, message] = NAME_MESSAGES[flag] ?? ['name_suspicious', 'The name looks suspicious.'];
    out.push(issue('fullName', code, 'warning', message));
  }
  out.push(...emailIssues(v.email), ...phoneIssues(v.phone));
  if (v.cnpj.status === 'invalid' && v.cnpj.reason) {
    const facts = defined(v.cnpj.facts);
    const message = CNPJ_MESSAGES[v.cnpj.reason]?.(facts) ?? 'Invalid CNPJ.';
    out.push(issue('cnpj', `cnpj_${v.cnpj.reason}`, 'error', message, facts));
  }
  if (v.cnpj.padded) {
    out.push(issue('cnpj', 'cnpj_padded', 'warning', 'Leading zeros lost by a spreadsheet were put back.'));
  }
  if (v.state.status === 'invalid') out.push(issue('state', 'state_unknown', 'warning', 'The state is not a UF.'));
  for (const { field, removed } of v.controls ?? []) {
    out.push(issue(field, 'control_chars_removed', 'warning', controlsMessage(removed), { count: removed }));
  }
  return out;
}
