import type {
  AcConfigInput,
  AcConnectionInput,
  AcListRef,
  DispatchFilter,
  IntegrationDetail,
  IntegrationStatus,
  LeadFieldSource,
} from '#contract';
import { accountUrl, urlKey } from './account-url';

export interface FieldRef {
  id: string;
  title: string;
}

/** Lead values an added mapping can send; `utm` and `custom` take a key (`utm.campaign`). */
export const extraSources = [
  'scoreRange',
  'jobTitle',
  'city',
  'state',
  'source',
  'email',
  'phone',
  'company',
  'fullName',
  'utm',
  'custom',
] as const;
export type ExtraSource = (typeof extraSources)[number];

/** An added mapping row; incomplete rows stay in the draft but are not sent. */
export interface ExtraMapping {
  rowId: string;
  kind: ExtraSource;
  key: string;
  field: FieldRef | null;
}

/** Everything the wizard edits; turned into the contract's config only when it is sent. */
export interface ActiveCampaignDraft {
  clientId: string;
  /** Set once saved: later saves update this integration instead of creating another. */
  integrationId: string | null;
  status: IntegrationStatus | null;
  apiUrl: string;
  /** What the user typed; empty keeps the stored key (editing only). */
  apiKey: string;
  /** The stored key's masked hint, e.g. "…a1b2". */
  keyHint: string | null;
  /** The URL the stored key belongs to (the core only sends it there). */
  savedApiUrl: string | null;
  name: string;
  fixedTags: string[];
  scoreTagsEnabled: boolean;
  /** Range name → tag; null until the client's ranges are known (new integrations take their defaults). */
  scoreTags: Record<string, string> | null;
  lists: AcListRef[];
  resubscribeUnsubscribed: boolean;
  mapFullName: boolean;
  mapPhone: boolean;
  companyToAccount: boolean;
  scoreField: FieldRef | null;
  cnpjField: FieldRef | null;
  /** The account's fields named like Score and CNPJ were offered once (new integrations only). */
  fieldsSuggested: boolean;
  extraMappings: ExtraMapping[];
  filter: DispatchFilter;
}

export const DEFAULT_NAME = 'ActiveCampaign Marketing';

export function newActiveCampaignDraft(clientId: string): ActiveCampaignDraft {
  return {
    clientId,
    integrationId: null,
    status: null,
    apiUrl: '',
    apiKey: '',
    keyHint: null,
    savedApiUrl: null,
    name: DEFAULT_NAME,
    // Empty: the guide's example tags are shown as a placeholder, never applied unasked.
    fixedTags: [],
    scoreTagsEnabled: true,
    scoreTags: null,
    lists: [],
    resubscribeUnsubscribed: false,
    mapFullName: true,
    mapPhone: true,
    companyToAccount: true,
    scoreField: null,
    cnpjField: null,
    fieldsSuggested: false,
    extraMappings: [],
    filter: { match: 'all', conditions: [] },
  };
}

let rowCount = 0;
export function newRowId(): string {
  rowCount += 1;
  return `row-${rowCount}`;
}

export function sourceOf(row: ExtraMapping): LeadFieldSource {
  return row.kind === 'utm' || row.kind === 'custom' ? `${row.kind}.${row.key}` : row.kind;
}

const KEY = /^[A-Za-z0-9_.-]{1,64}$/;

export function extraRowProblem(row: ExtraMapping): 'key' | 'field' | null {
  if ((row.kind === 'utm' || row.kind === 'custom') && !KEY.test(row.key)) return 'key';
  return row.field === null ? 'field' : null;
}

function toExtra(source: string, field: FieldRef): ExtraMapping {
  const dot = source.indexOf('.');
  const head = dot < 0 ? source : source.slice(0, dot);
  const kind = extraSources.find((k) => k === head) ?? 'source';
  return { rowId: newRowId(), kind, key: dot < 0 ? '' : source.slice(dot + 1), field };
}

export function draftFromActiveCampaignDetail(
  detail: Extract<IntegrationDetail, { type: 'activecampaign' }>,
): ActiveCampaignDraft {
  const { config } = detail;
  const fields = config.mapping?.fields ?? [];
  return {
    clientId: detail.clientId,
    integrationId: detail.id,
    status: detail.status,
    // As ActiveCampaign shows it; the core stores and compares the canonical form.
    apiUrl: accountUrl(config.apiUrl),
    apiKey: '',
    keyHint: detail.credential.set ? detail.credential.hint : null,
    savedApiUrl: config.apiUrl,
    name: config.name ?? detail.name,
    fixedTags: config.fixedTags ?? [],
    scoreTagsEnabled: config.scoreTags?.enabled ?? true,
    scoreTags: config.scoreTags?.byRange ?? null,
    lists: config.lists ?? [],
    resubscribeUnsubscribed: config.resubscribeUnsubscribed ?? false,
    mapFullName: config.mapping?.fullName ?? true,
    mapPhone: config.mapping?.phone ?? true,
    companyToAccount: config.mapping?.companyToAccount ?? true,
    scoreField: fields.find((m) => m.source === 'score')?.field ?? null,
    cnpjField: fields.find((m) => m.source === 'cnpj')?.field ?? null,
    // A saved mapping is the user's choice, even where it sends nothing.
    fieldsSuggested: true,
    extraMappings: fields
      .filter((m) => m.source !== 'score' && m.source !== 'cnpj')
      .map((m) => toExtra(m.source, m.field)),
    filter: detail.filters ?? { match: 'all', conditions: [] },
  };
}

/** Rows left empty mean "no score tag for this range", which the config says by leaving them out. */
function scoreTagMap(tags: Record<string, string> | null): Record<string, string> | undefined {
  if (tags === null) return undefined;
  return Object.fromEntries(Object.entries(tags).filter(([, tag]) => tag.trim() !== ''));
}

function mappedFields(draft: ActiveCampaignDraft): { source: LeadFieldSource; field: FieldRef }[] {
  const out: { source: LeadFieldSource; field: FieldRef }[] = [];
  if (draft.scoreField) out.push({ source: 'score', field: draft.scoreField });
  if (draft.cnpjField) out.push({ source: 'cnpj', field: draft.cnpjField });
  for (const row of draft.extraMappings) {
    if (row.field !== null && extraRowProblem(row) === null) out.push({ source: sourceOf(row), field: row.field });
  }
  return out;
}

export function toActiveCampaignConfig(draft: ActiveCampaignDraft): AcConfigInput {
  const byRange = scoreTagMap(draft.scoreTags);
  return {
    apiUrl: draft.apiUrl,
    name: draft.name,
    action: 'contact_sync',
    fixedTags: draft.fixedTags,
    scoreTags:
      byRange === undefined ? { enabled: draft.scoreTagsEnabled } : { enabled: draft.scoreTagsEnabled, byRange },
    lists: draft.lists,
    resubscribeUnsubscribed: draft.resubscribeUnsubscribed,
    mapping: {
      fullName: draft.mapFullName,
      phone: draft.mapPhone,
      companyToAccount: draft.companyToAccount,
      fields: mappedFields(draft),
    },
  };
}

export function typedKey(draft: ActiveCampaignDraft): string | undefined {
  return draft.apiKey.trim() === '' ? undefined : draft.apiKey;
}

/** Which account the lookups ask: the typed key, or (editing) the stored one by integration id. */
export function connectionOf(draft: ActiveCampaignDraft): AcConnectionInput {
  const apiKey = typedKey(draft);
  return {
    ...(draft.integrationId !== null ? { integrationId: draft.integrationId } : {}),
    apiUrl: draft.apiUrl,
    ...(apiKey !== undefined ? { apiKey } : {}),
  };
}

/** Both values are there (a stored key counts): time to check the connection. */
export function hasCredentials(draft: ActiveCampaignDraft): boolean {
  return draft.apiUrl.trim() !== '' && (typedKey(draft) !== undefined || draft.keyHint !== null);
}

/** Changes whenever the account the lookups would reach changes; keys the lookups' caches. */
export function connectionKey(draft: ActiveCampaignDraft): string | null {
  if (!hasCredentials(draft)) return null;
  // A typed key decides on its own, so saving (which adds the id) does not look like a new account.
  return JSON.stringify([urlKey(draft.apiUrl), typedKey(draft) ?? `stored:${draft.integrationId ?? ''}`]);
}
