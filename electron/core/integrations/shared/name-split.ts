/**
 * Full name → a CRM's First Name / Last Name, the same way for every connector. Brazilian names
 * carry particles (da, de, do, das, dos) that open the family name, and many given names are
 * compound (Ana Paula, Maria Fernanda, João Pedro):
 *
 * - one word: all of it is the first name ("Madonna" → "Madonna" / "");
 * - a particle in second or third position starts the last name ("Maria da Silva Santos" →
 *   "Maria" / "da Silva Santos"; "Ana Paula dos Santos" → "Ana Paula" / "dos Santos");
 * - a second word that is a common given name, with a family name still after it, makes a
 *   compound first name ("Maria Fernanda Lima" → "Maria Fernanda" / "Lima"; "João Pedro Alves
 *   Costa" → "João Pedro" / "Alves Costa"); two words are always first and last name;
 * - otherwise the first word is the first name and the rest the last name ("Pedro Álvares
 *   Cabral" → "Pedro" / "Álvares Cabral");
 * - "Santos, Maria" (family name first, as some forms export it) is read as "Maria Santos".
 *
 * Letters and case are kept as typed: the lead's own spelling is the user's data.
 */

export interface SplitName {
  firstName: string;
  lastName: string;
}

const PARTICLES = new Set(['da', 'das', 'de', 'do', 'dos', 'di', 'du', 'del', 'della', 'van', 'von']);

/**
 * Given names that commonly come second in a Brazilian compound given name (Maria *Fernanda*, João
 * *Pedro*, Carlos *Eduardo*), without accents. Names that are also frequent family names (Rosa,
 * Santos, Vieira…) are left out: a wrong "first name" is worse than a compound one left whole.
 */
const SECOND_GIVEN_NAMES = new Set(
  (
    'alice antonia aparecida beatriz carolina cecilia clara cristina eduarda eloisa elisa emilia eugenia ' +
    'fernanda gabriela helena heloisa isabel isabela isabella julia laura leticia livia lucia luisa luiza ' +
    'madalena mariana olivia paula regina renata rita sofia sophia tereza teresa valentina vitoria victoria ' +
    'antonio arthur artur augusto bernardo carlos cesar davi eduardo emanuel felipe fernando francisco gabriel ' +
    'guilherme gustavo henrique inacio lucas luis luiz manoel manuel marcelo marcos mario miguel otavio paulo ' +
    'pedro rafael ricardo roberto rodrigo victor vinicius vitor'
  ).split(' '),
);

function fold(word: string): string {
  return word.toLocaleLowerCase('pt-BR').normalize('NFD').replace(/\p{M}/gu, '');
}

function isParticle(word: string): boolean {
  return PARTICLES.has(fold(word));
}

export function splitFullName(fullName: string): SplitName {
  let text = fullName.normalize('NFC').trim().replace(/\s+/g, ' ');
  const comma = text.split(',');
  if (comma.length === 2 && comma[0]!.trim() !== '' && comma[1]!.trim() !== '') {
    text = `${comma[1]!.trim()} ${comma[0]!.trim()}`;
  }
  const words = text === '' ? [] : text.split(' ');
  if (words.length === 0) return { firstName: '', lastName: '' };
  if (words.length === 1) return { firstName: words[0]!, lastName: '' };

  // A particle needs a family name after it; "Maria de" keeps "de" as the last name.
  let cut = 1;
  for (const i of [1, 2]) {
    const word = words[i];
    if (word !== undefined && isParticle(word) && i < words.length - 1) {
      cut = i;
      break;
    }
  }
  if (cut === 1 && words.length >= 3 && SECOND_GIVEN_NAMES.has(fold(words[1]!))) cut = 2;
  return { firstName: words.slice(0, cut).join(' '), lastName: words.slice(cut).join(' ') };
}
