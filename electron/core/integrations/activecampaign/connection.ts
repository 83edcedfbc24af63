import type { AcConnectionInput } from '#contract/activecampaign';
import { fieldError } from '../../errors';
import type { Vault } from '../../vault/vault';
import type { LookupHttpFactory } from '../fetch-http-client';
import type { IntegrationsRepository } from '../repository';
import { createAcApi, type AcApi } from './api-client';
import { normalizeApiKey } from './api-key';
import { normalizeApiUrl } from './url';

export interface AcConnection {
  apiUrl: string;
  accountKey: string;
  apiKey: string;
}

export function storedApiUrl(config: unknown): string | null {
  const url = typeof config === 'object' && config !== null ? (config as { apiUrl?: unknown }).apiUrl : undefined;
  return typeof url === 'string' ? url : null;
}

/** A key typed in the form, or null when the field was left empty (keep the stored one). */
export function typedApiKey(raw: string | undefined): string | null {
  if (raw === undefined || raw.trim() === '') return null;
  const key = normalizeApiKey(raw);
  if (!key.ok) throw fieldError('invalid_input', 'apiKey', key.reason, key.message);
  return key.apiKey;
}

export const NEW_URL_NEEDS_KEY =
  'Enter the API key again: a stored key is only ever sent to the API URL it was saved with.';

/**
 * The AC account a lookup talks to. A stored key is used only with the URL it was saved with,
 * so editing the URL of a saved integration can never send its key to another host.
 */
export function resolveConnection(
  input: AcConnectionInput,
  deps: { repo: IntegrationsRepository; vault: Vault },
): AcConnection {
  const row = input.integrationId !== undefined ? deps.repo.require(input.integrationId, 'activecampaign') : null;
  const saved = row ? storedApiUrl(row.config) : null;
  const rawUrl = input.apiUrl !== undefined && input.apiUrl.trim() !== '' ? input.apiUrl : (saved ?? '');
  const url = normalizeApiUrl(rawUrl);
  if (!url.ok) throw fieldError('invalid_input', 'apiUrl', url.reason, url.message);
  let apiKey = typedApiKey(input.apiKey);
  if (apiKey === null && row?.credentialId) {
    if (url.apiUrl !== saved) throw fieldError('invalid_input', 'apiKey', 'required_for_new_url', NEW_URL_NEEDS_KEY);
    apiKey = deps.vault.get(row.credentialId);
  }
  if (apiKey === null) {
    throw fieldError(
      'invalid_input',
      'apiKey',
      'empty',
      'Paste the API key from ActiveCampaign (Settings → Developer).',
    );
  }
  return { apiUrl: url.apiUrl, accountKey: url.accountKey, apiKey };
}

export function apiFor(conn: AcConnection, lookupHttp: LookupHttpFactory): AcApi {
  const http = lookupHttp({ type: 'activecampaign', rateLimitKey: conn.accountKey });
  return createAcApi({ http, apiUrl: conn.apiUrl, apiKey: conn.apiKey });
}
