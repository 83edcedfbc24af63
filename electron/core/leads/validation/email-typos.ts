import commonProviders from 'email-providers/common.json';

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
