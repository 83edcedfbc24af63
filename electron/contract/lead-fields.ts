import { fold } from './text';

/**
 * The fields a lead arrives with and their size limits, and the keys of its UTM and custom fields.
 * Without zod, unlike the schemas: the import's worker thread reads CSV rows with these alone and
 * loads the schemas only for a row they refuse (docs/architecture.md, "Memory").
 */

export const LEAD_TEXT_LIMITS = {
  fullName: 200,
  email: 254,
  phone: 40,
  company: 200,
  cnpj: 32,
  jobTitle: 200,
  city: 120,
  state: 60,
  source: 200,
} as const;
export const LEAD_EXTRA_LIMITS = { entries: 50, value: 1_000 } as const;

export type LeadTextField = keyof typeof LEAD_TEXT_LIMITS;
export const LEAD_TEXT_FIELDS = Object.keys(LEAD_TEXT_LIMITS) as LeadTextField[];

/**
 * A key usable in `utm.<key>` / `custom.<key>` field paths (`[a-z0-9_]`): "Segmento da empresa"
 * becomes `segmento_da_empresa`, so scoring rules and dispatch filters can name it.
 */
export function fieldKey(label: string): string {
  return fold(label)
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, 64);
}

/** `utm_source`, `UTM Source` and `source` all name the same UTM parameter. */
export function utmKey(label: string): string {
  return fieldKey(label).replace(/^utm_?/, '');
}
