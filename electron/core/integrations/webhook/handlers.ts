import type { webhookChannels } from '#contract/webhook';
import type { Db } from '../../db/connection';
import { AppError, fieldError } from '../../errors';
import type { EventBus } from '../../events';
import type { Clock } from '../../ports';
import type { HandlerSlice } from '../../rpc/handlers';
import type { Vault } from '../../vault/vault';
import type { IntegrationRow, IntegrationsRepository } from '../repository';
import type { SampleLeads } from '../shared/sample-lead';
import { SIGNING_SECRET, webhookConfigSchema } from './config';
import { previewWebhook } from './preview';
import { clientName, saveWebhook } from './save';
import { deleteAllSecrets, endRotation, revealSecret, rotateSecret } from './secrets';
import { DEFAULT_TEMPLATE } from './template';
import { PLACEHOLDERS } from './template-values';

export interface WebhookHandlerDeps {
  db: Db;
  repo: IntegrationsRepository;
  vault: Vault;
  events: EventBus;
  clock: Clock;
  /** The test lead, as the preview shows it. */
  samples: SampleLeads;
}

/**
 * Keeps `{{client.name}}` current after a rename, and takes every secret of a deleted webhook out of
 * the vault (the generic delete removes only the integration's main credential).
 */
function followChanges(deps: WebhookHandlerDeps): void {
  const { repo, vault, events, db } = deps;
  events.subscribe((event, payload) => {
    if (event === 'clients:changed' && 'reason' in payload && payload.reason === 'renamed') {
      const name = clientName(db, payload.clientId);
      for (const row of repo.listByClient(payload.clientId)) {
        if (row.type !== 'webhook') continue;
        repo.update(row.id, { config: { ...row.config, clientName: name } });
      }
    }
    if (event === 'integrations:changed' && 'integrationId' in payload && payload.reason === 'deleted') {
      const row = repo.find(payload.integrationId);
      if (row?.type === 'webhook') deleteAllSecrets(vault, row.config);
    }
  });
}

export function webhookHandlers(deps: WebhookHandlerDeps): {
  handlers: HandlerSlice<keyof typeof webhookChannels>;
  /** What activation requires: settings the connector accepts and a stored signing secret. */
  verify: (row: IntegrationRow) => Promise<void>;
} {
  const { vault } = deps;
  followChanges(deps);
  return {
    verify(row) {
      const parsed = webhookConfigSchema.safeParse(row.config);
      if (!parsed.success) {
        return Promise.reject(
          new AppError('invalid_input', 'Some settings of the webhook are not valid. Open it and save it again.'),
        );
      }
      const id = parsed.data.secrets[SIGNING_SECRET];
      if (id === undefined || !vault.describe(id).set) {
        return Promise.reject(
          fieldError('invalid_input', 'signingSecret', 'empty', 'This webhook has no signing secret. Rotate it first.'),
        );
      }
      return Promise.resolve();
    },
    handlers: {
      'webhook:save': (input) => saveWebhook(input, deps),
      'webhook:preview': (input) => previewWebhook(input, deps),
      'webhook:placeholders': () => ({ placeholders: [...PLACEHOLDERS], defaultTemplate: DEFAULT_TEMPLATE }),
      'webhook:rotateSecret': ({ id }) => rotateSecret(deps, id),
      'webhook:revealSecret': ({ id }) => revealSecret(deps, id),
      'webhook:endRotation': ({ id }) => endRotation(deps, id),
    },
  };
}
