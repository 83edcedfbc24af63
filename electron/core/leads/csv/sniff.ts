/**
 * Which separator a CSV uses. Excel in pt-BR writes `;` (the comma is the decimal mark), most
 * web tools write `,`, "Texto Unicode" exports use tabs.
 */
export type CsvSeparator = ';' | ',' | '\t' | '|';
export const CSV_SEPARATORS: readonly CsvSeparator[] = [';', ',', '\t', '|'];

export interface SeparatorGuess {
  separator: CsvSeparator;
  /** False when no candidate split the lines consistently; the UI should let the user choose. */
  confident: boolean;
}

const MAX_RECORDS = 50;

/**
 * Separator counts per record, outside quotes. Records, not lines: a quoted value may span lines.
 * The last record is dropped when the sample was cut, as it may be incomplete.
 */
function countPerRecord(text: string, complete: boolean): Map<CsvSeparator, number[]> {
  const counts = new Map<CsvSeparator, number[]>(CSV_SEPARATORS.map((s) => [s, []]));
  let current = new Map<string, number>();
  let inQuotes = false;
  let records = 0;
  let blank = true;
  const close = (): void => {
    if (!blank) {
      for (const s of CSV_SEPARATORS) counts.get(s)?.push(current.get(s) ?? 0);
      records++;
    }
    current = new Map();
    blank = true;
  };
  for (let i = 0; i < text.length && records < MAX_RECORDS; i++) {
    const ch = text[i] ?? '';
    if (ch === '"') inQuotes = !inQuotes;
    else if (!inQuotes && (ch === '\n' || ch === '\r')) close();
    else if (!inQuotes && CSV_SEPARATORS.includes(ch as CsvSeparator)) current.set(ch, (current.get(ch) ?? 0) + 1);
    if (ch !== '\n' && ch !== '\r' && ch.trim() !== '') blank = false;
  }
  if (complete && records < MAX_RECORDS) close();
  return counts;
}

/**
 * The candidate that splits the header into the most columns while splitting every other record
 * into as many. Ties go to the order of CSV_SEPARATORS, `;` first, as Brazilian files use it most.
 */
export function sniffSeparator(sample: string, complete = true): SeparatorGuess {
  const counts = countPerRecord(sample, complete);
  let best: { separator: CsvSeparator; consistency: number; columns: number; misfits: number } | null = null;
  for (const separator of CSV_SEPARATORS) {
    const perRecord = counts.get(separator) ?? [];
    const header = perRecord[0] ?? 0;
    if (header === 0) continue;
    const same = perRecord.filter((n) => n === header).length;
    const consistency = same / perRecord.length;
    const better =
      !best ||
      consistency > best.consistency + 1e-9 ||
      (Math.abs(consistency - best.consistency) <= 1e-9 && header > best.columns);
    if (better) best = { separator, consistency, columns: header, misfits: perRecord.length - same };
  }
  if (!best) return { separator: ';', confident: false };
  // One odd record in a small sample is a bad row, not a sign of the wrong separator.
  return { separator: best.separator, confident: best.misfits <= 1 || best.consistency >= 0.9 };
}
