/** Names compare as the repositories do: NFC, spaces collapsed, case folded. */
const fold = (name: string) => name.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('pt-BR');

/**
 * The name itself when the client has nothing of that name; else the name with where it came from
 * ("Default (Acme)"), then "name (2)", "name (3)"…, cut so the suffix fits within `max` characters.
 */
export function freeName(name: string, taken: readonly string[], max: number, origin = ''): string {
  const used = new Set(taken.map(fold));
  if (!used.has(fold(name))) return name;
  const from = origin.trim();
  if (from !== '' && from.length + 3 < max) {
    const candidate = `${name.slice(0, max - from.length - 3).trimEnd()} (${from})`;
    if (!used.has(fold(candidate))) return candidate;
  }
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = `${name.slice(0, max - suffix.length).trimEnd()}${suffix}`;
    if (!used.has(fold(candidate))) return candidate;
  }
}
