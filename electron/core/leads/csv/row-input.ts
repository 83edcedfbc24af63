import { fieldKey, LEAD_EXTRA_LIMITS, LEAD_TEXT_FIELDS, LEAD_TEXT_LIMITS, utmKey } from '#contract/lead-fields';
import type { LeadInput } from '#contract/lead-input';
import { cleanText, stripControls } from '#contract/text';
import { memoize } from '../../lib/memo';

/** A row's raw lead: every value a string, as `rowToRawLead` builds it. */
export type RowRawLead = { [K in (typeof LEAD_TEXT_FIELDS)[number]]: string | undefined } & {
  utm: Record<string, string>;
  custom: Record<string, string>;
};

/** The schema's cleaning of one value: whitespace folded, nothing visible left means absent. */
function cleaned(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const text = cleanText(value);
  return text === '' || stripControls(text).text === '' ? undefined : text;
}

// The same few column labels on every row of a file.
const utmKeyOf = memoize(utmKey);
const customKeyOf = memoize(fieldKey);

function extras(record: Record<string, string>, key: (label: string) => string): Record<string, string> | null {
  const out: Record<string, string> = {};
  let entries = 0;
  for (const label in record) {
    const k = key(label);
    const text = cleaned(record[label]);
    if (k === '' || text === undefined) continue;
    if (text.length > LEAD_EXTRA_LIMITS.value) return null;
    if (out[k] === undefined) entries++;
    out[k] = text;
  }
  return entries > LEAD_EXTRA_LIMITS.entries ? null : out;
}

/**
 * What `leadInputSchema` makes of a CSV row that passes it, without going through zod: a file is
 * a hundred thousand rows and the schema's machinery cost more than the cleaning itself. Null
 * when the row breaks any of the schema's rules; the caller then asks the schema, which says how.
 * A test holds the two together.
 */
export function rowLeadInput(raw: RowRawLead): LeadInput | null {
  const out: Partial<Record<(typeof LEAD_TEXT_FIELDS)[number], string | undefined>> = {};
  for (const field of LEAD_TEXT_FIELDS) {
    const text = cleaned(raw[field]);
    if (text !== undefined && text.length > LEAD_TEXT_LIMITS[field]) return null;
    out[field] = text;
  }
  if (out.email === undefined && out.phone === undefined) return null;
  const utm = extras(raw.utm, utmKeyOf);
  const custom = extras(raw.custom, customKeyOf);
  if (utm === null || custom === null) return null;
  return { ...out, utm, custom };
}
