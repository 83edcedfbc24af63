/** Names compare as the repositories do: NFC, spaces collapsed, case folded. */
const fold = (name: string) => name.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('pt-BR');

/**
 * The name itself when the client has nothing of that name, else "name (2)", "name (3)"…, cut so
 * the suffix fits within `max` characters.
 */
export function freeName(name: string, taken: readonly string[], max: number): string {
  const used = new Set(taken.map(fold));
  if (!used.has(fold(name))) return name;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = `${name.slice(0, max - suffix.length).trimEnd()}${suffix}`;
    if (!used.has(fold(candidate))) return candidate;
  }
}
