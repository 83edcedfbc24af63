/** Case, accents and surrounding spaces never matter when comparing what people typed. */
export function fold(value: string): string {
  return value.normalize('NFD').replace(/\p{M}/gu, '').trim().toLowerCase();
}

/** Trimmed, inner whitespace (including non-breaking spaces from spreadsheets) collapsed. */
export function cleanText(value: string): string {
  return value.normalize('NFC').replace(/\s+/g, ' ').trim();
}
