import { domainToASCII } from 'node:url';
import { allowlistMatch, disposableMatch, freeMatch, type FreeListSource } from './email-lists';
import { probableTypo, suggestDomain } from './email-typos';
import { memoize } from '../../lib/memo';

/** `typo`: a probable typo of a free provider (`gmial.com`, `gmail.com.br`), never scored as a company. */
export type EmailKind = 'corporate' | 'free' | 'disposable' | 'typo';
export type EmailInvalidReason =
  | 'empty'
  | 'spaces'
  | 'no_at_sign'
  | 'many_at_signs'
  | 'double_dot'
  | 'too_long'
  | 'local_empty'
  | 'local_dots'
  | 'local_characters'
  | 'local_too_long'
  | 'domain_empty'
  | 'domain_characters'
  | 'domain_dots'
  | 'domain_hyphen'
  | 'domain_too_long'
  | 'missing_tld'
  | 'invalid_tld'
  /** Written by versions that told fewer cases apart; still read from stored leads. */
  | 'at_sign'
  | 'local_part'
  | 'domain';

export type EmailList = 'mailchecker' | 'email-providers/common' | 'email-providers/all';

export interface EmailResult {
  valid: boolean;
  /** The local part as typed and the domain lower-cased; null unless valid. */
  normalized: string | null;
  /** Lower-case domain; null unless valid. */
  domain: string | null;
  kind: EmailKind | null;
  reason?: EmailInvalidReason;
  /** What the message names: the characters not allowed, or the domain's ending. */
  facts?: { chars?: string; tld?: string };
  /** The list (and the listed domain, which may be a parent) that gave the kind. */
  listed?: { list: EmailList; domain: string };
  /** A client's allowlist turned a listed domain into a corporate one. */
  allowlisted?: boolean;
  /** The address with a likely intended domain (`gmial.com` → `gmail.com`). */
  suggestion?: string;
  /** With the `typo` kind: the provider's domain the address was probably meant for. */
  typoOf?: string;
}

export interface EmailOptions {
  /** Domains this client vouches for; lower-case. Subdomains are covered too. */
  allowlist?: ReadonlySet<string>;
}

// Pragmatic, not RFC 5322: the characters real mailboxes use, dot-separated, no quoted forms.
const LOCAL_CHAR = /[a-z0-9.!#$%&'*+/=?^_`{|}~-]/i;
const LOCAL_CHARS = /^[a-z0-9.!#$%&'*+/=?^_`{|}~-]*$/i;
const DOMAIN_CHAR = /[a-z0-9.-]/;
const DOMAIN_CHARS = /^[a-z0-9.-]*$/;
const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;
const TLD = /^(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$/;

const FREE_LIST: Record<FreeListSource, EmailList> = {
  common: 'email-providers/common',
  all: 'email-providers/all',
};

type Problem = { reason: EmailInvalidReason; facts?: EmailResult['facts'] };

const NO_DOMAINS: ReadonlySet<string> = new Set();

function invalid(problem: EmailInvalidReason | Problem, suggestion?: string): EmailResult {
  const { reason, facts } = typeof problem === 'string' ? { reason: problem, facts: undefined } : problem;
  const result: EmailResult = { valid: false, normalized: null, domain: null, kind: null, reason };
  if (facts) result.facts = { ...facts };
  if (suggestion) result.suggestion = suggestion;
  return result;
}

/** The distinct characters of `text` outside `allowed`, for a message that names them; '' when none. */
function charsOutside(text: string, all: RegExp, allowed: RegExp): string {
  if (all.test(text)) return '';
  return [...new Set([...text].filter((c) => !allowed.test(c)))].join(' ');
}

function localProblem(local: string): Problem | null {
  if (local.length === 0) return { reason: 'local_empty' };
  const chars = charsOutside(local, LOCAL_CHARS, LOCAL_CHAR);
  if (chars !== '') return { reason: 'local_characters', facts: { chars } };
  if (local.startsWith('.') || local.endsWith('.')) return { reason: 'local_dots' };
  if (local.length > 64) return { reason: 'local_too_long' };
  return null;
}

function domainProblem(asciiDomain: string): Problem | null {
  if (asciiDomain === '') return { reason: 'domain_empty' };
  const chars = charsOutside(asciiDomain, DOMAIN_CHARS, DOMAIN_CHAR);
  if (chars !== '') return { reason: 'domain_characters', facts: { chars } };
  if (asciiDomain.startsWith('.') || asciiDomain.endsWith('.')) return { reason: 'domain_dots' };
  if (asciiDomain.length > 253) return { reason: 'domain_too_long' };
  const labels = asciiDomain.split('.');
  if (labels.length < 2) return { reason: 'missing_tld' };
  if (labels.some((l) => l.startsWith('-') || l.endsWith('-'))) return { reason: 'domain_hyphen' };
  if (!labels.every((l) => LABEL.test(l))) return { reason: 'domain_too_long' };
  const tld = labels[labels.length - 1] ?? '';
  return TLD.test(tld) ? null : { reason: 'invalid_tld', facts: { tld } };
}

/** What an address's kind and checks depend on that is the domain's alone, whoever's address it is. */
interface DomainFacts {
  domain: string;
  problem: Problem | null;
  suggested: string | null;
  disposable: string | null;
  free: FreeListSource | null;
  typoOf: string | null;
}

// Imports repeat the same domains thousands of times: each is looked up in the lists once.
const domainFacts = memoize((domain: string): DomainFacts => {
  // Internationalised domains (e.g. `açaí.com.br`) are checked in their ASCII form; one that has
  // no ASCII form is checked as typed, so the message names the characters.
  const asciiDomain = /^[\x21-\x7e]*$/.test(domain) ? domain : domainToASCII(domain) || domain;
  return {
    domain,
    problem: domainProblem(asciiDomain),
    suggested: suggestDomain(domain),
    disposable: disposableMatch(domain),
    free: freeMatch(domain),
    typoOf: probableTypo(domain),
  };
});

function classify(
  facts: DomainFacts,
  allowlisted: boolean,
): Pick<EmailResult, 'kind' | 'listed' | 'allowlisted' | 'typoOf'> {
  const { disposable, free, typoOf } = facts;
  // The allowlist wins over the lists and the typo guess: they hold real businesses too.
  if (allowlisted) return disposable || free ? { kind: 'corporate', allowlisted: true } : { kind: 'corporate' };
  // Before the lists: squatters register typo domains, which then appear as disposable or free.
  if (typoOf) return { kind: 'typo', typoOf };
  if (disposable) return { kind: 'disposable', listed: { list: 'mailchecker', domain: disposable } };
  if (free) return { kind: 'free', listed: { list: FREE_LIST[free], domain: facts.domain } };
  return { kind: 'corporate' };
}

export function validateEmail(input: string, options: EmailOptions = {}): EmailResult {
  const text = input.trim().replace(/^mailto:/i, '');
  if (text === '') return invalid('empty');
  if (/\s/.test(text)) return invalid('spaces');
  const at = text.indexOf('@');
  if (at < 0) return invalid('no_at_sign');
  if (at !== text.lastIndexOf('@')) return invalid('many_at_signs');
  if (text.length > 254) return invalid('too_long');
  if (text.includes('..')) return invalid('double_dot');

  const local = text.slice(0, at);
  const domain = text.slice(at + 1).toLowerCase();
  const facts = domainFacts(domain);
  const allowlisted = allowlistMatch(domain, options.allowlist ?? NO_DOMAINS) !== null;
  const suggested = allowlisted ? null : facts.suggested;
  const suggestion = suggested ? `${local}@${suggested}` : undefined;

  const problem = localProblem(local) ?? facts.problem;
  // A suggestion fixes the domain; a bad local part is the person's own to retype.
  if (problem) return invalid(problem, problem.reason.startsWith('local_') ? undefined : suggestion);

  const result: EmailResult = {
    valid: true,
    normalized: `${local}@${domain}`,
    domain,
    ...classify(facts, allowlisted),
  };
  if (suggestion) result.suggestion = suggestion;
  return result;
}
