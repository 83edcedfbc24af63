import { PIPEDRIVE_DEFAULT_API_URL, type pipedriveChannels } from '#contract/pipedrive';
import type { Db } from '../../db/connection';
import { fieldError } from '../../errors';
import type { EventBus } from '../../events';
import type { HandlerSlice } from '../../rpc/handlers';
import type { Vault } from '../../vault/vault';
import type { SampleLeads } from '../shared/sample-lead';
import { remote } from '../app-errors';
import type { LookupHttpFactory } from '../fetch-http-client';
import { previewSetup } from '../oauth-connector/preview-credential';
import type { OAuthModule } from '../oauth/module';
import type { IntegrationRow, IntegrationsRepository } from '../repository';
import { parsePipedriveConfig } from './config';
import { apiFor, rateKeyOfConnection, resolvePipedriveConnection, type PipedriveConnection } from './connection';
import { identifyPipedriveAccount } from './identify';
import { sharedLabelCaches } from './label-cache';
import { previewPipedrive } from './preview';
import { savePipedrive } from './save';
import { typedToken } from './token';
import { companyApiUrl, normalizePipedriveApiUrl } from './url';
import type { PipedriveField, PipedriveLabel } from './wire';

export interface PipedriveHandlerDeps {
  db: Db;
  repo: IntegrationsRepository;
  vault: Vault;
  events: EventBus;
  lookupHttp: LookupHttpFactory;
  oauth: OAuthModule;
  /** The test lead, as the preview shows it. */
  samples: SampleLeads;
  fetch?: (input: string, init: RequestInit) => Promise<Response>;
}

/** Custom fields have 40-character hash keys; built-in ones (name, email…) have words. */
function fieldView(f: PipedriveField) {
  return { key: f.key, name: f.name || f.key, type: f.field_type, custom: /^[0-9a-f]{40}$/.test(f.key) };
}

function labelView(l: PipedriveLabel) {
  return { id: l.id, name: l.name, color: l.color };
}

function sameName(a: string, b: string): boolean {
  return a.trim().toLocaleLowerCase('pt-BR') === b.trim().toLocaleLowerCase('pt-BR');
}

export function pipedriveHandlers(deps: PipedriveHandlerDeps): {
  handlers: HandlerSlice<keyof typeof pipedriveChannels>;
  /** What activation checks: the config is valid, a credential is stored and Pipedrive accepts it. */
  verify: (row: IntegrationRow) => Promise<void>;
} {
  const { repo, vault, lookupHttp, oauth } = deps;
  const connDeps = { db: deps.db, repo, vault, tokens: oauth.tokens };
  const connect = (input: Parameters<typeof resolvePipedriveConnection>[0]): PipedriveConnection =>
    resolvePipedriveConnection(input, connDeps);
  const fetchFn = deps.fetch ?? ((input: string, init: RequestInit) => fetch(input, init));
  // Where each waiting sign-in reads `users/me` once the browser comes back.
  const flowApiUrls = new Map<string, string>();

  return {
    async verify(row) {
      const config = parsePipedriveConfig(row.config);
      if (row.credentialId === null || !vault.describe(row.credentialId).set) {
        throw fieldError('invalid_input', 'token', 'empty', 'Connect Pipedrive before activating the integration.');
      }
      const conn = connect({ integrationId: row.id, apiUrl: config.apiUrl });
      await remote(() => apiFor(conn, lookupHttp).me());
    },
    handlers: {
      'pipedrive:startOAuth': async ({ clientId, apiUrl }) => {
        repo.requireClient(clientId);
        const url = normalizePipedriveApiUrl(apiUrl);
        if (!url.ok) throw fieldError('invalid_input', 'apiUrl', url.reason, url.message);
        const started = await oauth.flows.start('pipedrive', clientId);
        flowApiUrls.set(started.flowId, url.apiUrl);
        return started;
      },

      'pipedrive:completeOAuth': async ({ flowId }) => {
        const base = flowApiUrls.get(flowId) ?? PIPEDRIVE_DEFAULT_API_URL;
        try {
          const bundle = await oauth.flows.complete(flowId, 'pipedrive', identifyPipedriveAccount(fetchFn, base));
          return {
            connectionId: bundle.id,
            apiUrl: companyApiUrl(base, bundle.account.domain),
            companyId: bundle.account.id ?? '',
            companyName: null,
            companyDomain: bundle.account.domain,
            user: bundle.account.user,
            scopes: bundle.scopes,
          };
        } finally {
          flowApiUrls.delete(flowId);
        }
      },

      'pipedrive:checkConnection': async (input) => {
        const conn = connect(input);
        const me = await remote(() => apiFor(conn, lookupHttp).me());
        return {
          auth: conn.auth.kind,
          apiUrl: companyApiUrl(conn.apiUrl, me.company_domain),
          companyId: me.company_id,
          companyName: me.company_name ?? null,
          companyDomain: me.company_domain ?? null,
          user: me.email ?? me.name ?? null,
        };
      },

      'pipedrive:personFields': async (input) => {
        const conn = connect(input);
        const fields = await remote(() => apiFor(conn, lookupHttp).personFields());
        return fields.map(fieldView).sort((a, b) => a.name.localeCompare(b.name, 'pt-BR'));
      },

      'pipedrive:leadLabels': async (input) => {
        const conn = connect(input);
        const labels = await remote(() => apiFor(conn, lookupHttp).leadLabels());
        sharedLabelCaches.for(rateKeyOfConnection(conn)).replaceAll(labels);
        return labels.map(labelView);
      },

      'pipedrive:createLabel': async (input) => {
        const conn = connect(input);
        const api = apiFor(conn, lookupHttp);
        return remote(async () => {
          const existing = (await api.leadLabels()).find((l) => sameName(l.name, input.name));
          if (existing) return { label: labelView(existing), created: false };
          const created = await api.createLeadLabel(input.name, input.color);
          sharedLabelCaches.for(rateKeyOfConnection(conn)).set(created.name || input.name, created.id);
          return { label: labelView(created), created: true };
        });
      },

      'pipedrive:save': (input) => savePipedrive(input, { ...connDeps, events: deps.events, lookupHttp }),

      'pipedrive:preview': async (input) => {
        const { row, config, conn, secret, hint } = await previewSetup(input, {
          type: 'pipedrive',
          repo,
          parseConfig: parsePipedriveConfig,
          typedToken,
          connect,
          noCredentialHint: '(your API token)',
        });
        const clientId = row?.clientId ?? input.clientId ?? null;
        const lead = deps.samples.forClient(clientId, input.lead);
        const result = await previewPipedrive({
          config: conn ? { ...config, auth: conn.auth.kind, companyId: conn.companyId ?? config.companyId } : config,
          lead,
          clientId: clientId ?? '00000000-0000-4000-8000-000000000000',
          secret,
          credentialHint: hint,
          tokens: oauth.tokens,
          live: conn ? lookupHttp({ type: 'pipedrive', rateLimitKey: rateKeyOfConnection(conn) }) : null,
        });
        return { ...result, lead };
      },
    },
  };
}
