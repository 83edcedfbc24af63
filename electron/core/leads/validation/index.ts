import type { CountryCode } from 'libphonenumber-js/max';
import type { LeadInput } from '#contract/lead-input';
import { validateCnpj, type CnpjResult } from './cnpj';
import { withoutControls, type ControlsRemoved } from './controls';
import { validateEmail, type EmailResult } from './email';
import type { ValidationIssue } from './issues';
import type { MxStatus } from './mx';
import { validateName, type NameResult } from './names';
import { validatePhone, type PhoneResult } from './phone';
import { leadIssues } from './lead-issues';
import { toUf, type Uf } from './uf';
import { memoize } from '../../lib/memo';

export type FieldStatus = 'valid' | 'invalid' | 'missing';

// Type aliases, not interfaces: the stored JSON must be assignable to the column's Record type.
export type EmailCheck = EmailResult & {
  status: FieldStatus;
  /** Set later by the optional MX lookup; absent while it has not run. */
  mx?: MxStatus;
};
export type PhoneCheck = PhoneResult & { status: FieldStatus };
export type CnpjCheck = CnpjResult & { status: FieldStatus };
export type StateCheck = { status: FieldStatus; uf: Uf | null };

/** What is stored in `leads.validation`: read whole by scoring, the lead view and the filters. */
export type LeadValidation = {
  version: 1;
  name: NameResult;
  email: EmailCheck;
  phone: PhoneCheck;
  cnpj: CnpjCheck;
  state: StateCheck;
  /** Fields that arrived with invisible control characters, which were removed; absent when none. */
  controls?: ControlsRemoved[];
  issues: ValidationIssue[];
};

/** The lead's columns, normalised where validation could (`phoneE164`, a 14-character `cnpj`, a UF). */
export type NormalizedLead = {
  fullName: string;
  email: string;
  /** Lower-cased address, for the per-client repeated-e-mail policy. */
  emailKey: string;
  /** As typed: what the person wrote is kept, the usable form is `phoneE164`. */
  phone: string | null;
  phoneE164: string | null;
  company: string | null;
  /** 14 characters when valid; as typed otherwise, so the operator can see what was wrong. */
  cnpj: string | null;
  jobTitle: string | null;
  city: string | null;
  /** The UF code when the state was recognised; as typed otherwise. */
  state: string | null;
  source: string | null;
  utm: Record<string, string>;
  custom: Record<string, string>;
};

export type ValidatedLead = { lead: NormalizedLead; validation: LeadValidation };

export interface LeadValidationOptions {
  /** The client's e-mail domain allowlist: these are corporate whatever the lists say. */
  emailAllowlist?: Iterable<string>;
  /** For numbers typed without `+`; Brazil unless the client says otherwise. */
  defaultCountry?: CountryCode;
}

/** `@Acme.com.br`, `*.acme.com.br` and ` acme.com.br ` all mean `acme.com.br`. */
export function normalizeAllowlist(domains: Iterable<string> | undefined): ReadonlySet<string> {
  const set = new Set<string>();
  for (const d of domains ?? []) {
    const domain = d
      .trim()
      .toLowerCase()
      .replace(/^(\*\.|@)/, '');
    if (domain !== '') set.add(domain);
  }
  return set;
}

// A client's allowlist is one array for a whole import: normalised once, not once per lead.
const allowlists = new WeakMap<object, ReadonlySet<string>>();
function allowlistOf(domains: Iterable<string> | undefined): ReadonlySet<string> {
  if (domains === undefined) return normalizeAllowlist(domains);
  let set = allowlists.get(domains);
  if (!set) {
    set = normalizeAllowlist(domains);
    allowlists.set(domains, set);
  }
  return set;
}

function checkEmail(email: string | undefined, allowlist: ReadonlySet<string>): EmailCheck {
  const result = validateEmail(email ?? '', { allowlist });
  if (email === undefined) return { ...result, status: 'missing' };
  return { ...result, status: result.valid ? 'valid' : 'invalid' };
}

// An import repeats names and states: each distinct one is checked once, and the answer copied
// where a lead keeps it, so no two leads share an array. Phones and CNPJs are mostly one per lead:
// remembered, they were kept just long enough to reach the old generation and be collected there,
// and a 100,000-row import took about 4% longer (docs/development.md).
const nameResult = memoize(validateName);
const ufOf = memoize(toUf);

function checkPhone(phone: string | undefined, defaultCountry: CountryCode | undefined): PhoneCheck {
  const result = validatePhone(phone ?? '', { defaultCountry: defaultCountry ?? 'BR' });
  return { ...result, status: phone === undefined ? 'missing' : result.valid ? 'valid' : 'invalid' };
}

function checkCnpj(cnpj: string | undefined): CnpjCheck {
  if (cnpj === undefined)
    return { valid: false, normalized: null, formatted: null, kind: 'numeric', status: 'missing' };
  const result = validateCnpj(cnpj);
  return { ...result, status: result.valid ? 'valid' : 'invalid' };
}

function checkState(state: string | undefined): StateCheck {
  if (state === undefined) return { status: 'missing', uf: null };
  const uf = ufOf(state);
  return { status: uf ? 'valid' : 'invalid', uf };
}

/** Validates one lead. Pure and synchronous: no network (the MX lookup is separate and optional). */
export function validateLead(received: LeadInput, options: LeadValidationOptions = {}): ValidatedLead {
  const { input, removed } = withoutControls(received);
  const allowlist = allowlistOf(options.emailAllowlist);
  const typedName = nameResult(input.fullName ?? '');
  const name = { ...typedName, flags: [...typedName.flags] };
  const email = checkEmail(input.email, allowlist);
  const phone = checkPhone(input.phone, options.defaultCountry);
  const cnpj = checkCnpj(input.cnpj);
  const state = checkState(input.state);
  const validation: LeadValidation = { version: 1, name, email, phone, cnpj, state, issues: [] };
  if (removed.length > 0) validation.controls = removed;
  validation.issues = leadIssues(validation);

  const typedEmail = input.email ?? '';
  const lead: NormalizedLead = {
    fullName: name.display,
    email: email.normalized ?? typedEmail,
    emailKey: (email.normalized ?? typedEmail).toLowerCase(),
    phone: input.phone ?? null,
    phoneE164: phone.e164,
    company: input.company ?? null,
    cnpj: cnpj.normalized ?? input.cnpj ?? null,
    jobTitle: input.jobTitle ?? null,
    city: input.city ?? null,
    state: state.uf ?? input.state ?? null,
    source: input.source ?? null,
    utm: input.utm,
    custom: input.custom,
  };
  return { lead, validation };
}

/** The validation with the MX answer recorded; scoring can then be run again. */
export function withMxStatus(validation: LeadValidation, mx: MxStatus): LeadValidation {
  return { ...validation, email: { ...validation.email, mx } };
}

export { validateCnpj, cnpjCheckDigits, formatCnpj } from './cnpj';
export type { CnpjKind, CnpjInvalidReason, CnpjResult } from './cnpj';
export { validateEmail } from './email';
export type { EmailKind, EmailResult, EmailInvalidReason } from './email';
export { validatePhone } from './phone';
export type { PhoneResult, PhoneType, PhoneFlag } from './phone';
export { validateName, normalizeNameCase } from './names';
export type { NameFlag, NameResult, NameStatus } from './names';
export { lookupMx, createMxChecker } from './mx';
export type { MxStatus, MxResolver, MxChecker } from './mx';
export { toUf, UF_CODES } from './uf';
export type { Uf } from './uf';
export type { ValidationIssue, LeadIssueField } from './issues';
export type { ControlsRemoved } from './controls';
