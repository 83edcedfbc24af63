import type { PipedriveLabelRef } from '#contract/pipedrive';
import { leadValue } from '../shared/lead-values';
import type { DispatchLead } from '../connector';
import type { PersonInput } from './api-client';
import { numericId } from './wire';
import type { PipedriveConfig } from './config';

/** Field types whose values Pipedrive stores as numbers. */
const NUMERIC = new Set(['double', 'int', 'monetary']);

/** Mapped lead values by custom field key; empty values are left out so they never blank Pipedrive's. */
export function customFields(config: PipedriveConfig, lead: DispatchLead): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const m of config.mapping.fields) {
    const value = leadValue(lead, m.source);
    if (value === null) continue;
    const n = Number(value);
    out[m.field.key] = NUMERIC.has(m.field.type) && value.trim() !== '' && Number.isFinite(n) ? n : value;
  }
  return out;
}

/** The body of `POST /api/v2/persons` (docs/crm/pipedrive.md §4) for a new person. */
export function newPerson(config: PipedriveConfig, lead: DispatchLead, orgId: string | null): PersonInput {
  const email = lead.email.trim();
  const person: PersonInput = {
    name: lead.fullName.trim() || email,
    emails: [{ value: email, primary: true, label: 'work' }],
  };
  const phone = config.mapping.phone ? leadValue(lead, 'phone') : null;
  if (phone !== null) person.phones = [{ value: phone, primary: true, label: 'work' }];
  if (orgId !== null) person.org_id = numericId(orgId);
  const fields = customFields(config, lead);
  if (Object.keys(fields).length > 0) person.custom_fields = fields;
  return person;
}

/** The organization to find or create, when the mapping asks for one and the lead names a company. */
export function organizationName(config: PipedriveConfig, lead: DispatchLead): string | null {
  return config.mapping.organization ? leadValue(lead, 'company') : null;
}

/** Marks a "Send test lead" lead in Pipedrive, so it is easy to find and delete. */
export const TEST_LEAD_PREFIX = '[Zero Bad Leads test]';

/**
 * The lead label every test lead carries besides its score label (docs/crm/pipedrive.md §6): the
 * Leads inbox filters on labels, so test leads are found and deleted together. Created when missing.
 */
export const TEST_LEAD_LABEL = { name: 'Zero Bad Leads test', color: 'gray' } as const;

/** The note on a test lead's person (docs/crm/pipedrive.md §10): persons have no label to filter on cheaply. */
export const TEST_PERSON_NOTE =
  '<p><b>Zero Bad Leads test contact</b>: made by “Send test lead” to check the integration. ' +
  'Delete this person and its lead labeled “Zero Bad Leads test” when you are done.</p>';

export function leadTitle(lead: DispatchLead): string {
  const who = lead.fullName.trim() || lead.email.trim();
  const company = lead.company?.trim();
  const title = company ? `${who} (${company})` : who;
  return lead.isTest ? `${TEST_LEAD_PREFIX} ${title}` : title;
}

/** The lead label picked for the lead's score range, if any. */
export function labelFor(config: PipedriveConfig, lead: DispatchLead): PipedriveLabelRef | null {
  if (!config.labels.enabled || lead.scoreRange === null) return null;
  return config.labels.byRange[lead.scoreRange] ?? null;
}
