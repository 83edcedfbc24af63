import commonProviders from 'email-providers/common.json';
import { freeMatch } from './email-lists';

/**
 * Likely intended domains for mistyped free-mail addresses, the ones Brazilian leads use most.
 * Typo domains are no safe signal by themselves: many are registered and sit in the disposable
 * and free lists (`gmial.com`, `hotmial.com`), so the suggestion is offered whatever the kind.
 */
const TARGETS = [
  'gmail.com',
  'hotmail.com',
  'outlook.com',
  'yahoo.com.br',
  'yahoo.com',
  'uol.com.br',
  'bol.com.br',
  'terra.com.br',
  'ig.com.br',
  'icloud.com',
  'hotmail.com.br',
  'outlook.com.br',
  'globo.com',
] as const;

// Real and common, but too short to guess at: one edit away sit many real company domains.
const SHORT = ['live.com', 'msn.com', 'ig.com.br'] as const;

/** Domains that look right but do not exist. */
const KNOWN_MISTAKES: Readonly<Record<string, string>> = {
  'gmail.com.br': 'gmail.com',
  'icloud.com.br': 'icloud.com',
  'googlemail.com.br': 'gmail.com',
};

const REAL: ReadonlySet<string> = new Set<string>([...TARGETS, ...SHORT, ...commonProviders]);

/**
 * Optimal string alignment distance: a swapped pair (`gmial`) counts as one edit. Stops early
 * with `max + 1` once every alignment costs more than `max`: only near misses matter here.
 */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let before = new Int32Array(b.length + 1);
  let previous = new Int32Array(b.length + 1);
  let current = new Int32Array(b.length + 1);
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let best = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      if (
        i > 1 &&
        j > 1 &&
        a.charCodeAt(i - 1) === b.charCodeAt(j - 2) &&
        a.charCodeAt(i - 2) === b.charCodeAt(j - 1)
      ) {
        best = Math.min(best, (before[j - 2] ?? 0) + 1);
      }
      current[j] = best;
      if (best < rowMin) rowMin = best;
    }
    if (rowMin > max) return max + 1;
    [before, previous, current] = [previous, current, before];
  }
  return previous[b.length] ?? 0;
}

// Imports repeat the same few hundred domains; remembering answers keeps 100,000 rows cheap.
const CACHE_LIMIT = 5_000;
const cache = new Map<string, string | null>();

/** The domain the person probably meant, or null when it looks intended. */
export function suggestDomain(domain: string): string | null {
  const cached = cache.get(domain);
  if (cached !== undefined) return cached;
  const answer = computeSuggestion(domain);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(domain, answer);
  return answer;
}

function computeSuggestion(domain: string): string | null {
  if (REAL.has(domain)) return null;
  const known = KNOWN_MISTAKES[domain];
  if (known) return known;
  // `joao@gmail` (no TLD at all): the provider whose first label it is.
  if (!domain.includes('.')) return [...TARGETS, ...SHORT].find((t) => t.split('.')[0] === domain) ?? null;
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const target of TARGETS) {
    // Short domains are close to many real ones: one edit only, two for longer names.
    const allowed = target.length >= 10 ? 2 : 1;
    const distance = editDistance(domain, target, allowed);
    if (distance <= allowed && distance < bestDistance) {
      best = target;
      bestDistance = distance;
    }
  }
  return best;
}

/**
 * Providers with country domains of their own (`hotmail.com.ar`, `yahoo.com.mx`, `outlook.cl`): the
 * same name with a country's ending is a real address when a free-mail list knows it. The lists
 * hold typos too (`hotmail.con`), hence the ending's shape.
 */
const REGIONAL: ReadonlySet<string> = new Set(['hotmail', 'outlook', 'live', 'msn', 'yahoo', 'terra']);
const COUNTRY_ENDING = /^(?:com?\.)?[a-z]{2}$/;

/** `yahoo.com.br` → [`yahoo`, `com.br`]. */
function split(domain: string): [label: string, suffix: string] {
  const dot = domain.indexOf('.');
  return dot < 0 ? [domain, ''] : [domain.slice(0, dot), domain.slice(dot + 1)];
}

/**
 * The free provider this domain is a probable typo of, or null. Stricter than the suggestion: a
 * typo is never scored as a company, so real companies near a provider's name must not land
 * here. A typo keeps the provider's first letter (`gmial`, `hotmial`, not `email`, `ymail` or
 * `cloud`, which are real), differs by one edit in the name (`hotmart.com` is a company two
 * edits from `hotmail.com`), and the provider's name is long enough for one edit to mean a slip
 * (`uol`, `bol` are one edit from many companies); or it is the provider's very name with a
 * mistyped ending (`gmail.con`, `gmail.com.br`, `yahoo.con.br`).
 */
export function probableTypo(domain: string): string | null {
  if (REAL.has(domain)) return null;
  const known = KNOWN_MISTAKES[domain];
  if (known) return known;
  const intended = suggestDomain(domain);
  if (!intended) return null;
  const [label, suffix] = split(domain);
  const [target, targetSuffix] = split(intended);
  if (label === target) {
    const regional = REGIONAL.has(label) && COUNTRY_ENDING.test(suffix) && freeMatch(domain) !== null;
    return regional ? null : intended;
  }
  if (target.length < 5 || label.charAt(0) !== target.charAt(0)) return null;
  if (editDistance(label, target, 1) > 1 || editDistance(suffix, targetSuffix, 1) > 1) return null;
  return intended;
}
