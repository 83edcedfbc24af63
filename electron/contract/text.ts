/** Case, accents and surrounding spaces never matter when comparing what people typed. */
export function fold(value: string): string {
  return value.normalize('NFD').replace(/\p{M}/gu, '').trim().toLowerCase();
}

// Printable ASCII with single inner spaces: already clean (ASCII is its own NFC form). Most values
// of an import (e-mails, phones, CNPJs, UTM codes) are, and skip the normalisation below.
const CLEAN_ASCII = /^(?:[!-~]+ )*[!-~]*$/;

/** Trimmed, inner whitespace (including non-breaking spaces from spreadsheets) collapsed. */
export function cleanText(value: string): string {
  if (CLEAN_ASCII.test(value) && !value.endsWith(' ')) return value;
  return value.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/**
 * Characters nobody means to put in a name or an address and that a CRM stores as they come:
 * C0 and C1 control characters (NUL, BEL, ESC...), the bidirectional controls that reorder
 * what is displayed (U+202E shows "gepj.exe" for "exe.jpeg"), zero-width and invisible
 * formatting characters, and the Unicode tag characters used to hide text. The zero-width
 * joiners (U+200C, U+200D) stay: emoji sequences and some scripts need them.
 */
const INVISIBLE_CONTROLS =
  /[\p{Cc}\u00AD\u061C\u180E\u200B\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF\uFFF9-\uFFFB\u{E0000}-\u{E007F}]/gu;
const ANY_CONTROL = new RegExp(INVISIBLE_CONTROLS.source, 'u');

/** Whether the text holds any of the invisible control characters above. */
export function hasControls(value: string): boolean {
  return ANY_CONTROL.test(value);
}

/**
 * A single-line value with the invisible control characters removed, how many there were, and
 * its whitespace cleaned again (a removed character may have sat between two spaces). Line
 * breaks and tabs become spaces: no lead field is multi-line.
 */
export function stripControls(value: string): { text: string; removed: number } {
  if (!hasControls(value)) return { text: value, removed: 0 };
  let removed = 0;
  const stripped = value.replace(INVISIBLE_CONTROLS, (c) => {
    // Whitespace controls (tab, line breaks) are spacing, not junk: they become one space.
    if (/[\t\n\v\f\r]/.test(c)) return ' ';
    removed++;
    return '';
  });
  return { text: cleanText(stripped), removed };
}
