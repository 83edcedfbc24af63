import type { LeadFieldSource } from '../../../contract/integrations';
import type { DispatchLead } from '../connector';
import type { AcConfig } from './config';
import type { ContactInput } from './api-client';
import { splitFullName } from '../shared/name-split';

/**
 * CNPJ in its usual mask (12.345.678/0001-95), the way people type and search for it in AC.
 * The alphanumeric CNPJ keeps the same positions, so the mask applies to it too.
 */
export function formatCnpj(raw: string): string {
  const plain = raw.replace(/[^0-9A-Za-z]/g, '').toUpperCase();
  if (plain.length !== 14) return raw.trim();
  return `${plain.slice(0, 2)}.${plain.slice(2, 5)}.${plain.slice(5, 8)}/${plain.slice(8, 12)}-${plain.slice(12)}`;
}

function clean(value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  const t = value.trim();
  return t === '' ? null : t;
}

/** The lead's value for a mapping source, as the text AC stores; null when the lead has none. */
export function leadValue(lead: DispatchLead, source: LeadFieldSource): string | null {
  if (source.startsWith('utm.')) return clean(lead.utm[source.slice(4)]);
  if (source.startsWith('custom.')) return clean(lead.custom[source.slice(7)]);
  switch (source) {
    case 'score':
      return lead.score === null ? null : String(lead.score);
    case 'cnpj':
      return lead.cnpj === null ? null : clean(formatCnpj(lead.cnpj));
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

/** A custom field's target after the id cache had its say (a list or field recreated under a new id). */
export interface ResolvedField {
  id: string;
  title: string;
  value: string;
}

/** The body of POST /contact/sync for this lead. Empty values are left out so they never blank AC's. */
export function contactBody(config: AcConfig, lead: DispatchLead, fields: ResolvedField[]): ContactInput {
  const contact: ContactInput = { email: lead.email.trim() };
  if (config.mapping.fullName) {
    const { firstName, lastName } = splitFullName(lead.fullName);
    if (firstName !== '') contact.firstName = firstName;
    if (lastName !== '') contact.lastName = lastName;
  }
  const phone = config.mapping.phone ? leadValue(lead, 'phone') : null;
  if (phone !== null) contact.phone = phone;
  if (fields.length > 0) contact.fieldValues = fields.map((f) => ({ field: f.id, value: f.value }));
  return contact;
}
