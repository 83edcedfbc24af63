import type { ParsedInputOf, OutputOf } from '#contract';
import { AppError, fieldError } from '../../errors';
import type { EventBus } from '../../events';
import { remote } from '../app-errors';
import type { LookupHttpFactory } from '../fetch-http-client';
import type { IntegrationRow } from '../repository';
import { detailOf } from '../views';
import { personalTokenAuth } from './auth';
import { parsePipedriveConfig, pipedriveConfigView, type PipedriveConfig } from './config';
import {
  apiFor,
  NEW_URL_NEEDS_CREDENTIALS,
  oauthConnection,
  storedConfig,
  TOKEN_PURPOSE,
  type ConnectionDeps,
} from './connection';
import { TOKEN_MESSAGES, typedToken } from './token';
import { companyApiUrl } from './url';
import { storeOauthCrmSave } from '../oauth-connector/store-save';

export interface SaveDeps extends ConnectionDeps {
  events: EventBus;
  lookupHttp: LookupHttpFactory;
}

interface Company {
  companyId: string | null;
  companyDomain: string | null;
}

type Credential =
  | ({ kind: 'keep'; id: string } & Company)
  | ({ kind: 'token'; token: string } & Company)
  | ({ kind: 'oauth'; id: string } & Company);

/** Which credential the saved integration ends up with, and the company it belongs to. */
async function credentialFor(
  input: ParsedInputOf<'pipedrive:save'>,
  config: PipedriveConfig,
  existing: IntegrationRow | null,
  deps: SaveDeps,
): Promise<Credential> {
  const before = storedConfig(existing);
  const keep = existing?.credentialId && before.auth === config.auth ? existing.credentialId : null;
  const kept = { companyId: before.companyId, companyDomain: before.companyDomain };
  if (config.auth === 'token') {
    const token = typedToken(input.token);
    if (token !== null) {
      // The company keys the rate memory and names the API address, so it is read now, not trusted from the form.
      const conn = { apiUrl: config.apiUrl, auth: personalTokenAuth(token), companyId: null, credentialId: null };
      const me = await remote(() => apiFor({ ...conn, bundle: null }, deps.lookupHttp).me());
      return { kind: 'token', token, companyId: me.company_id, companyDomain: me.company_domain ?? null };
    }
    if (keep === null) throw fieldError('invalid_input', 'token', 'empty', TOKEN_MESSAGES.empty);
    if (before.apiUrl !== config.apiUrl && companyApiUrl(config.apiUrl, before.companyDomain) !== before.apiUrl) {
      throw fieldError('invalid_input', 'token', 'required_for_new_url', NEW_URL_NEEDS_CREDENTIALS);
    }
    return { kind: 'keep', id: keep, ...kept };
  }
  if (input.connectionId !== undefined) {
    const bundle = oauthConnection(deps, input.connectionId, input.clientId);
    return { kind: 'oauth', id: bundle.id, companyId: bundle.account.id, companyDomain: bundle.account.domain };
  }
  if (keep === null) {
    throw fieldError('invalid_input', 'connectionId', 'empty', 'Sign in with Pipedrive before saving.');
  }
  return { kind: 'keep', id: keep, ...kept };
}

/** Creates or updates a Pipedrive integration; a new one is a draft until it is activated. */
export async function savePipedrive(
  input: ParsedInputOf<'pipedrive:save'>,
  deps: SaveDeps,
): Promise<OutputOf<'pipedrive:save'>> {
  const { repo, vault, events } = deps;
  const parsed = parsePipedriveConfig(input.config, ['config']);
  const { clientId } = input;
  const existing = input.id !== undefined ? repo.require(input.id, 'pipedrive') : null;
  if (existing && existing.clientId !== clientId) {
    throw new AppError('invalid_input', 'This integration belongs to another client.');
  }
  if (!existing) repo.requireClient(clientId);
  const credential = await credentialFor(input, parsed, existing, deps);
  const config: PipedriveConfig = {
    ...parsed,
    // docs/crm/pipedrive.md §1: requests go to the company's own domain once it is known.
    apiUrl: companyApiUrl(parsed.apiUrl, credential.companyDomain),
    companyId: credential.companyId,
    companyDomain: credential.companyDomain,
  };

  const { row, created } = storeOauthCrmSave(deps, {
    type: 'pipedrive',
    clientId,
    existing,
    existingUsesToken: storedConfig(existing).auth === 'token',
    name: config.name,
    config,
    credential,
    tokenPurpose: TOKEN_PURPOSE,
  });

  events.emit('integrations:changed', { reason: created ? 'created' : 'updated', integrationId: row.id, clientId });
  return detailOf('pipedrive', row, vault, pipedriveConfigView(row.config));
}
