import { cleanText, fold } from '#contract/text';

export type NameStatus = 'ok' | 'suspicious' | 'missing';
export type NameFlag =
  'singleLetters' | 'keyboardMash' | 'repeatedChars' | 'hasDigits' | 'placeholder' | 'looksLikeEmail';

export interface NameResult {
  status: NameStatus;
  /** For display and for CRMs: whitespace cleaned, ALL CAPS (or all lower-case) put in name case. */
  display: string;
  flags: NameFlag[];
}

/** Lower-case inside a name, unless the name starts with them ("Maria da Silva", "José e Souza"). */
const PARTICLES: ReadonlySet<string> = new Set(['da', 'de', 'do', 'das', 'dos', 'e', 'di', 'du', 'del']);
const ROMAN = /^(?:ii|iii|iv|vi|vii|viii)$/i;

/** What people type to get past a required field. Compared folded. */
const PLACEHOLDERS: ReadonlySet<string> = new Set([
  'teste', 'test', 'testing', 'nome', 'name', 'fulano', 'fulano de tal', 'ciclano', 'beltrano', 'sicrano',
  'na', 'n/a', 'nao informado', 'nao tem', 'sem nome', 'null', 'undefined', 'none', 'nenhum', 'anonimo',
  'anonymous', 'lead', 'cliente', 'usuario', 'user', 'xyz', 'abc',
]); // prettier-ignore
const PLACEHOLDER_WORDS: ReadonlySet<string> = new Set(['teste', 'test', 'fulano', 'ciclano', 'beltrano', 'sicrano']);

const KEYBOARD_ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];
const KEYBOARD_RUNS = [...KEYBOARD_ROWS, ...KEYBOARD_ROWS.map((r) => [...r].reverse().join(''))];

/** Vowels after folding; `y` counts, as in Kelly or Wyllyams. */
const CONSONANT_RUN = /[b-df-hj-np-tv-xz]{5,}/;
const VOWEL = /[aeiouy]/;

function isKeyboardMash(word: string): boolean {
  for (const row of KEYBOARD_RUNS) {
    // A whole short word from a row ("asd", "qwe"), a word starting with 4 keys in a row
    // ("asdfjkl"), or 5 in a row anywhere. Four in the middle is allowed: "Roberty" holds "erty".
    if (word.length >= 3 && row.includes(word)) return true;
    if (word.length >= 4 && row.includes(word.slice(0, 4))) return true;
    for (let i = 0; i + 5 <= word.length; i++) if (row.includes(word.slice(i, i + 5))) return true;
  }
  if (CONSONANT_RUN.test(word)) return true;
  return word.length >= 3 && !VOWEL.test(word);
}

function flagsOf(display: string): NameFlag[] {
  const flags = new Set<NameFlag>();
  const folded = fold(display);
  if (/\d/.test(folded)) flags.add('hasDigits');
  if (folded.includes('@')) flags.add('looksLikeEmail');
  const words = folded
    .split(' ')
    .map((w) => w.replace(/[^a-z]/g, ''))
    .filter((w) => w !== '');
  if (words.length > 0 && words.every((w) => w.length === 1)) flags.add('singleLetters');
  if (PLACEHOLDERS.has(folded) || words.some((w) => PLACEHOLDER_WORDS.has(w))) flags.add('placeholder');
  for (const word of words) {
    if (/([a-z])\1\1/.test(word)) flags.add('repeatedChars');
    if (isKeyboardMash(word)) flags.add('keyboardMash');
  }
  return [...flags];
}

function capitalise(part: string): string {
  if (part === '') return part;
  if (ROMAN.test(part)) return part.toUpperCase();
  return part.charAt(0).toLocaleUpperCase('pt-BR') + part.slice(1).toLocaleLowerCase('pt-BR');
}

function capitaliseWord(word: string, first: boolean): string {
  const lower = word.toLocaleLowerCase('pt-BR');
  if (!first && PARTICLES.has(lower)) return lower;
  // Keep hyphens and apostrophes, capitalising each side: "Ana-Maria", "D'Ávila".
  return word
    .split(/([-'’])/)
    .map((part) => (/^[-'’]$/.test(part) ? part : capitalise(part)))
    .join('');
}

/**
 * Name case for a name typed in ALL CAPS or all lower-case; anything with mixed case was typed
 * on purpose ("McDonald", "da Silva") and is kept.
 */
export function normalizeNameCase(name: string): string {
  const text = cleanText(name);
  const hasUpper = /\p{Lu}/u.test(text);
  const hasLower = /\p{Ll}/u.test(text);
  if (hasUpper && hasLower) return text;
  if (!hasUpper && !hasLower) return text;
  return text
    .split(' ')
    .map((word, i) => capitaliseWord(word, i === 0))
    .join(' ');
}

export function validateName(input: string): NameResult {
  const display = normalizeNameCase(input);
  if (!/[\p{L}\p{N}]/u.test(display)) return { status: 'missing', display: '', flags: [] };
  const flags = flagsOf(display);
  return { status: flags.length > 0 ? 'suspicious' : 'ok', display, flags };
}
