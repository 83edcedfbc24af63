import type { hubspotChannels } from '#contract/hubspot';
import type { Db } from '../../db/connection';
import { fieldError } from '../../errors';
import type { EventBus } from '../../events';
import type { Clock } from '../../ports';
import type { HandlerSlice } from '../../rpc/handlers';
import type { Vault } from '../../vault/vault';
import type { SampleLeads } from '../shared/sample-lead';
import { remote } from '../app-errors';
import { ConnectorError } from '../connector';
import type { LookupHttpFactory } from '../fetch-http-client';
import { previewSetup } from '../oauth-connector/preview-credential';
import type { OAuthModule } from '../oauth/module';
import type { IntegrationRow, IntegrationsRepository } from '../repository';
import { parseHubspotConfig } from './config';
import { apiFor, rateKeyOf, resolveHubspotConnection, type HubspotConnection } from './connection';
import { identifyHubspotAccount } from './identify';
import { previewHubspot } from './preview';
import { saveHubspot } from './save';
import { typedToken } from './token';
import { isReadOnly, type HubspotProperty } from './wire';

export interface HubspotHandlerDeps {
  db: Db;
  repo: IntegrationsRepository;
  vault: Vault;
  events: EventBus;
  lookupHttp: LookupHttpFactory;
  oauth: OAuthModule;
  /** The test lead, as the preview shows it. */
  samples: SampleLeads;
  clock: Clock;
  fetch?: (input: string, init: RequestInit) => Promise<Response>;
}

function view(p: HubspotProperty) {
  return {
    name: p.name,
    label: p.label,
    type: p.type,
    fieldType: p.fieldType,
    groupName: p.groupName,
    readOnly: isReadOnly(p),
  };
}

/** "Lead score (ZBL)" → "lead_score_zbl": HubSpot's internal names are lower-case ASCII. */
export function propertyNameFor(label: string): string {
  const slug = label
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, 90);
  const name = /^[a-z]/.test(slug) ? slug : `zbl_${slug}`;
  return name === 'zbl_' ? 'zbl_property' : name;
}

export function hubspotHandlers(deps: HubspotHandlerDeps): {
  handlers: HandlerSlice<keyof typeof hubspotChannels>;
  /** What activation checks: the config is valid, a credential is stored and HubSpot accepts it. */
  verify: (row: IntegrationRow) => Promise<void>;
} {
  const { repo, vault, lookupHttp, oauth } = deps;
  const now = () => deps.clock.now();
  const connDeps = { db: deps.db, repo, vault, tokens: oauth.tokens };
  const connect = (input: Parameters<typeof resolveHubspotConnection>[0]): HubspotConnection =>
    resolveHubspotConnection(input, connDeps);
  const identify = identifyHubspotAccount(deps.fetch ?? ((input, init) => fetch(input, init)));

  return {
    async verify(row) {
      const config = parseHubspotConfig(row.config);
      if (row.credentialId === null || !vault.describe(row.credentialId).set) {
        throw fieldError('invalid_input', 'token', 'empty', 'Connect HubSpot before activating the integration.');
      }
      const conn = connect({ integrationId: row.id, apiUrl: config.apiUrl });
      await remote(() => apiFor(conn, lookupHttp, now).accountDetails());
    },
    handlers: {
      'hubspot:startOAuth': ({ clientId }) => {
        repo.requireClient(clientId);
        return oauth.flows.start('hubspot', clientId);
      },

      'hubspot:completeOAuth': async ({ flowId }) => {
        const bundle = await oauth.flows.complete(flowId, 'hubspot', identify);
        return {
          connectionId: bundle.id,
          portalId: bundle.account.id,
          hubDomain: bundle.account.domain,
          user: bundle.account.user,
          scopes: bundle.scopes,
        };
      },

      'hubspot:checkConnection': async (input) => {
        const conn = connect(input);
        const details = await remote(() => apiFor(conn, lookupHttp, now).accountDetails());
        return {
          auth: conn.auth.kind,
          apiUrl: conn.apiUrl,
          portalId: details.portalId,
          uiDomain: details.uiDomain ?? null,
          timeZone: details.timeZone ?? null,
        };
      },

      'hubspot:properties': async (input) => {
        const conn = connect(input);
        const properties = await remote(() => apiFor(conn, lookupHttp, now).listProperties());
        return properties.map(view).sort((a, b) => a.label.localeCompare(b.label, 'pt-BR'));
      },

      'hubspot:createProperty': async (input) => {
        const conn = connect(input);
        const api = apiFor(conn, lookupHttp, now);
        const name = propertyNameFor(input.label);
        return remote(async () => {
          try {
            const created = await api.createProperty({ name, label: input.label, type: input.type });
            return { property: view(created), created: true };
          } catch (err) {
            // "Property named … already exists": that property is the one the user means.
            if (!(err instanceof ConnectorError) || err.status !== 409) throw err;
            const existing = (await api.listProperties()).find((p) => p.name === name);
            if (!existing) throw err;
            return { property: view(existing), created: false };
          }
        });
      },

      'hubspot:save': (input) => saveHubspot(input, { ...connDeps, events: deps.events, lookupHttp, now }),

      'hubspot:preview': async (input) => {
        const { row, config, conn, secret, hint } = await previewSetup(input, {
          type: 'hubspot',
          repo,
          parseConfig: parseHubspotConfig,
          typedToken,
          connect,
          noCredentialHint: '(your access token)',
        });
        const clientId = row?.clientId ?? input.clientId ?? null;
        const lead = deps.samples.forClient(clientId, input.lead);
        const result = await previewHubspot({
          config: conn ? { ...config, auth: conn.auth.kind, portalId: conn.portalId } : config,
          lead,
          clientId: clientId ?? '00000000-0000-4000-8000-000000000000',
          secret,
          credentialHint: hint,
          tokens: oauth.tokens,
          live: conn ? lookupHttp({ type: 'hubspot', rateLimitKey: rateKeyOf(conn) }) : null,
        });
        return { ...result, lead };
      },
    },
  };
}
