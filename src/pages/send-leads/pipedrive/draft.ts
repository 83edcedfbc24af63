import {
  PIPEDRIVE_DEFAULT_API_URL,
  type LeadFieldSource,
  type OutputOf,
  type PipedriveConfigInput,
  type PipedriveFieldRef,
  type PipedriveLabelRef,
} from '#contract';
import { crmConnectionFromDetail, newCrmConnection, type CrmConnectionDraft } from '../shared/crm-draft';

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

/**
 * Everything the Pipedrive wizard edits; turned into the contract's config only when it is sent. The token,
 * when typed, is a personal API token.
 */
export interface PipedriveDraft extends CrmConnectionDraft<PipedriveAccount> {
  /** The company the saved credential belongs to. */
  storedCompany: string | null;
  phone: boolean;
  organization: boolean;
  fields: FieldRow[];
  labelsEnabled: boolean;
  /** Score range name → lead label. */
  labels: Record<string, PipedriveLabelRef>;
  /** The account's fields and labels named like the suggested ones were offered once (new integrations only). */
  fieldsSuggested: boolean;
  labelsSuggested: boolean;
}

let rowCounter = 0;

export function fieldRow(source: LeadFieldSource, field: FieldRow['field'] = null): FieldRow {
  rowCounter += 1;
  return { rowId: `f${rowCounter}`, source, field };
}

export function newPipedriveDraft(clientId: string): PipedriveDraft {
  return {
    ...newCrmConnection(clientId, 'Pipedrive', PIPEDRIVE_DEFAULT_API_URL),
    storedCompany: null,
    phone: true,
    organization: true,
    fields: [fieldRow('score'), fieldRow('scoreRange'), fieldRow('cnpj')],
    labelsEnabled: true,
    labels: {},
    fieldsSuggested: false,
    labelsSuggested: false,
  };
}

type PipedriveDetail = Extract<OutputOf<'integrations:get'>, { type: 'pipedrive' }>;

export function draftFromPipedriveDetail(detail: PipedriveDetail): PipedriveDraft {
  const { config } = detail;
  const account = { companyId: config.companyId, companyName: null, domain: config.companyDomain, user: null };
  return {
    ...crmConnectionFromDetail(detail),
    storedCompany: config.companyId,
    account: config.auth === 'token' ? account : null,
    phone: config.mapping.phone,
    organization: config.mapping.organization,
    fields: config.mapping.fields.map((m) => fieldRow(m.source, m.field)),
    labelsEnabled: config.labels.enabled,
    labels: { ...config.labels.byRange },
    fieldsSuggested: true,
    labelsSuggested: true,
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
