import { acConfigInputSchema } from '#contract/activecampaign';
import type { ParsedInputOf, OutputOf } from '#contract';
import type { Db } from '../../db/connection';
import { AppError, fieldError } from '../../errors';
import type { EventBus } from '../../events';
import type { Vault } from '../../vault/vault';
import type { IntegrationsRepository } from '../repository';
import { detailOf } from '../views';
import { configIssues } from '../shared/config-issues';
import { acConfigSchema, type AcConfig } from './config';
import { NEW_URL_NEEDS_KEY, storedApiUrl, typedApiKey } from './connection';
import { API_URL_MESSAGES } from './url';

export const AC_KEY_PURPOSE = 'activecampaign:apiKey';

/** `at` prefixes the issues' paths with where the config sits in the caller's input. */
export function parseAcConfig(raw: unknown, at: string[] = []): AcConfig {
  const parsed = acConfigSchema.safeParse(raw);
  if (!parsed.success) {
    const issues = configIssues(parsed.error, API_URL_MESSAGES).map((i) => ({ ...i, path: [...at, ...i.path] }));
    throw new AppError('invalid_input', 'Some settings of the integration are not valid.', { issues });
  }
  return parsed.data;
}

/** Creates or updates an AC integration; a new one is a draft until it is activated. */
export function saveActiveCampaign(
  input: ParsedInputOf<'activecampaign:save'>,
  deps: { db: Db; repo: IntegrationsRepository; vault: Vault; events: EventBus },
): OutputOf<'activecampaign:save'> {
  const { db, repo, vault, events } = deps;
  const config = parseAcConfig(input.config, ['config']);
  const apiKey = typedApiKey(input.apiKey);
  const { clientId } = input;
  const missingKey = () =>
    fieldError('invalid_input', 'apiKey', 'empty', 'Paste the API key from ActiveCampaign (Settings → Developer).');

  const { row, created } = db.transaction(() => {
    if (input.id === undefined) {
      repo.requireClient(clientId);
      if (apiKey === null) throw missingKey();
      repo.assertNameFree(clientId, config.name);
      const credentialId = vault.put({ clientId, purpose: AC_KEY_PURPOSE, secret: apiKey });
      const inserted = repo.insert({ clientId, type: 'activecampaign', name: config.name, config, credentialId });
      repo.history.saved(null, inserted, [], [apiKey]);
      return { row: inserted, created: true };
    }
    const existing = repo.require(input.id, 'activecampaign');
    if (existing.clientId !== clientId)
      throw new AppError('invalid_input', 'This integration belongs to another client.');
    if (apiKey === null) {
      if (existing.credentialId === null) throw missingKey();
      if (storedApiUrl(existing.config) !== config.apiUrl) {
        throw fieldError('invalid_input', 'apiKey', 'required_for_new_url', NEW_URL_NEEDS_KEY);
      }
    }
    repo.assertNameFree(clientId, config.name, existing.id);
    const credentialId =
      apiKey === null
        ? existing.credentialId
        : vault.put({ clientId, purpose: AC_KEY_PURPOSE, secret: apiKey, id: existing.credentialId ?? undefined });
    const updated = repo.update(existing.id, { name: config.name, config, credentialId });
    repo.history.saved(
      existing,
      updated,
      apiKey === null ? [] : [{ field: 'apiKey' }],
      apiKey === null ? [] : [apiKey],
    );
    return { row: updated, created: false };
  });

  events.emit('integrations:changed', { reason: created ? 'created' : 'updated', integrationId: row.id, clientId });
  return detailOf('activecampaign', row, vault, acConfigInputSchema.parse(row.config));
}
