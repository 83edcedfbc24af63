import type { DispatchFilter, IntegrationStatus } from '#contract';

export type CrmAuthKind = 'oauth' | 'token';

/**
 * The part of a CRM wizard's draft that says which account it talks to. HubSpot and Pipedrive connect
 * the same way (browser sign-in or a typed token), so their drafts share these fields; `A` is what each
 * CRM learns about the account when it answers.
 */
export interface CrmConnectionDraft<A> {
  clientId: string;
  integrationId: string | null;
  status: IntegrationStatus | null;
  name: string;
  apiUrl: string;
  auth: CrmAuthKind;
  /** A token typed now; empty keeps the stored one. */
  token: string;
  /** The stored credential's hint (token route), when editing. */
  tokenHint: string | null;
  /** A browser sign-in made in this wizard, not saved yet. */
  connectionId: string | null;
  /** The kind of credential the saved integration holds. */
  storedKind: CrmAuthKind | null;
  /** What the connect step learned; null until the account answered. */
  account: A | null;
  filter: DispatchFilter;
}

/** A new integration's connection: nothing signed in or typed yet, every lead let through. */
export function newCrmConnection(clientId: string, name: string, apiUrl: string): CrmConnectionDraft<never> {
  return {
    clientId,
    integrationId: null,
    status: null,
    name,
    apiUrl,
    auth: 'oauth',
    token: '',
    tokenHint: null,
    connectionId: null,
    storedKind: null,
    account: null,
    filter: { match: 'all', conditions: [] },
  };
}

/** What the two CRMs' saved details have in common (see `integrations:get`). */
interface CrmDetail {
  id: string;
  clientId: string;
  status: IntegrationStatus;
  config: { name: string; apiUrl: string; auth: CrmAuthKind };
  credential: { set: boolean; hint: string | null };
  filters: DispatchFilter | null;
}

/** A saved integration's connection; the account stays for the CRM to fill from its own config. */
export function crmConnectionFromDetail(detail: CrmDetail): Omit<CrmConnectionDraft<never>, 'account'> {
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
    filter: detail.filters ?? { match: 'all', conditions: [] },
  };
}

/** The input of a CRM's lookups (`<type>:checkConnection`, fields, properties…); both contracts take it. */
export interface CrmConnectionInput {
  apiUrl: string;
  integrationId?: string;
  connectionId?: string;
  token?: string;
}

/** Which account the wizard's lookups talk to: what was just connected or typed, or the saved one. */
export function connectionOf(draft: CrmConnectionDraft<unknown>): CrmConnectionInput {
  const input: CrmConnectionInput = { apiUrl: draft.apiUrl.trim() };
  if (draft.integrationId !== null) input.integrationId = draft.integrationId;
  if (draft.auth === 'oauth' && draft.connectionId !== null) input.connectionId = draft.connectionId;
  if (draft.auth === 'token' && draft.token.trim() !== '') input.token = draft.token;
  return input;
}

/** The credential part of a save or preview: only what was typed or signed in now. */
export function credentialOf(draft: CrmConnectionDraft<unknown>): { token?: string; connectionId?: string } {
  if (draft.auth === 'token' && draft.token.trim() !== '') return { token: draft.token };
  if (draft.auth === 'oauth' && draft.connectionId !== null) return { connectionId: draft.connectionId };
  return {};
}

/** Connected: a fresh sign-in, a token the CRM accepted, or a saved credential of this kind. */
export function isConnected(draft: CrmConnectionDraft<unknown>): boolean {
  if (draft.auth === 'oauth') return draft.connectionId !== null || draft.storedKind === 'oauth';
  return draft.account !== null && (draft.token.trim() !== '' || draft.storedKind === 'token');
}

/** The input of a CRM's `<type>:preview`: the config as edited, the saved integration, any new credential. */
export function previewInputOf<C>(
  draft: CrmConnectionDraft<unknown>,
  config: C,
): { config: C; clientId: string; integrationId?: string; token?: string; connectionId?: string } {
  return {
    config,
    // The sample lead is scored with this client's profile, as its test leads are.
    clientId: draft.clientId,
    ...(draft.integrationId !== null ? { integrationId: draft.integrationId } : {}),
    ...credentialOf(draft),
  };
}
