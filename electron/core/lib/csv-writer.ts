import { zonedPartsFormat } from './zoned-parts';

/**
 * CSV as Excel opens it in Brazil. Excel splits a CSV on the "list separator" of the system's
 * region, and in pt-BR that is the semicolon (the comma is the decimal separator), so a
 * comma-separated file opens as one column there; a semicolon one opens in columns. A `sep=;` first
 * line would also tell Excel, but with it Excel ignores the byte order mark and garbles accents,
 * so the file starts with the UTF-8 BOM alone (Excel otherwise reads UTF-8 as Windows-1252:
 * "João" becomes "JoÃ£o"). Lines end in CRLF as RFC 4180 and Excel expect.
 */
export const CSV_BOM = '\uFEFF';
export const CSV_SEPARATOR = ';';
export const CSV_EOL = '\r\n';

/**
 * A cell that starts with one of these is a formula to Excel and LibreOffice. Lead names and
 * e-mails come from web forms, so "=HYPERLINK(…)" typed into a form must reach the sheet as text.
 */
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[";\r\n]/;

export function csvCell(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(cells: ReadonlyArray<string | number | null>): string {
  return cells.map(csvCell).join(CSV_SEPARATOR) + CSV_EOL;
}

/**
 * `YYYY-MM-DD HH:mm:ss` in a time zone (a form every Excel reads as a date and time). The zone's
 * offset is looked up once per hour of time rather than per row: Intl is slow, exports are long.
 */
export function zonedTimeFormatter(timeZone: string): (epochMs: number) => string {
  const parts = zonedPartsFormat(timeZone);
  const offsets = new Map<number, number>();
  function offsetAt(t: number): number {
    const hour = Math.floor(t / 3_600_000);
    let offset = offsets.get(hour);
    if (offset === undefined) {
      const p: Record<string, number> = {};
      for (const part of parts.formatToParts(hour * 3_600_000)) {
        if (part.type !== 'literal') p[part.type] = Number(part.value);
      }
      const wall = Date.UTC(p.year ?? 1970, (p.month ?? 1) - 1, p.day ?? 1, p.hour ?? 0, p.minute ?? 0, p.second ?? 0);
      offset = wall - hour * 3_600_000;
      if (offsets.size > 10_000) offsets.clear();
      offsets.set(hour, offset);
    }
    return offset;
  }
  return (t) => {
    const iso = new Date(t + offsetAt(t)).toISOString();
    return `${iso.slice(0, 10)} ${iso.slice(11, 19)}`;
  };
}
