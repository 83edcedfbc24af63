/**
 * Tag names with accents or special characters are the guide's "contact created but without tags"
 * case: AC's search folds accents while names are compared exactly, and automations keyed on a tag
 * miss a variant. The wizard warns and offers a normalised form; sending keeps the configured name.
 */

export type TagNameIssue = 'accents' | 'special_characters' | 'empty' | 'too_long';

export interface TagNameCheck {
  name: string;
  /** Accents removed, special characters turned into hyphens; '' when nothing usable is left. */
  normalized: string;
  issues: TagNameIssue[];
}

export const TAG_NAME_MAX = 255;

/** Letters NFD does not decompose into a base letter plus a mark. */
const FOLD_EXTRA: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  Æ: 'AE',
  œ: 'oe',
  Œ: 'OE',
  ø: 'o',
  Ø: 'O',
  ł: 'l',
  Ł: 'L',
  đ: 'd',
  Đ: 'D',
};

const SAFE = /^[A-Za-z0-9 _.-]$/;

export function foldAccents(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[ßæÆœŒøØłŁđĐ]/g, (c) => FOLD_EXTRA[c] ?? c);
}

export function normalizeTagName(name: string): string {
  return foldAccents(name.normalize('NFC'))
    .replace(/[^A-Za-z0-9 _.-]+/g, '-')
    .replace(/\s+/g, ' ')
    .replace(/\s*-\s*/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[\s._-]+|[\s._-]+$/g, '')
    .slice(0, TAG_NAME_MAX);
}

export function checkTagName(raw: string): TagNameCheck {
  const name = raw.normalize('NFC').trim().replace(/\s+/g, ' ');
  const issues: TagNameIssue[] = [];
  if (name === '') issues.push('empty');
  if (name.length > TAG_NAME_MAX) issues.push('too_long');
  const folded = foldAccents(name);
  if (folded !== name) issues.push('accents');
  if ([...folded].some((c) => !SAFE.test(c))) issues.push('special_characters');
  return { name, normalized: issues.length === 0 ? name : normalizeTagName(name), issues };
}

/** The key AC's own uniqueness uses for names: case does not make a different tag. */
export function nameKey(name: string): string {
  return name.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
}
