import type { DispatchLead } from '../../integrations/connector';

/** Case, accents and surrounding spaces do not matter when a filter compares text. */
export function fold(value: string): string {
  return value.normalize('NFD').replace(/\p{M}/gu, '').trim().toLowerCase();
}

type FixedField = 'fullName' | 'email' | 'phone' | 'company' | 'cnpj' | 'jobTitle' | 'city' | 'state' | 'source';

/** The value of a filter field on a lead; blank counts as missing. */
export function fieldValue(lead: DispatchLead, field: string): string | null {
  let raw: string | null | undefined;
  if (field.startsWith('utm.')) raw = lead.utm[field.slice(4)];
  else if (field.startsWith('custom.')) raw = lead.custom[field.slice(7)];
  else raw = lead[field as FixedField];
  if (raw === null || raw === undefined) return null;
  const text = String(raw);
  return text.trim() === '' ? null : text;
}
