import {
  PIPEDRIVE_DEFAULT_API_URL,
  type DispatchFilter,
  type IntegrationStatus,
  type LeadFieldSource,
  type OutputOf,
  type PipedriveAuthKind,
  type PipedriveConfigInput,
  type PipedriveConnectionInput,
  type PipedriveFieldRef,
  type PipedriveLabelRef,
} from '../../../../electron/contract';

export interface FieldRow {
  rowId: string;
  source: LeadFieldSource;
  /** The person custom field, by key, or null until one is picked. */
  field: PipedriveFieldRef | null;
}

/** What the connect step learned; null until the account answered. */
export interface PipedriveAccount {
  companyId: string | null;
  companyName: string | null;
  domain: string | null;
  user: string | null;
}

/** Everything the Pipedrive wizard edits; turned into the contract's config only when it is sent. */
export interface PipedriveDraft {
  clientId: string;
  integrationId: string | null;
  status: IntegrationStatus | null;
  name: string;
  apiUrl: string;
  auth: PipedriveAuthKind;
  /** A personal API token typed now; empty keeps the stored one. */
  token: string;
  tokenHint: string | null;
  /** A browser sign-in made in this wizard, not saved yet. */
  connectionId: string | null;
  /** The kind of credential the saved integration holds, and the company it belongs to. */
  storedKind: PipedriveAuthKind | null;
  storedCompany: string | null;
  account: PipedriveAccount | null;
  phone: boolean;
  organization: boolean;
  fields: FieldRow[];
  labelsEnabled: boolean;
  /** Score range name → lead label. */
  labels: Record<string, PipedriveLabelRef>;
  filter: DispatchFilter;
}

let rowCounter = 0;

export function fieldRow(source: LeadFieldSource, field: FieldRow['field'] = null): FieldRow {
  rowCounter += 1;
  return { rowId: `f${rowCounter}`, source, field };
}

export function newPipedriveDraft(clientId: string): PipedriveDraft {
  return {
    clientId,
    integrationId: null,
    status: null,
    name: 'Pipedrive',
    apiUrl: PIPEDRIVE_DEFAULT_API_URL,
    auth: 'oauth',
    token: '',
    tokenHint: null,
    connectionId: null,
    storedKind: null,
    storedCompany: null,
    account: null,
    phone: true,
    organization: true,
    fields: [fieldRow('score'), fieldRow('scoreRange'), fieldRow('cnpj')],
    labelsEnabled: true,
    labels: {},
    filter: { match: 'all', conditions: [] },
  };
}

type PipedriveDetail = Extract<OutputOf<'integrations:get'>, { type: 'pipedrive' }>;

export function draftFromPipedriveDetail(detail: PipedriveDetail): PipedriveDraft {
  const { config } = detail;
  const account = { companyId: config.companyId, companyName: null, domain: config.companyDomain, user: null };
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
    storedCompany: config.companyId,
    account: config.auth === 'token' ? account : null,
    phone: config.mapping.phone,
    organization: config.mapping.organization,
    fields: config.mapping.fields.map((m) => fieldRow(m.source, m.field)),
    labelsEnabled: config.labels.enabled,
    labels: { ...config.labels.byRange },
    filter: detail.filters ?? { match: 'all', conditions: [] },
  };
}

export function toPipedriveConfig(draft: PipedriveDraft): PipedriveConfigInput {
  return {
    name: draft.name,
    apiUrl: draft.apiUrl.trim(),
    auth: draft.auth,
    mapping: {
      phone: draft.phone,
      organization: draft.organization,
      fields: draft.fields.flatMap((row) => (row.field ? [{ source: row.source, field: row.field }] : [])),
    },
    labels: { enabled: draft.labelsEnabled, byRange: draft.labels },
  };
}

/** Which account the wizard's lookups talk to: what was just connected or typed, or the saved one. */
export function connectionOf(draft: PipedriveDraft): PipedriveConnectionInput {
  const input: PipedriveConnectionInput = { apiUrl: draft.apiUrl.trim() };
  if (draft.integrationId !== null) input.integrationId = draft.integrationId;
  if (draft.auth === 'oauth' && draft.connectionId !== null) input.connectionId = draft.connectionId;
  if (draft.auth === 'token' && draft.token.trim() !== '') input.token = draft.token;
  return input;
}

/** The credential part of a save or preview: only what was typed or signed in now. */
export function credentialOf(draft: PipedriveDraft): { token?: string; connectionId?: string } {
  if (draft.auth === 'token' && draft.token.trim() !== '') return { token: draft.token };
  if (draft.auth === 'oauth' && draft.connectionId !== null) return { connectionId: draft.connectionId };
  return {};
}

/** Connected: a fresh sign-in, a token Pipedrive accepted, or a saved credential of this kind. */
export function isConnected(draft: PipedriveDraft): boolean {
  if (draft.auth === 'oauth') return draft.connectionId !== null || draft.storedKind === 'oauth';
  return draft.account !== null && (draft.token.trim() !== '' || draft.storedKind === 'token');
}
