import type { LeadValidation } from './index';
import { controlsMessage } from './controls';
import { issue, type ValidationIssue } from './issues';

const EMAIL_MESSAGES: Readonly<Record<string, string>> = {
  spaces: 'The e-mail contains spaces.',
  at_sign: 'The e-mail needs exactly one @.',
  local_part: 'The part before the @ is not valid.',
  double_dot: 'The e-mail contains two dots in a row.',
  domain: 'The domain after the @ is not valid.',
  missing_tld: 'The domain has no ending such as .com or .com.br.',
  too_long: 'The e-mail is too long.',
};

const PHONE_MESSAGES: Readonly<Record<string, string>> = {
  not_a_number: 'The phone is not a number.',
  too_short: 'The phone is too short.',
  too_long: 'The phone is too long.',
  invalid_number: 'The phone is not a valid number.',
};

const CNPJ_MESSAGES: Readonly<Record<string, string>> = {
  length: 'A CNPJ has 14 characters.',
  characters: 'The CNPJ has characters that are not allowed (the last two are always digits).',
  check_digits: 'The CNPJ check digits do not match.',
  repeated: 'A CNPJ of one repeated digit is not a real CNPJ.',
};

const NAME_MESSAGES: Readonly<Record<string, [code: string, message: string]>> = {
  singleLetters: ['name_single_letters', 'The name is only initials.'],
  keyboardMash: ['name_keyboard_mash', 'The name looks like random keys.'],
  repeatedChars: ['name_repeated_chars', 'The name repeats a letter three times or more.'],
  hasDigits: ['name_has_digits', 'The name contains digits.'],
  placeholder: ['name_placeholder', 'The name looks like a placeholder ("teste", "fulano").'],
  looksLikeEmail: ['name_looks_like_email', 'The name looks like an e-mail address.'],
};

function emailIssues(email: LeadValidation['email']): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  if (email.status === 'missing') out.push(issue('email', 'email_missing', 'warning', 'There is no e-mail.'));
  if (email.status === 'invalid' && email.reason) {
    out.push(issue('email', `email_${email.reason}`, 'error', EMAIL_MESSAGES[email.reason] ?? 'Invalid e-mail.'));
  }
  if (email.kind === 'disposable') {
    out.push(issue('email', 'email_disposable', 'warning', 'The e-mail domain is a known disposable-mail service.'));
  }
  if (email.suggestion) {
    out.push(issue('email', 'email_typo', 'warning', `Did you mean ${email.suggestion}?`));
  }
  return out;
}

function phoneIssues(phone: LeadValidation['phone']): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  if (phone.status === 'missing') return [issue('phone', 'phone_missing', 'warning', 'There is no phone.')];
  if (phone.flags.includes('missingNinthDigit')) {
    const message = `Mobile numbers have a ninth digit: ${phone.suggestion ?? ''}`.trim();
    out.push(issue('phone', 'phone_missing_ninth_digit', 'error', message));
  } else if (phone.flags.includes('missingAreaCode')) {
    out.push(issue('phone', 'phone_missing_area_code', 'error', 'The phone has no area code (DDD).'));
  } else if (phone.status === 'invalid' && phone.reason) {
    out.push(issue('phone', `phone_${phone.reason}`, 'error', PHONE_MESSAGES[phone.reason] ?? 'Invalid phone.'));
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
    out.push(issue('cnpj', `cnpj_${v.cnpj.reason}`, 'error', CNPJ_MESSAGES[v.cnpj.reason] ?? 'Invalid CNPJ.'));
  }
  if (v.cnpj.padded) {
    out.push(issue('cnpj', 'cnpj_padded', 'warning', 'Leading zeros lost by a spreadsheet were put back.'));
  }
  if (v.state.status === 'invalid') out.push(issue('state', 'state_unknown', 'warning', 'The state is not a UF.'));
  for (const { field, removed } of v.controls ?? []) {
    out.push(issue(field, 'control_chars_removed', 'warning', controlsMessage(removed)));
  }
  return out;
}
