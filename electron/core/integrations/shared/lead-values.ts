import type { LeadFieldSource } from '#contract/integration-common';
import { formatCnpj } from '../../leads/validation/cnpj';
import type { DispatchLead } from '../connector';

/**
 * CNPJ in its usual mask (12.345.678/0001-95), the way people type and search for it in a CRM.
 * The alphanumeric CNPJ keeps the same positions, so the mask applies to it too.
 */
function maskedCnpj(raw: string): string {
  const plain = raw.replace(/[^0-9A-Za-z]/g, '').toUpperCase();
  return plain.length === 14 ? formatCnpj(plain) : raw.trim();
}

function clean(value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  const t = value.trim();
  return t === '' ? null : t;
}

/** The lead's value for a mapping source, as the text a CRM stores; null when the lead has none. */
export function leadValue(lead: DispatchLead, source: LeadFieldSource): string | null {
  if (source.startsWith('utm.')) return clean(lead.utm[source.slice(4)]);
  if (source.startsWith('custom.')) return clean(lead.custom[source.slice(7)]);
  switch (source) {
    case 'score':
      return lead.score === null ? null : String(lead.score);
    case 'cnpj':
      return lead.cnpj === null ? null : clean(maskedCnpj(lead.cnpj));
    case 'phone':
      return clean(lead.phoneE164 ?? lead.phone);
    case 'scoreRange':
    case 'company':
    case 'jobTitle':
    case 'city':
    case 'state':
    case 'source':
    case 'email':
    case 'fullName':
      return clean(lead[source]);
    default:
      return null;
  }
}
