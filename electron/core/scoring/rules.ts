import type { NormalizedLead, ValidatedLead } from '../leads/validation';
import { fold } from '#contract/text';
import { memoize } from '../lib/memo';
import type { FlagRuleKind, RuleField, ScoringRule } from '#contract/scoring-profile';

/** Present when a rule applies; `detail` says why, in a short machine-readable form. */
export interface RuleMatch {
  detail?: string;
}

const MATCH: RuleMatch = {};
const matchWith = (detail: string): RuleMatch => ({ detail });

/**
 * Folded, punctuation as spaces, padded: whole-word search is then a plain `includes`. Remembered:
 * an import's job titles repeat thousands of times.
 */
const words = memoize(
  (text: string): string =>
    ` ${fold(text)
      .replace(/[^a-z0-9]+/g, ' ')
      .trim()} `,
);

// Rules are immutable once parsed; compiling their word lists once matters at 100,000 leads.
const compiled = new WeakMap<ScoringRule, ReadonlyArray<{ original: string; padded: string }>>();
function compiledWords(
  rule: ScoringRule,
  list: readonly string[],
): ReadonlyArray<{ original: string; padded: string }> {
  let hit = compiled.get(rule);
  if (!hit) {
    hit = list.map((original) => ({ original, padded: words(original) })).filter((k) => k.padded.trim() !== '');
    compiled.set(rule, hit);
  }
  return hit;
}

/** The value of a rule field on a lead; blank counts as missing. */
export function fieldValue(lead: NormalizedLead, field: RuleField): string | null {
  let raw: string | null | undefined;
  if (field.startsWith('utm.')) raw = lead.utm[field.slice(4)];
  else if (field.startsWith('custom.')) raw = lead.custom[field.slice(7)];
  else raw = lead[field as keyof Omit<NormalizedLead, 'utm' | 'custom'>];
  if (raw === null || raw === undefined) return null;
  return raw.trim() === '' ? null : raw;
}

function flagMatch(kind: FlagRuleKind, { lead, validation: v }: ValidatedLead): RuleMatch | null {
  const { email, phone, cnpj } = v;
  switch (kind) {
    case 'validCnpj':
      return cnpj.status === 'valid' ? matchWith(`cnpj:${cnpj.kind}`) : null;
    case 'invalidCnpj':
      return cnpj.status === 'invalid' ? matchWith(`cnpj:${cnpj.reason ?? 'invalid'}`) : null;
    case 'corporateEmail':
      if (email.status !== 'valid' || email.kind !== 'corporate') return null;
      return matchWith(`domain:${email.domain ?? ''}${email.allowlisted ? ':allowlisted' : ''}`);
    case 'freeEmail':
      return email.status === 'valid' && email.kind === 'free' ? matchWith(`domain:${email.domain ?? ''}`) : null;
    case 'emailTypo':
      return email.status === 'valid' && email.kind === 'typo' ? matchWith(`domain:${email.domain ?? ''}`) : null;
    case 'disposableEmail':
      return email.status === 'valid' && email.kind === 'disposable'
        ? matchWith(`domain:${email.listed?.domain ?? email.domain ?? ''}`)
        : null;
    case 'invalidEmail':
      return email.status === 'invalid' ? matchWith(`email:${email.reason ?? 'invalid'}`) : null;
    case 'emailWithoutMx':
      return email.status === 'valid' && email.mx === 'none' ? matchWith(`domain:${email.domain ?? ''}`) : null;
    case 'validMobile':
      return phone.status === 'valid' && phone.type === 'mobile' ? matchWith('phone:mobile') : null;
    case 'validPhone':
      return phone.status === 'valid' ? matchWith(`phone:${phone.type ?? 'other'}`) : null;
    case 'invalidPhone':
      if (phone.status !== 'invalid') return null;
      return matchWith(phone.flags.includes('missingNinthDigit') ? 'phone:missingNinthDigit' : `phone:${phone.reason}`);
    case 'foreignPhone':
      return phone.status === 'valid' && phone.flags.includes('foreign')
        ? matchWith(`country:${phone.country ?? 'unknown'}`)
        : null;
    case 'missingEmail':
      return email.status === 'missing' ? MATCH : null;
    case 'missingPhone':
      return phone.status === 'missing' ? MATCH : null;
    case 'missingCompany':
      return fieldValue(lead, 'company') === null ? MATCH : null;
    case 'missingName':
      return v.name.status === 'missing' ? MATCH : null;
    case 'suspiciousName':
      return v.name.status === 'suspicious' ? matchWith(`name:${v.name.flags.join(',')}`) : null;
  }
}

type FieldRule = Extract<ScoringRule, { kind: 'field' }>;

function fieldMatch(rule: FieldRule, lead: NormalizedLead): RuleMatch | null {
  const value = fieldValue(lead, rule.field);
  if (rule.op === 'exists') return value !== null ? matchWith(`${rule.field}:exists`) : null;
  if (rule.op === 'missing') return value === null ? matchWith(`${rule.field}:missing`) : null;
  if (value === null) return null;
  const folded = fold(value);
  if (rule.op === 'equals') return folded === fold(rule.value ?? '') ? matchWith(`${rule.field}=${value}`) : null;
  if (rule.op === 'contains') {
    const needle = fold(rule.value ?? '');
    return needle !== '' && folded.includes(needle) ? matchWith(`${rule.field}~${rule.value ?? ''}`) : null;
  }
  const hit = (rule.values ?? []).find((candidate) => fold(candidate) === folded);
  return hit !== undefined ? matchWith(`${rule.field}=${value}`) : null;
}

/** Whether one rule applies to the lead; points are the caller's business. */
export function evaluateRule(rule: ScoringRule, validated: ValidatedLead): RuleMatch | null {
  const { lead } = validated;
  switch (rule.kind) {
    case 'jobTitleKeywords': {
      if (!lead.jobTitle) return null;
      const title = words(lead.jobTitle);
      const hit = compiledWords(rule, rule.keywords).find((k) => title.includes(k.padded));
      return hit ? matchWith(`keyword:${hit.original}`) : null;
    }
    case 'stateIn': {
      const uf = validated.validation.state.uf;
      return uf !== null && rule.states.includes(uf) ? matchWith(`state:${uf}`) : null;
    }
    case 'sourceEquals': {
      if (!lead.source) return null;
      const source = fold(lead.source);
      const hit = rule.values.find((v) => fold(v) === source);
      return hit !== undefined ? matchWith(`source:${lead.source}`) : null;
    }
    case 'field':
      return fieldMatch(rule, lead);
    default:
      return flagMatch(rule.kind, validated);
  }
}
