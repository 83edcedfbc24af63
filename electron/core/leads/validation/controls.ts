import type { LeadInput } from '#contract/lead-input';
import { stripControls } from '#contract/text';
import type { LeadIssueField } from './issues';

/** A field that had invisible control characters, and how many were removed from it. */
export type ControlsRemoved = { field: LeadIssueField; removed: number };

/** The English default of the `control_chars_removed` issue; the count comes first, for translations. */
export function controlsMessage(removed: number): string {
  const what = removed === 1 ? 'character was' : 'characters were';
  return `${removed} invisible control ${what} removed (such as NUL, ESC or a text-direction override).`;
}

const TEXT_FIELDS = ['fullName', 'email', 'phone', 'company', 'cnpj', 'jobTitle', 'city', 'state', 'source'] as const;

function cleanMap(
  prefix: 'utm' | 'custom',
  values: Readonly<Record<string, string>>,
  found: ControlsRemoved[],
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(values)) {
    const { text, removed } = stripControls(value);
    if (removed > 0) found.push({ field: `${prefix}.${key}`, removed });
    if (text !== '') out[key] = text;
  }
  return out;
}

/**
 * The lead with NUL, ESC, bidirectional overrides and the like removed from every text value,
 * and where they were: nothing a person typed on purpose is lost, and the CRM never receives
 * characters that hide or reorder text. Every entry point (CSV, manual form, intake API) goes
 * through validation, so this is the one place it happens.
 */
export function withoutControls(input: LeadInput): { input: LeadInput; removed: ControlsRemoved[] } {
  const removed: ControlsRemoved[] = [];
  const out: LeadInput = { ...input };
  for (const field of TEXT_FIELDS) {
    const value = input[field];
    if (value === undefined) continue;
    const cleaned = stripControls(value);
    if (cleaned.removed === 0) continue;
    removed.push({ field, removed: cleaned.removed });
    out[field] = cleaned.text === '' ? undefined : cleaned.text;
  }
  out.utm = cleanMap('utm', input.utm, removed);
  out.custom = cleanMap('custom', input.custom, removed);
  return { input: removed.length === 0 ? input : out, removed };
}
