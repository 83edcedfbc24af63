import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import allProviders from 'email-providers/all.json';
import commonProviders from 'email-providers/common.json';
import type MailChecker from 'mailchecker';
import { quotedDomainList, type DomainList } from './domain-list';

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

let disposable: DomainList | null = null;

const LIST_OPENS = 'new Set([';
const LIST_CLOSES = '])';

/**
 * mailchecker's domains, read from its module's file as data: the package ships its list only as
 * the items of a `new Set([...])` there. Loading the module instead would keep that Set and the
 * module's 1 MB source in each thread's heap; read this way a 100,000-row import peaks about
 * 15 MB lower (docs/development.md, "Memory during an import"). Null when the file cannot be read
 * or no longer reads that way.
 */
export function readMailcheckerDomains(file: string): DomainList | null {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    return null;
  }
  const opens = bytes.indexOf(LIST_OPENS);
  const closes = bytes.indexOf(LIST_CLOSES, opens);
  if (opens < 0 || closes < 0) return null;
  return quotedDomainList(bytes.toString('latin1', opens + LIST_OPENS.length, closes));
}

/** Read on first use; the module itself answers if its file ever stops reading as a list. */
function disposableDomains(): DomainList {
  if (!disposable) {
    const load = createRequire(__filename);
    disposable =
      readMailcheckerDomains(load.resolve('mailchecker')) ?? (load('mailchecker') as typeof MailChecker).blacklist();
  }
  return disposable;
}

/** The domain and each parent below the public suffix: `a.b.example.com` → itself, `b.example.com`, `example.com`. */
export function* domainAndParents(domain: string): Generator<string> {
  for (let d = domain; d.includes('.'); d = d.slice(d.indexOf('.') + 1)) yield d;
}

/** The listed domain that marks this one as disposable (subdomains count), or null. */
export function disposableMatch(domain: string): string | null {
  const list = disposableDomains();
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
