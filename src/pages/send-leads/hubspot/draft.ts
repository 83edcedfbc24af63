import {
  HUBSPOT_DEFAULT_API_URL,
  type DispatchFilter,
  type HubspotAuthKind,
  type HubspotConfigInput,
  type HubspotConnectionInput,
  type IntegrationStatus,
  type LeadFieldSource,
  type OutputOf,
} from '../../../../electron/contract';

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

/** Everything the HubSpot wizard edits; turned into the contract's config only when it is sent. */
export interface HubspotDraft {
  clientId: string;
  integrationId: string | null;
  status: IntegrationStatus | null;
  name: string;
  apiUrl: string;
  auth: HubspotAuthKind;
  /** A private app token typed now; empty keeps the stored one. */
  token: string;
  /** The stored credential's hint (token route), when editing. */
  tokenHint: string | null;
  /** A browser sign-in made in this wizard, not saved yet. */
  connectionId: string | null;
  /** The kind of credential the saved integration holds, and the portal it belongs to. */
  storedKind: HubspotAuthKind | null;
  storedPortal: string | null;
  account: HubspotAccount | null;
  fullName: boolean;
  phone: boolean;
  company: boolean;
  associateCompany: boolean;
  properties: PropertyRow[];
  filter: DispatchFilter;
}

let rowCounter = 0;

export function propertyRow(source: LeadFieldSource, property: PropertyRow['property'] = null): PropertyRow {
  rowCounter += 1;
  return { rowId: `p${rowCounter}`, source, property };
}

export function newHubspotDraft(clientId: string): HubspotDraft {
  return {
    clientId,
    integrationId: null,
    status: null,
    name: 'HubSpot',
    apiUrl: HUBSPOT_DEFAULT_API_URL,
    auth: 'oauth',
    token: '',
    tokenHint: null,
    connectionId: null,
    storedKind: null,
    storedPortal: null,
    account: null,
    fullName: true,
    phone: true,
    company: true,
    associateCompany: false,
    properties: [propertyRow('score'), propertyRow('scoreRange'), propertyRow('cnpj')],
    filter: { match: 'all', conditions: [] },
  };
}

type HubspotDetail = Extract<OutputOf<'integrations:get'>, { type: 'hubspot' }>;

export function draftFromHubspotDetail(detail: HubspotDetail): HubspotDraft {
  const { config } = detail;
  return {
    clientId: detail.clientId,
    integrationId: detail.id,
    status: detail.status,
    name: config.name,
    apiUrl: config.apiUrl,
    auth: config.auth,
    token: '',
    tokenHint: config.auth === 'token' ? detail.credential.hint : null,
    connectionId: null,
    storedKind: detail.credential.set ? config.auth : null,
    storedPortal: config.portalId,
    account: config.auth === 'token' ? { portalId: config.portalId, domain: null, user: null } : null,
    fullName: config.mapping.fullName,
    phone: config.mapping.phone,
    company: config.mapping.company,
    associateCompany: config.mapping.associateCompany,
    properties: config.mapping.properties.map((m) => propertyRow(m.source, m.property)),
    filter: detail.filters ?? { match: 'all', conditions: [] },
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

/** Which account the wizard's lookups talk to: what was just connected or typed, or the saved one. */
export function connectionOf(draft: HubspotDraft): HubspotConnectionInput {
  const input: HubspotConnectionInput = { apiUrl: draft.apiUrl.trim() };
  if (draft.integrationId !== null) input.integrationId = draft.integrationId;
  if (draft.auth === 'oauth' && draft.connectionId !== null) input.connectionId = draft.connectionId;
  if (draft.auth === 'token' && draft.token.trim() !== '') input.token = draft.token;
  return input;
}

/** Connected: a fresh sign-in, a token HubSpot accepted, or a saved credential of this kind. */
export function isConnected(draft: HubspotDraft): boolean {
  if (draft.auth === 'oauth') return draft.connectionId !== null || draft.storedKind === 'oauth';
  return draft.account !== null && (draft.token.trim() !== '' || draft.storedKind === 'token');
}
