import type { ColumnMapping } from './columns';
import type { CsvEncoding } from './encoding';
import { openLeadsCsv, type CsvReadOptions } from './reader';
import type { CsvRow } from './rows';
import type { CsvSeparator } from './sniff';
import type { CsvSource } from './source';

export interface CsvPreview {
  encoding: CsvEncoding;
  bom: boolean;
  separator: CsvSeparator;
  separatorConfident: boolean;
  headers: string[];
  mapping: ColumnMapping[];
  warnings: string[];
  /** The first data rows, mapped, with their problems. */
  rows: CsvRow[];
  /** True when the file has more data rows than were read. */
  truncated: boolean;
}

export const DEFAULT_PREVIEW_ROWS = 20;

/**
 * What the import screen shows before anything is stored: the detected format, the guessed
 * mapping and the first rows under it. Reads only as far as it needs, then closes the file.
 */
export async function previewLeadsCsv(
  source: CsvSource,
  options: CsvReadOptions & { limit?: number } = {},
): Promise<CsvPreview> {
  const limit = Math.max(0, options.limit ?? DEFAULT_PREVIEW_ROWS);
  const csv = await openLeadsCsv(source, options);
  const rows: CsvRow[] = [];
  let truncated = false;
  try {
    for await (const row of csv.rows()) {
      if (rows.length >= limit) {
        truncated = true;
        break;
      }
      rows.push(row);
    }
  } finally {
    csv.close();
  }
  const { encoding, bom, separator, separatorConfident, headers, mapping, warnings } = csv;
  return { encoding, bom, separator, separatorConfident, headers, mapping, warnings, rows, truncated };
}
