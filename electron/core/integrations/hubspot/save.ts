import { hubspotConfigView } from './view';
import type { ParsedInputOf, OutputOf } from '#contract';
import { remote } from '../app-errors';
import { AppError, fieldError } from '../../errors';
import type { EventBus } from '../../events';
import type { LookupHttpFactory } from '../fetch-http-client';
import type { IntegrationRow } from '../repository';
import { detailOf } from '../views';
import { parseHubspotConfig, type HubspotConfig } from './config';
import { apiFor, NEW_URL_NEEDS_CREDENTIALS, oauthConnection, TOKEN_PURPOSE, type ConnectionDeps } from './connection';
import { privateAppAuth } from './auth';
import { typedToken, TOKEN_MESSAGES } from './token';
import { storeOauthCrmSave } from '../oauth-connector/store-save';

export interface SaveDeps extends ConnectionDeps {
  events: EventBus;
  lookupHttp: LookupHttpFactory;
  now: () => number;
}

type Credential =
  | { kind: 'keep'; id: string; portalId: string | null }
  | { kind: 'token'; token: string; portalId: string }
  | { kind: 'oauth'; id: string; portalId: string | null };

function storedAuth(row: IntegrationRow | null): {
  auth: string | null;
  apiUrl: string | null;
  portalId: string | null;
} {
  const c = row && typeof row.config === 'object' ? row.config : {};
  const text = (v: unknown) => (typeof v === 'string' ? v : null);
  return { auth: text(c.auth), apiUrl: text(c.apiUrl), portalId: text(c.portalId) };
}

/** Which credential the saved integration ends up with, and the portal it belongs to. */
async function credentialFor(
  input: ParsedInputOf<'hubspot:save'>,
  config: HubspotConfig,
  existing: IntegrationRow | null,
  deps: SaveDeps,
): Promise<Credential> {
  const before = storedAuth(existing);
  const keep = existing?.credentialId && before.auth === config.auth ? existing.credentialId : null;
  if (config.auth === 'token') {
    const token = typedToken(input.token);
    if (token !== null) {
      // The portal id keys the rate limiter, so it is read now rather than trusted from the form.
      const conn = {
        apiUrl: config.apiUrl,
        auth: privateAppAuth(token),
        portalId: null,
        credentialId: null,
        bundle: null,
      };
      const details = await remote(() => apiFor(conn, deps.lookupHttp, deps.now).accountDetails());
      return { kind: 'token', token, portalId: details.portalId };
    }
    if (keep === null) throw fieldError('invalid_input', 'token', 'empty', TOKEN_MESSAGES.empty);
    if (before.apiUrl !== config.apiUrl) {
      throw fieldError('invalid_input', 'token', 'required_for_new_url', NEW_URL_NEEDS_CREDENTIALS);
    }
    return { kind: 'keep', id: keep, portalId: before.portalId };
  }
  if (input.connectionId !== undefined) {
    const bundle = oauthConnection(deps, input.connectionId, input.clientId);
    return { kind: 'oauth', id: bundle.id, portalId: bundle.account.id };
  }
  if (keep === null) {
    throw fieldError('invalid_input', 'connectionId', 'empty', 'Sign in with HubSpot before saving.');
  }
  return { kind: 'keep', id: keep, portalId: before.portalId };
}

/** Creates or updates a HubSpot integration; a new one is a draft until it is activated. */
export async function saveHubspot(
  input: ParsedInputOf<'hubspot:save'>,
  deps: SaveDeps,
): Promise<OutputOf<'hubspot:save'>> {
  const { repo, vault, events } = deps;
  const parsed = parseHubspotConfig(input.config, ['config']);
  const { clientId } = input;
  const existing = input.id !== undefined ? repo.require(input.id, 'hubspot') : null;
  if (existing && existing.clientId !== clientId) {
    throw new AppError('invalid_input', 'This integration belongs to another client.');
  }
  if (!existing) repo.requireClient(clientId);
  const credential = await credentialFor(input, parsed, existing, deps);
  const config: HubspotConfig = { ...parsed, portalId: credential.portalId };

  const { row, created } = storeOauthCrmSave(deps, {
    type: 'hubspot',
    clientId,
    existing,
    existingUsesToken: storedAuth(existing).auth === 'token',
    name: config.name,
    config,
    credential,
    tokenPurpose: TOKEN_PURPOSE,
  });

  events.emit('integrations:changed', { reason: created ? 'created' : 'updated', integrationId: row.id, clientId });
  return detailOf('hubspot', row, vault, hubspotConfigView(row.config));
}
