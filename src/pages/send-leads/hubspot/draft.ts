import { HUBSPOT_DEFAULT_API_URL, type HubspotConfigInput, type LeadFieldSource, type OutputOf } from '#contract';
import { crmConnectionFromDetail, newCrmConnection, type CrmConnectionDraft } from '../shared/crm-draft';

export interface PropertyRow {
  rowId: string;
  source: LeadFieldSource;
  /** The HubSpot property's internal name, or null until one is picked. */
  property: { name: string; label: string } | null;
}

/** What the connect step learned; null until the account answered. */
export interface HubspotAccount {
  portalId: string | null;
  domain: string | null;
  user: string | null;
}

/**
 * Everything the HubSpot wizard edits; turned into the contract's config only when it is sent. The token,
 * when typed, is a private app's access token.
 */
export interface HubspotDraft extends CrmConnectionDraft<HubspotAccount> {
  /** The portal the saved credential belongs to. */
  storedPortal: string | null;
  fullName: boolean;
  phone: boolean;
  company: boolean;
  associateCompany: boolean;
  properties: PropertyRow[];
  /** The portal's properties named like the suggested rows were offered once (new integrations only). */
  propertiesSuggested: boolean;
}

let rowCounter = 0;

export function propertyRow(source: LeadFieldSource, property: PropertyRow['property'] = null): PropertyRow {
  rowCounter += 1;
  return { rowId: `p${rowCounter}`, source, property };
}

export function newHubspotDraft(clientId: string): HubspotDraft {
  return {
    ...newCrmConnection(clientId, 'HubSpot', HUBSPOT_DEFAULT_API_URL),
    storedPortal: null,
    fullName: true,
    phone: true,
    company: true,
    associateCompany: false,
    properties: [propertyRow('score'), propertyRow('scoreRange'), propertyRow('cnpj')],
    propertiesSuggested: false,
  };
}

type HubspotDetail = Extract<OutputOf<'integrations:get'>, { type: 'hubspot' }>;

export function draftFromHubspotDetail(detail: HubspotDetail): HubspotDraft {
  const { config } = detail;
  return {
    ...crmConnectionFromDetail(detail),
    storedPortal: config.portalId,
    account: config.auth === 'token' ? { portalId: config.portalId, domain: null, user: null } : null,
    fullName: config.mapping.fullName,
    phone: config.mapping.phone,
    company: config.mapping.company,
    associateCompany: config.mapping.associateCompany,
    properties: config.mapping.properties.map((m) => propertyRow(m.source, m.property)),
    propertiesSuggested: true,
  };
}

export function toHubspotConfig(draft: HubspotDraft): HubspotConfigInput {
  return {
    name: draft.name,
    apiUrl: draft.apiUrl.trim(),
    auth: draft.auth,
    mapping: {
      fullName: draft.fullName,
      phone: draft.phone,
      company: draft.company,
      associateCompany: draft.associateCompany,
      properties: draft.properties.flatMap((row) =>
        row.property ? [{ source: row.source, property: row.property }] : [],
      ),
    },
  };
}
