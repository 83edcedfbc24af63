import type { DispatchLead } from '../connector';
import type { AcConfig } from './config';
import type { ContactInput } from './api-client';
import { leadValue } from '../shared/lead-values';
import { splitFullName } from '../shared/name-split';

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
