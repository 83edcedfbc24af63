import { describe, expect, it } from 'vitest';
import { issueValues } from '#contract/issue-values';
import { leadInputSchema, type LeadInputRaw } from '#contract/lead-input';
import { validateLead, type ValidationIssue } from '../../../electron/core/leads/validation';
import { leadsIssuesEn } from '../../../src/i18n/leads/en-issues';
import { leadsIssuesPtBR } from '../../../src/i18n/leads/pt-BR-issues';

/**
 * Every phone, CNPJ and e-mail message against the values people really type: each must name
 * the real problem (not a neighbouring one), in English and in both translations, with the facts
 * that show it filled in.
 */

type Row = [input: string, code: string, message: string];

const PHONES: Row[] = [
  // The area code is there; what follows is too short or too long.
  ['(21) 9876-54', 'phone_short_subscriber', 'Too short: 6 digits after the area code (DDD) 21; a mobile has 9, a landline 8.'],
  ['(21)9876543', 'phone_short_subscriber', 'Too short: 7 digits after the area code (DDD) 21; a mobile has 9, a landline 8.'],
  ['(21) 98765-432', 'phone_short_subscriber', 'Too short: 8 digits after the area code (DDD) 21; a mobile has 9, a landline 8.'],
  ['21 9876-54', 'phone_short_subscriber', 'Too short: 6 digits after the area code (DDD) 21; a mobile has 9, a landline 8.'],
  ['+55 21 9876', 'phone_short_subscriber', 'Too short: 4 digits after the area code (DDD) 21; a mobile has 9, a landline 8.'],
  ['(011) 9876-54', 'phone_short_subscriber', 'Too short: 6 digits after the area code (DDD) 11; a mobile has 9, a landline 8.'],
  ['(21) 98765-43210', 'phone_long_subscriber', 'Too long: 10 digits after the area code (DDD) 21; a mobile has 9, a landline 8.'],
  ['219876543210', 'phone_long_subscriber', 'Too long: 10 digits after the area code (DDD) 21; a mobile has 9, a landline 8.'],
  // The area code itself.
  ['98765-4321', 'phone_missing_area_code', 'The phone has no area code (DDD).'],
  ['3456-7890', 'phone_missing_area_code', 'The phone has no area code (DDD).'],
  ['(20) 98765-4321', 'phone_invalid_area_code', 'The area code (DDD) 20 does not exist in Brazil.'],
  ['+55 23 3456-7890', 'phone_invalid_area_code', 'The area code (DDD) 23 does not exist in Brazil.'],
  ['(00) 98765-4321', 'phone_invalid_area_code', 'The area code (DDD) 00 does not exist in Brazil.'],
  // Right length, but no number starts like that.
  ['(11) 1234-5678', 'phone_invalid_prefix', 'No Brazilian number starts like this: 8 digits starting with 1 after the area code; a mobile has 9 digits starting with 9, a landline 8 starting with 2 to 5.'],
  ['(11) 8765-43210', 'phone_invalid_prefix', 'No Brazilian number starts like this: 9 digits starting with 8 after the area code; a mobile has 9 digits starting with 9, a landline 8 starting with 2 to 5.'],
  // An old mobile.
  ['(21) 8765-4321', 'phone_missing_ninth_digit', 'Mobile numbers have a ninth digit: +5521987654321'],
  // Too little to have an area code.
  ['123', 'phone_too_few_digits', 'The phone has only 3 digits: a Brazilian number has 10 or 11, area code (DDD) included.'],
  ['sem telefone', 'phone_not_a_number', 'The phone has no digits.'],
  // Other countries.
  ['+1 415 555', 'phone_too_short', 'The phone is too short for its country.'],
  ['+351 212 345 678 9', 'phone_too_long', 'The phone has too many digits for its country.'],
  ['+1 123 456 7890', 'phone_invalid_for_country', 'This is not a valid phone number for the country code +1.'],
  ['+351 912 345 678', 'phone_foreign', 'The phone is from another country (PT).'],
]; // prettier-ignore

const CNPJS: Row[] = [
  ['11.222.333/0001-8', 'cnpj_wrong_length', 'A CNPJ has 14 characters; this one has 13.'],
  ['11.222.333/0001-811', 'cnpj_wrong_length', 'A CNPJ has 14 characters; this one has 15.'],
  // A spreadsheet's lost zeros are put back only when that makes a CNPJ; otherwise a digit is missing.
  ['1122233300018', 'cnpj_wrong_length', 'A CNPJ has 14 characters; this one has 13.'],
  ['11.222.333/0001-8#', 'cnpj_bad_characters', 'The CNPJ has characters a CNPJ cannot have: #'],
  ['11,222,333/0001-81', 'cnpj_bad_characters', 'The CNPJ has characters a CNPJ cannot have: ,'],
  ['12.ABC.345/01DE-3X', 'cnpj_check_letters', 'The last two characters of a CNPJ are check digits: always numbers, never letters.'],
  ['11.222.333/0001-82', 'cnpj_check_digits', 'The CNPJ check digits do not match: it was probably mistyped.'],
  ['00.000.000/0000-00', 'cnpj_repeated', 'A CNPJ of one repeated digit is not a real CNPJ.'],
  ['529.982.247-25', 'cnpj_cpf', 'This is a CPF (a person’s number), not a company’s CNPJ.'],
]; // prettier-ignore

const EMAILS: Row[] = [
  ['joao', 'email_no_at_sign', 'The e-mail has no @.'],
  ['joao@@gmail.com', 'email_many_at_signs', 'The e-mail has more than one @.'],
  ['joao silva@gmail.com', 'email_spaces', 'The e-mail contains spaces.'],
  ['joao..silva@gmail.com', 'email_double_dot', 'The e-mail has two dots in a row.'],
  ['@gmail.com', 'email_local_empty', 'There is nothing before the @.'],
  ['joao.@gmail.com', 'email_local_dots', 'The part before the @ starts or ends with a dot.'],
  ['joão@gmail.com', 'email_local_characters', 'The part before the @ has characters an e-mail address cannot have: ã'],
  ['joao,silva@gmail.com', 'email_local_characters', 'The part before the @ has characters an e-mail address cannot have: ,'],
  [`${'j'.repeat(65)}@acme.com.br`, 'email_local_too_long', 'The part before the @ is longer than 64 characters.'],
  ['joao@', 'email_domain_empty', 'There is nothing after the @.'],
  ['joao@gmail,com', 'email_domain_characters', 'The domain after the @ has characters a domain cannot have: ,'],
  ['joao@acme_ltda.com.br', 'email_domain_characters', 'The domain after the @ has characters a domain cannot have: _'],
  ['joao@.acme.com.br', 'email_domain_dots', 'The domain after the @ starts or ends with a dot.'],
  ['joao@acme-.com.br', 'email_domain_hyphen', 'A part of the domain starts or ends with a hyphen.'],
  ['joao@empresa', 'email_missing_tld', 'The domain has no ending such as .com or .com.br.'],
  ['joao@acme.c', 'email_invalid_tld', 'The domain ending ".c" does not exist: endings are letters, such as .com or .br.'],
  ['joao@acme.123', 'email_invalid_tld', 'The domain ending ".123" does not exist: endings are letters, such as .com or .br.'],
]; // prettier-ignore

function issueFor(field: 'phone' | 'cnpj' | 'email', value: string): ValidationIssue[] {
  const raw: LeadInputRaw = field === 'email' ? { email: value } : { email: 'a@acme.com.br', [field]: value };
  return validateLead(leadInputSchema.parse(raw)).validation.issues.filter((i) => i.field === field);
}

/** The page's text: the translation with the issue's values, as `useIssueText` fills it. */
function translated(texts: Record<string, string>, found: ValidationIssue): string | undefined {
  const template = texts[found.code];
  if (template === undefined) return undefined;
  const values: Record<string, string | number> = { ...issueValues(found), ...found.values };
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => String(values[name] ?? whole));
}

describe.each([
  ['phone', PHONES],
  ['cnpj', CNPJS],
  ['email', EMAILS],
] as const)('%s messages', (field, rows) => {
  it.each(rows)('%j → %s', (input, code, message) => {
    const found = issueFor(field, input).find((i) => i.code === code);
    expect(
      found,
      `codes: ${issueFor(field, input)
        .map((i) => i.code)
        .join(', ')}`,
    ).toBeDefined();
    expect(found?.message).toBe(message);
    for (const texts of [leadsIssuesEn.issueCodes, leadsIssuesPtBR.issueCodes]) {
      const text = translated(texts, found as ValidationIssue);
      expect(text, `no translation for ${code}`).toBeDefined();
      expect(text).not.toMatch(/\{\{|\}\}|undefined/);
    }
  });
});

describe('the English text matches the translation the page shows', () => {
  it.each([...PHONES, ...CNPJS, ...EMAILS].filter(([, code]) => code !== 'phone_missing_ninth_digit'))(
    '%j',
    (input, code) => {
      const field = code.startsWith('phone') ? 'phone' : code.startsWith('cnpj') ? 'cnpj' : 'email';
      const found = issueFor(field, input).find((i) => i.code === code) as ValidationIssue;
      // Quotes aside, the core's default and the page's English say the same.
      const plain = (text: string | undefined) => text?.replace(/[“”"’']/g, '');
      expect(plain(translated(leadsIssuesEn.issueCodes, found))).toBe(plain(found.message));
    },
  );
});
