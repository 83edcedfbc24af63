/**
 * Which field of the CRM a lead value most likely goes to, by name: an account that already has a
 * "Score" or "CNPJ" field should not make the user pick it by hand. Only an unambiguous match is
 * suggested; with two candidates the choice stays the user's.
 */

export type SuggestedSource = 'score' | 'scoreRange' | 'cnpj';

/** Names as `nameKey` reduces them, in English and Portuguese, including those the wizards suggest creating. */
const NAMES: Record<SuggestedSource, readonly string[]> = {
  score: ['score', 'lead score', 'leadscore', 'pontuacao', 'pontuacao do lead', 'score do lead', 'zbl score'],
  scoreRange: ['score range', 'lead score range', 'faixa de pontuacao', 'faixa de pontuacao do lead', 'faixa de score'],
  cnpj: ['cnpj', 'cnpj do lead', 'lead cnpj', 'company cnpj', 'cnpj da empresa'],
};

/** Case, accents and punctuation aside: "Pontuação do Lead", "pontuacao_do_lead" and "pontuação-do-lead" match. */
export function nameKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/**
 * The one option whose name (any of `namesOf`) is a usual name for `source`, or one of `extra`; null
 * when none or several match.
 */
export function matchByName<T>(
  source: SuggestedSource | null,
  options: readonly T[],
  namesOf: (option: T) => readonly string[],
  extra: readonly string[] = [],
): T | null {
  const wanted = new Set([...(source === null ? [] : NAMES[source]), ...extra.map(nameKey)]);
  const hits = options.filter((option) => namesOf(option).some((name) => wanted.has(nameKey(name))));
  return hits.length === 1 ? (hits[0] ?? null) : null;
}

export function isSuggestedSource(source: string): source is SuggestedSource {
  return Object.hasOwn(NAMES, source);
}
