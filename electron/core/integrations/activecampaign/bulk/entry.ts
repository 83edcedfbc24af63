import type { DispatchLead } from '../../connector';
import { leadValue } from '../../shared/lead-values';
import { splitFullName } from '../../shared/name-split';
import { tagsForLead, type AcConfig } from '../config';
import type { AcIdCache } from '../id-cache';

/** One contact of `POST /import/bulk_import` (docs/crm/activecampaign.md §14). */
export interface ImportEntry {
  email: string;
  first_name?: string;
  last_name?: string;
  phone?: string;
  /** The account by name; found or created by the import, then linked. */
  customer_acct_name?: string;
  tags: string[];
  /** Custom fields by id; the reference types the id as an integer. */
  fields: Array<{ id: number; value: string }>;
  subscribe: Array<{ listid: string }>;
  exclude_automations: false;
}

/**
 * The link the import makes carries no job title: a lead that has one keeps the account out of its
 * entry, and the per-contact path links it, title included, once the import is done.
 */
export function accountFollowUp(config: AcConfig, lead: DispatchLead): boolean {
  return config.mapping.companyToAccount && (lead.company?.trim() ?? '') !== '' && (lead.jobTitle?.trim() ?? '') !== '';
}

/**
 * The same mapping as the per-contact path: names split, phone, every tag by name (the score
 * range's included), custom fields and lists by the ids the cache holds (corrected when AC
 * recreated one), the company by name. Empty values are left out so they never blank AC's. A
 * contact who unsubscribed from a list stays unsubscribed: the import does not subscribe them
 * again, which is the integration's own rule when it is not set to re-subscribe.
 */
export function importEntry(config: AcConfig, lead: DispatchLead, cache: AcIdCache): ImportEntry {
  const entry: ImportEntry = {
    email: lead.email.trim(),
    tags: tagsForLead(config, lead),
    fields: [],
    subscribe: config.lists.map((l) => ({ listid: cache.get('list', l.name) ?? l.id })),
    exclude_automations: false,
  };
  if (config.mapping.fullName) {
    const { firstName, lastName } = splitFullName(lead.fullName);
    if (firstName !== '') entry.first_name = firstName;
    if (lastName !== '') entry.last_name = lastName;
  }
  const phone = config.mapping.phone ? leadValue(lead, 'phone') : null;
  if (phone !== null) entry.phone = phone;
  for (const m of config.mapping.fields) {
    const value = leadValue(lead, m.source);
    if (value === null) continue;
    entry.fields.push({ id: Number(cache.get('field', m.field.title) ?? m.field.id), value });
  }
  const company = lead.company?.trim() ?? '';
  if (config.mapping.companyToAccount && company !== '' && !accountFollowUp(config, lead)) {
    entry.customer_acct_name = company;
  }
  return entry;
}
