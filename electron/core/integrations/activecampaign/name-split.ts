/**
 * Full name → AC's First Name / Last Name. Brazilian names carry particles (da, de, do, das, dos)
 * that open the family name, and many given names are compound (Ana Paula, José Carlos):
 *
 * - one word: all of it is the first name ("Madonna" → "Madonna" / "");
 * - a particle in second or third position starts the last name ("Maria da Silva Santos" →
 *   "Maria" / "da Silva Santos"; "Ana Paula dos Santos" → "Ana Paula" / "dos Santos");
 * - otherwise the first word is the first name and the rest the last name ("Pedro Álvares
 *   Cabral" → "Pedro" / "Álvares Cabral"): without a particle a compound given name cannot be
 *   told from a family name, and AC shows both together anyway;
 * - "Santos, Maria" (family name first, as some forms export it) is read as "Maria Santos".
 *
 * Letters and case are kept as typed: the lead's own spelling is the user's data.
 */

export interface SplitName {
  firstName: string;
  lastName: string;
}

const PARTICLES = new Set(['da', 'das', 'de', 'do', 'dos', 'di', 'du', 'del', 'della', 'van', 'von']);

function isParticle(word: string): boolean {
  return PARTICLES.has(word.toLocaleLowerCase('pt-BR'));
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
  return { firstName: words.slice(0, cut).join(' '), lastName: words.slice(cut).join(' ') };
}
