import allProviders from 'email-providers/all.json';
import commonProviders from 'email-providers/common.json';
import MailChecker from 'mailchecker';

/**
 * The domain lists behind an e-mail's kind. Both packages are kept up to date upstream and both
 * contain real businesses among their entries (mailchecker lists a few Brazilian companies), so a
 * hit is a risk signal for scoring and each client can allowlist domains.
 */

export type FreeListSource = 'common' | 'all';

let free: ReadonlyMap<string, FreeListSource> | null = null;

function freeDomains(): ReadonlyMap<string, FreeListSource> {
  if (!free) {
    // Built on first use: the full list is ~9,000 entries and most callers never need it.
    const map = new Map<string, FreeListSource>();
    for (const domain of allProviders) map.set(domain, 'all');
    for (const domain of commonProviders) map.set(domain, 'common');
    free = map;
  }
  return free;
}

/** The domain and each parent below the public suffix: `a.b.example.com` → itself, `b.example.com`, `example.com`. */
export function* domainAndParents(domain: string): Generator<string> {
  for (let d = domain; d.includes('.'); d = d.slice(d.indexOf('.') + 1)) yield d;
}

/** The listed domain that marks this one as disposable (subdomains count), or null. */
export function disposableMatch(domain: string): string | null {
  const list = MailChecker.blacklist();
  for (const d of domainAndParents(domain)) if (list.has(d)) return d;
  return null;
}

/** Which free-mail list names this exact domain, or null. */
export function freeMatch(domain: string): FreeListSource | null {
  return freeDomains().get(domain) ?? null;
}

/** Whether a client's allowlist (domains, lower-case) covers this domain or a parent of it. */
export function allowlistMatch(domain: string, allowlist: ReadonlySet<string>): string | null {
  if (allowlist.size === 0) return null;
  for (const d of domainAndParents(domain)) if (allowlist.has(d)) return d;
  return null;
}
