import { domainToASCII } from 'node:url';
import { allowlistMatch, disposableMatch, freeMatch, type FreeListSource } from './email-lists';
import { suggestDomain } from './email-typos';

export type EmailKind = 'corporate' | 'free' | 'disposable';
export type EmailInvalidReason =
  'empty' | 'spaces' | 'at_sign' | 'local_part' | 'double_dot' | 'domain' | 'missing_tld' | 'too_long';

export type EmailList = 'mailchecker' | 'email-providers/common' | 'email-providers/all';

export interface EmailResult {
  valid: boolean;
  /** The local part as typed and the domain lower-cased; null unless valid. */
  normalized: string | null;
  /** Lower-case domain; null unless valid. */
  domain: string | null;
  kind: EmailKind | null;
  reason?: EmailInvalidReason;
  /** The list (and the listed domain, which may be a parent) that gave the kind. */
  listed?: { list: EmailList; domain: string };
  /** A client's allowlist turned a listed domain into a corporate one. */
  allowlisted?: boolean;
  /** The address with a likely intended domain (`gmial.com` → `gmail.com`). */
  suggestion?: string;
}

export interface EmailOptions {
  /** Domains this client vouches for; lower-case. Subdomains are covered too. */
  allowlist?: ReadonlySet<string>;
}

// Pragmatic, not RFC 5322: the characters real mailboxes use, dot-separated, no quoted forms.
const LOCAL_PART = /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/i;
const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;
const TLD = /^(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$/;

const FREE_LIST: Record<FreeListSource, EmailList> = {
  common: 'email-providers/common',
  all: 'email-providers/all',
};

function invalid(reason: EmailInvalidReason, suggestion?: string): EmailResult {
  const result: EmailResult = { valid: false, normalized: null, domain: null, kind: null, reason };
  if (suggestion) result.suggestion = suggestion;
  return result;
}

function syntaxProblem(local: string, asciiDomain: string): EmailInvalidReason | null {
  if (local.length === 0 || local.length > 64 || !LOCAL_PART.test(local)) return 'local_part';
  if (asciiDomain === '' || asciiDomain.length > 253) return 'domain';
  const labels = asciiDomain.split('.');
  if (labels.length < 2) return 'missing_tld';
  if (!labels.every((l) => LABEL.test(l))) return 'domain';
  if (!TLD.test(labels[labels.length - 1] ?? '')) return 'missing_tld';
  return null;
}

function classify(
  domain: string,
  allowlist: ReadonlySet<string>,
): Pick<EmailResult, 'kind' | 'listed' | 'allowlisted'> {
  const disposable = disposableMatch(domain);
  const free = freeMatch(domain);
  // The allowlist wins over both lists: they hold real businesses too.
  if (allowlistMatch(domain, allowlist)) {
    return disposable || free ? { kind: 'corporate', allowlisted: true } : { kind: 'corporate' };
  }
  if (disposable) return { kind: 'disposable', listed: { list: 'mailchecker', domain: disposable } };
  if (free) return { kind: 'free', listed: { list: FREE_LIST[free], domain } };
  return { kind: 'corporate' };
}

export function validateEmail(input: string, options: EmailOptions = {}): EmailResult {
  const text = input.trim().replace(/^mailto:/i, '');
  if (text === '') return invalid('empty');
  if (/\s/.test(text)) return invalid('spaces');
  const at = text.indexOf('@');
  if (at < 0 || at !== text.lastIndexOf('@')) return invalid('at_sign');
  if (text.length > 254) return invalid('too_long');
  if (text.includes('..')) return invalid('double_dot');

  const local = text.slice(0, at);
  const domain = text.slice(at + 1).toLowerCase();
  // Internationalised domains (e.g. `açaí.com.br`) are checked in their ASCII form.
  const asciiDomain = /^[\x21-\x7e]*$/.test(domain) ? domain : domainToASCII(domain);
  const allowlist = options.allowlist ?? new Set<string>();
  const allowlisted = allowlistMatch(domain, allowlist) !== null;
  const suggested = allowlisted ? null : suggestDomain(domain);
  const suggestion = suggested ? `${local}@${suggested}` : undefined;

  const problem = syntaxProblem(local, asciiDomain);
  if (problem) return invalid(problem, problem === 'local_part' ? undefined : suggestion);

  const result: EmailResult = { valid: true, normalized: `${local}@${domain}`, domain, ...classify(domain, allowlist) };
  if (suggestion) result.suggestion = suggestion;
  return result;
}
