import type { hubspotChannels } from '#contract/hubspot';
import type { activecampaignChannels } from '#contract/activecampaign';
import type { integrationsChannels } from '#contract/integrations';
import type { oauthChannels } from '#contract/oauth';
import type { pipedriveChannels } from '#contract/pipedrive';
import type { webhookChannels } from '#contract/webhook';
import type { Db } from '../db/connection';
import type { EventBus } from '../events';
import type { Clock } from '../ports';
import type { HandlerSlice } from '../rpc/handlers';
import type { ContentLanguage } from '../settings/language';
import type { Vault } from '../vault/vault';
import { activecampaignHandlers } from './activecampaign/handlers';
import type { LookupHttpFactory } from './fetch-http-client';
import { integrationsHandlers, type IntegrationDispatchPort } from './handlers';
import { hubspotHandlers } from './hubspot/handlers';
import type { OpenExternal } from './oauth/flows';
import { createOAuthModule, type OAuthDeps } from './oauth/module';
import { pipedriveHandlers } from './pipedrive/handlers';
import { createIntegrationsRepository } from './repository';
import { createSampleLeads } from './shared/sample-lead';
import { webhookHandlers } from './webhook/handlers';

export interface IntegrationsCoreOptions {
  /**
   * HttpClients for the wizard's lookups (check connection, lists, fields, preview reads).
   * Defaults to the dispatch engine's, which shares its per-account rate limiter; tests may
   * pass their own.
   */
  lookupHttp?: LookupHttpFactory;
  /**
   * Opens the system browser for OAuth sign-ins (Electron's shell). Without it, the page opens
   * the authorisation URL itself in a new tab (the headless host).
   */
  openExternal?: OpenExternal;
}

/** Everything the contract's `integrations:*` and `activecampaign:*` channels need. */
export function integrationsSlice(deps: {
  db: Db;
  vault: Vault;
  clock: Clock;
  events: EventBus;
  lookupHttp: LookupHttpFactory;
  dispatch: IntegrationDispatchPort;
  /** The user's language, for the test lead's words and a client's first scoring profile. */
  language: () => ContentLanguage;
  oauth: Omit<OAuthDeps, 'db' | 'vault' | 'clock'>;
}): HandlerSlice<
  | keyof typeof integrationsChannels
  | keyof typeof activecampaignChannels
  | keyof typeof webhookChannels
  | keyof typeof oauthChannels
  | keyof typeof hubspotChannels
  | keyof typeof pipedriveChannels
> {
  const repo = createIntegrationsRepository(deps.db, deps.clock);
  // One sample for every preview: the test lead, scored with the client's profile.
  const samples = createSampleLeads(deps.db, deps.clock, deps.language);
  const ac = activecampaignHandlers({ ...deps, repo, samples, lookupHttp: deps.lookupHttp });
  const webhook = webhookHandlers({ ...deps, repo, samples });
  const oauth = createOAuthModule({ ...deps.oauth, db: deps.db, vault: deps.vault, clock: deps.clock });
  const hubspot = hubspotHandlers({ ...deps, repo, samples, oauth, fetch: deps.oauth.fetch });
  const pipedrive = pipedriveHandlers({ ...deps, repo, samples, oauth, fetch: deps.oauth.fetch });
  const generic = integrationsHandlers({
    ...deps,
    repo,
    verifiers: {
      activecampaign: ac.verify,
      webhook: webhook.verify,
      hubspot: hubspot.verify,
      pipedrive: pipedrive.verify,
    },
  });
  return {
    ...generic,
    ...ac.handlers,
    ...webhook.handlers,
    ...oauth.handlers,
    ...hubspot.handlers,
    ...pipedrive.handlers,
  };
}
