import type { DispatchLead } from '../connector';
import { leadValue } from '../shared/lead-values';
import { splitFullName } from '../shared/name-split';
import type { HubspotConfig } from './config';

/**
 * The contact's properties for one lead, mapped as for ActiveCampaign: the full name split into
 * first and last name, the phone in E.164 when known, the company name, then each mapped lead
 * value (score, score range, CNPJ in its usual mask…). Empty values are left out so they never
 * blank what HubSpot already holds.
 */
export function contactProperties(config: HubspotConfig, lead: DispatchLead): Record<string, string> {
  const props: Record<string, string> = {};
  const { mapping } = config;
  if (mapping.fullName) {
    const { firstName, lastName } = splitFullName(lead.fullName);
    if (firstName !== '') props.firstname = firstName;
    if (lastName !== '') props.lastname = lastName;
  }
  if (mapping.phone) {
    const phone = leadValue(lead, 'phone');
    if (phone !== null) props.phone = phone;
  }
  if (mapping.company) {
    const company = leadValue(lead, 'company');
    if (company !== null) props.company = company;
  }
  for (const m of mapping.properties) {
    const value = leadValue(lead, m.source);
    if (value !== null) props[m.property.name] = value;
  }
  return props;
}

/** The company record to associate, when the mapping asks for one and the lead names a company. */
export function companyToAssociate(config: HubspotConfig, lead: DispatchLead): string | null {
  if (!config.mapping.associateCompany) return null;
  return leadValue(lead, 'company');
}
